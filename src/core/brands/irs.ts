import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// Internal Revenue Service (US). The IRS's own pages on irs.gov back the routes and sources; the
// statements cite faithful copies of them (a Stanford web-archive copy of "Report Phishing", and
// practitioners quoting the IRS), because a statement sourced on a .gov page is attributed to a
// regulator rather than to the pack's own brand (regulators.ts). Researched 2026-12-07.

const CHECKED = '2026-12-07';

const SRC = {
  reportPhishing: { url: 'https://www.irs.gov/privacy-disclosure/report-phishing', type: 'official', checked: CHECKED },
  taxScams: { url: 'https://www.irs.gov/newsroom/tax-scamsconsumer-alerts', type: 'official', checked: CHECKED },
  reallyTheIrs: { url: 'https://www.irs.gov/newsroom/how-to-know-its-really-the-irs-calling-or-knocking-on-your-door', type: 'official', checked: CHECKED },
  // Stanford Web Archive copy of irs.gov "Report Phishing and Online Scams" (2015).
  archive: { url: 'https://swap.stanford.edu/was/20151211033644mp_/http://www.irs.gov/uac/Report-Phishing', type: 'repost', checked: CHECKED },
  // A university newsletter quoting the IRS "will never" list, with links to irs.gov.
  neverList: { url: 'https://foresterfeed.huntington.edu/?p=21212', type: 'repost', checked: CHECKED },
  // A CPA's copy of the IRS's statements about its website and phone number.
  cpaCopy: { url: 'https://danthecpa.com/donaet-be-fooled-by-fake-irs-emails/', type: 'repost', checked: CHECKED },
  // Copies of the IRS page giving TIGTA's number for IRS-impersonation reports.
  tigtaCopy: {
    url: 'https://directpaypayroll.com/protect-your-personal-information-the-irs-does-not-initiate-taxpayer-communications-through-email/',
    type: 'repost',
    checked: CHECKED,
  },
  // IRS "contact the IRS" number, seen only in copies of IRS guidance.
  phoneCopy: { url: 'https://packeylawcorp.blogspot.com/2015/02/stay-vigilant-against-bogus-irs-phone.html', type: 'unverified', checked: CHECKED },
} as const;

export const irs = {
  id: 'irs',
  name: 'IRS',
  // "irs" is not an English word; the dotted form is what IRS refund smishing uses ("[I.R.S ]").
  aliases: ['irs', 'i.r.s', 'irs.gov', 'internal revenue service'],
  // "irs" inside a domain or mailbox name would match first, theirs, stairs…; only the IRS's own
  // domain run together ("irsgov", "irs-gov") is distinctive.
  domainTokens: ['irsgov'],
  officialWebDomains: ['irs.gov'],
  officialSenderDomains: ['irs.gov'],
  statements: [
    {
      topic: 'personal-info',
      text: 'The IRS has said it does not start contact by email, text or social media to ask for your details.',
      channels: ['email', 'sms'],
      source: SRC.archive,
    },
    {
      topic: 'password',
      text: 'The IRS has said it does not ask by email, text or social media for PINs or passwords. Not for your card, bank or other money accounts.',
      channels: ['email', 'sms'],
      source: SRC.archive,
    },
    {
      topic: 'gift-cards',
      text: 'The IRS has said it will never call to demand you pay now by gift card, prepaid card or wire. It normally mails a bill first.',
      channels: ['call', 'sms', 'email'],
      source: SRC.neverList,
    },
    {
      topic: 'wire-transfer',
      text: 'The IRS has said it will never demand payment now by wire transfer or prepaid card. It never demands payment without a chance to question or appeal the amount.',
      channels: ['call', 'sms', 'email'],
      source: SRC.neverList,
    },
    {
      topic: 'card-details',
      text: 'The IRS has said it will never ask for credit or debit card numbers over the phone.',
      channels: ['call'],
      source: SRC.neverList,
    },
    {
      topic: 'pressure',
      text: 'The IRS has said it will never threaten to have the police arrest you for not paying.',
      channels: ['call', 'sms', 'email'],
      source: SRC.neverList,
    },
    {
      topic: 'unsolicited-call',
      text: 'The IRS has said it starts most contacts by regular mail through the Postal Service; a call or visit generally comes only after letters.',
      channels: ['call'],
      source: SRC.neverList,
    },
    {
      topic: 'lookalike-links',
      text: 'The IRS has said its official website is www.irs.gov. A site that says it is the IRS but does not end in .gov is fake.',
      channels: ['email', 'sms'],
      source: SRC.cpaCopy,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not reply, open attachments or click links; the IRS does not start contact by email.' },
      { text: 'Type irs.gov yourself and sign in to your IRS Online Account to see any real balance or notice.', url: 'https://www.irs.gov' },
      { text: 'Look up the number of a letter or notice on irs.gov, under “Understanding your IRS notice or letter”.', url: 'https://www.irs.gov' },
    ],
    sms: [
      { text: 'Do not tap the link or reply; the IRS does not send texts about refunds or payments.' },
      { text: 'Type irs.gov yourself to check your refund or account.', url: 'https://www.irs.gov' },
    ],
    call: [
      { text: 'Hang up. The IRS normally writes first, and never demands immediate payment by gift card or wire.' },
      { text: 'Check with the IRS using the number on a letter you received or on irs.gov.', url: 'https://www.irs.gov' },
    ],
  },
  afterEngagement: {
    received: [
      'Forward the email as-is (with its headers, not a screenshot) to phishing@irs.gov, then delete it.',
      'Check any real balance or notice by signing in on irs.gov yourself.',
    ],
    'clicked-link': [
      'Close the page without typing anything.',
      'If you typed personal details on the page, follow the IRS advice on ID theft at irs.gov.',
    ],
    'entered-password': [
      'If you signed in on a fake IRS page, change that password from irs.gov yourself. Change it anywhere else you used it too.',
    ],
    'shared-code': ['Change the password of the account the code belongs to (your IRS account, email or bank) and check its recent activity.'],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.', 'If you lost money, report it to TIGTA and the FTC as the IRS asks.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.', 'Report the loss to TIGTA, the FTC and IC3.'],
    'remote-access': ['Take the device off the internet, uninstall the app they had you install and run a virus scan.', 'From another device, change your passwords.'],
    'paid-gift-card': ['Contact the company that issued the gift cards at once with the card numbers; keep the receipts. The IRS never takes gift cards.'],
    'sent-money': ['Call your bank or the payment service now and ask them to stop or reverse the payment.', 'Report it to TIGTA, the FTC and IC3.'],
    'shared-identity': [
      'If you gave your Social Security number, get a recovery plan at IdentityTheft.gov. Ask the IRS for an Identity Protection PIN on irs.gov.',
    ],
  },
  hardening: [
    { text: 'Get an IRS Identity Protection PIN on irs.gov so no one else can file a return in your name.', url: 'https://www.irs.gov' },
    { text: 'Check refunds and balances only by typing irs.gov yourself.', url: 'https://www.irs.gov' },
  ],
  report: [
    {
      name: 'IRS phishing reports (phishing@irs.gov)',
      how: 'Forward the email as-is, with its full headers (not a screenshot), to phishing@irs.gov, then delete it. For a bogus IRS website, send its address with “Suspicious website” as the subject.',
      kind: 'email',
      address: 'phishing@irs.gov',
      channels: ['email', 'sms'],
      country: 'US',
      source: SRC.reportPhishing,
    },
    {
      name: 'Treasury Inspector General for Tax Administration (TIGTA)',
      how: 'Did you lose money, or did a fake caller or letter claim to be the IRS? Call TIGTA, the IRS’s watchdog, on 1-800-366-4484.',
      kind: 'phone',
      address: '+18003664484',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.tigtaCopy,
    },
  ],
  publishedPhones: [
    {
      number: '+18008291040',
      country: 'US',
      confidence: 'unverified',
      note: 'Shown as 800-829-1040, the IRS help line quoted in copies of IRS guidance; not seen on an irs.gov page in the stored material. Never show it as an official number; use the number on a letter or on irs.gov.',
      source: SRC.phoneCopy,
    },
  ],
  sources: [SRC.reportPhishing, SRC.taxScams, SRC.reallyTheIrs, SRC.archive, SRC.neverList, SRC.cpaCopy, SRC.tigtaCopy],
} satisfies z.input<typeof BrandPack>;
