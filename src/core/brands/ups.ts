import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';
import { ftcPackageTextStatement } from './usps.js';

// UPS (United Parcel Service). Facts from UPS's own "Fight Fraud" pages (several country copies on
// ups.com hosts) and its fraud alert; researched 2026-12-07. Statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  // The US Fight Fraud page as served on a ups.com host: link prefixes, sender addresses, short codes.
  fightFraudUs: {
    url: 'https://filexfer.ups.com/us/en/support/shipping-support/legal-terms-conditions/fight-fraud.page',
    type: 'official',
    checked: CHECKED,
  },
  fightFraudSa: { url: 'https://ups.com/sa/en/support/shipping-support/legal-terms-conditions/fight-fraud.page', type: 'official', checked: CHECKED },
  fightFraudEs: { url: 'https://ups.com/es/en/support/shipping-support/legal-terms-conditions/fight-fraud', type: 'official', checked: CHECKED },
  fraudAlert: { url: 'https://www.ups.com/ai/en/about/news/fraud-alert.page', type: 'official', checked: CHECKED },
  fcc: { url: 'https://www.fcc.gov/how-identify-and-avoid-package-delivery-scams', type: 'official', checked: CHECKED },
} as const;

export const ups = {
  id: 'ups',
  name: 'UPS',
  // "ups" alone is an English word ("ups and downs", "check-ups", "pop-ups"), so only qualified
  // forms count as a mention of the carrier.
  aliases: [
    'united parcel service',
    'ups.com',
    'ups my choice',
    'ups parcel',
    'ups package',
    'ups delivery',
    'ups shipment',
    'ups tracking',
    'ups store',
    'ups express',
    'ups driver',
    'ups courier',
    // Bracketed, as in smishing openers ("(UPS) notice about your order package").
    '(ups)',
    '[ups]',
  ],
  // "ups" inside a domain or mailbox name would match groups, backups, startups, yahoogroups…;
  // only UPS My Choice, a name phishers copy, is long enough to be distinctive.
  domainTokens: ['upsmychoice'],
  // UPS lists links starting www.ups.com, billing.ups.com, go.ups.com and links4.upsemail.com.
  officialWebDomains: ['ups.com', 'upsemail.com'],
  officialSenderDomains: ['ups.com', 'upsemail.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'UPS says it never asks out of the blue for personal or money details, account numbers, IDs or passwords. Nor for copies of bills. It does not ask by email, mail, text, phone or fax, and never to deliver goods.',
      channels: ['email', 'sms', 'call'],
      source: SRC.fraudAlert,
    },
    {
      topic: 'password',
      text: 'UPS says it does not ask, unsolicited, for your passwords or IDs by email, text, phone or fax.',
      channels: ['email', 'sms', 'call'],
      source: SRC.fraudAlert,
    },
    {
      topic: 'wire-transfer',
      text: 'UPS says: never wire money or send money orders, gift cards or cash for a bill said to be due. Pay UPS through its Billing Center.',
      channels: ['email', 'sms', 'call'],
      source: SRC.fightFraudEs,
    },
    {
      topic: 'gift-cards',
      text: 'UPS says never to pay a supposed UPS charge with gift cards, money orders, a wire transfer or cash.',
      channels: ['email', 'sms', 'call'],
      source: SRC.fightFraudEs,
    },
    {
      topic: 'pay-outside',
      text: 'UPS says only a few parcels need money for delivery (cash on delivery, duties or taxes). To see if a fee is due, track the parcel on ups.com yourself.',
      channels: ['email', 'sms'],
      source: SRC.fightFraudSa,
    },
    {
      topic: 'lookalike-links',
      text: 'UPS says genuine UPS links start with https://www.ups.com, https://billing.ups.com, https://go.ups.com or links4.upsemail.com.',
      channels: ['email', 'sms'],
      source: SRC.fightFraudUs,
    },
    {
      topic: 'sender-domain',
      text: 'UPS lists the addresses its emails come from, all at ups.com or upsemail.com (for example pkginfo@ups.com, mcinfo@ups.com and ups@upsemail.com).',
      channels: ['email'],
      source: SRC.fightFraudUs,
    },
    {
      topic: 'unsolicited-call',
      text: 'UPS says its phone calls come from 1-833-242-1931 and its texts from the short codes 94601, 69877, 48515 or 52892.',
      channels: ['call', 'sms'],
      source: SRC.fightFraudUs,
    },
    {
      topic: 'pressure',
      text: 'UPS says scammers rely on rushing you. So be wary of anything that says you must act right now.',
      channels: ['email', 'sms', 'call'],
      source: SRC.fightFraudUs,
    },
    ftcPackageTextStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or attachments in the email.' },
      { text: 'Type ups.com yourself and track the parcel with the tracking number from your order.', url: 'https://www.ups.com' },
      { text: 'UPS lists its genuine sender addresses: they end in @ups.com or @upsemail.com (and a display name proves nothing).' },
    ],
    sms: [
      { text: 'Do not tap the link or reply. UPS texts come from the short codes 94601, 69877, 48515 or 52892.' },
      { text: 'Type ups.com yourself or open the UPS app and track the parcel there.', url: 'https://www.ups.com' },
    ],
    call: [
      { text: 'Hang up if the caller asks for payment or personal details. UPS says its calls come from 1-833-242-1931, but caller ID can be faked.' },
      { text: 'Check the parcel or any charge yourself on ups.com or in the UPS app.', url: 'https://www.ups.com' },
    ],
  },
  afterEngagement: {
    received: ['Track the parcel yourself on ups.com.', 'Send a screenshot of the message, or forward the email, to fraud@ups.com, then delete it.'],
    'clicked-link': ['Close the page without typing anything, and run a virus scan. UPS advises this after a fake link.'],
    'entered-password': [
      'Change your ups.com password from ups.com yourself; use one you use nowhere else.',
      'Check your UPS account’s shipments and invoices for activity you did not make.',
    ],
    'shared-code': ['Change the password of the account the code belongs to and check its recent activity and settings.'],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.', 'Tell UPS at fraud@ups.com what you entered.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device, uninstall the app they had you install and run a virus scan.', 'From another device, change your passwords.'],
    'paid-gift-card': ['UPS never takes gift cards: contact the company that issued them at once with the card numbers; keep the receipts.'],
    'sent-money': ['Call your bank or the money-transfer service now and ask them to stop or reverse the payment.', 'Report it to fraud@ups.com and to the police.'],
    'shared-identity': ['Watch your accounts and credit for activity you did not make; in the US, get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Use a strong password for your UPS account that you use nowhere else. Check who else can use the account.', url: 'https://www.ups.com' },
    { text: 'Check invoices and shipments on ups.com for activity you did not make.' },
  ],
  report: [
    {
      name: 'UPS fraud reports',
      how: 'Send a screenshot of the text, or forward the email, to fraud@ups.com, then delete it.',
      kind: 'email',
      address: 'fraud@ups.com',
      channels: ['email', 'sms', 'call'],
      country: null,
      source: SRC.fraudAlert,
    },
  ],
  publishedPhones: [
    {
      number: '+18332421931',
      country: 'US',
      confidence: 'official',
      note: 'Shown as 1-833-242-1931: the number UPS says its phone calls come from (caller ID can still be faked).',
      source: SRC.fightFraudUs,
    },
  ],
  smsSenders: [
    { id: '94601', kind: 'short-code', country: 'US', source: SRC.fightFraudUs },
    { id: '69877', kind: 'short-code', country: 'US', source: SRC.fightFraudUs },
    { id: '48515', kind: 'short-code', country: 'US', source: SRC.fightFraudUs },
    { id: '52892', kind: 'short-code', country: 'US', source: SRC.fightFraudUs },
  ],
  sources: [SRC.fightFraudUs, SRC.fightFraudSa, SRC.fightFraudEs, SRC.fraudAlert, SRC.fcc],
} satisfies z.input<typeof BrandPack>;
