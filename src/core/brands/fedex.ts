import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';
import { ftcPackageTextStatement } from './usps.js';

// FedEx. Facts from FedEx's own fraud pages on fedex.com (trust center, Canadian fraud alert,
// customer protection center, newsroom); researched 2026-12-07. Statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  reportFraud: { url: 'https://fedex.com/en-gp/trust-center/report-fraud.html', type: 'official', checked: CHECKED },
  fraudEmailCa: { url: 'https://www.fedex.com/en-ca/news/fraudulent-email-alert.html', type: 'official', checked: CHECKED },
  protectionCenter: { url: 'http://www.fedex.com/us/security/prevent-fraud/index.html', type: 'official', checked: CHECKED },
  newsroomVirus: {
    url: 'https://newsroom.fedex.com/newsroom/united-states-english/virus-alert-fraudulent-e-mails-may-contain-a-virus',
    type: 'official',
    checked: CHECKED,
  },
  // A scan of a link in a genuine FedEx email: click.message.fedex.com redirecting to the US fraud page.
  urlscan: { url: 'https://urlscan.io/result/9940f530-fd6a-4d0b-97ec-de955dcc3bb1/content', type: 'practitioner', checked: CHECKED },
  // Copies of FedEx's older fraud page that give the abuse@fedex.com address.
  abuseCopy: { url: 'http://pcneedtogo.blogspot.com/2008/10/unauthorized-use-of-fedex-phishing.html', type: 'repost', checked: CHECKED },
  abuseCopy2: { url: 'https://www.soultiply.com/post/what-is-fedex-text-number/', type: 'repost', checked: CHECKED },
} as const;

export const fedex = {
  id: 'fedex',
  name: 'FedEx',
  // "fed ex" also matches "fedex" (aliases allow an optional space).
  aliases: ['fedex', 'fed ex', 'fed-ex', 'federal express', 'fedex.com'],
  domainTokens: ['fedex'],
  officialWebDomains: ['fedex.com'],
  officialSenderDomains: ['fedex.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'FedEx says it does not send surprise mail, texts or emails asking for payment or personal details. Not for goods on the way, and not for goods it holds.',
      channels: ['email', 'sms'],
      source: SRC.reportFraud,
    },
    {
      topic: 'card-details',
      text: 'FedEx says it does not send surprise emails about bills. Nor does it email to ask for account or card numbers, passwords or other private details.',
      channels: ['email'],
      source: SRC.fraudEmailCa,
    },
    {
      topic: 'password',
      text: 'FedEx says it does not send unsolicited emails asking for your password.',
      channels: ['email'],
      source: SRC.fraudEmailCa,
    },
    {
      topic: 'attachments',
      text: 'FedEx says its tracking emails about a package it cannot drop off have no attachment.',
      channels: ['email'],
      source: SRC.newsroomVirus,
    },
    {
      topic: 'wire-transfer',
      text: 'FedEx advises never to wire money to sellers or send money orders or cash; use payment methods that protect you.',
      channels: ['email', 'sms', 'call'],
      source: SRC.reportFraud,
    },
    {
      topic: 'lookalike-links',
      text: 'FedEx says links to misspelled or slightly changed addresses (such as fedx.com or fed-ex.com) are a sign of a scam.',
      channels: ['email', 'sms'],
      source: SRC.reportFraud,
    },
    {
      topic: 'pressure',
      text: 'FedEx lists warning signs: a surprise, rushed request for money to deliver a package. Or threats, such as an account shut within 24 hours.',
      channels: ['email', 'sms'],
      source: SRC.fraudEmailCa,
    },
    {
      topic: 'prize-contest',
      text: 'FedEx says a claim that you won a lot of money in a lottery or lawsuit is a scam sign.',
      channels: ['email', 'sms'],
      source: SRC.reportFraud,
    },
    {
      topic: 'sender-domain',
      text: 'FedEx warns about texts from a personal 10-digit number that say there is a problem with your package. The same goes for emails from general addresses.',
      channels: ['sms', 'email'],
      source: SRC.reportFraud,
    },
    ftcPackageTextStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or attachments in the email, and do not reply.' },
      { text: 'Type fedex.com yourself or open the FedEx app and track the shipment with the tracking number from your order.', url: 'https://www.fedex.com' },
    ],
    sms: [
      { text: 'Do not tap the link or reply.' },
      { text: 'Type fedex.com yourself or open the FedEx app and track the shipment there.', url: 'https://www.fedex.com' },
    ],
    call: [
      { text: 'Hang up if the caller wants payment or personal details for a delivery. Do not call back a number they give.' },
      { text: 'Check the shipment yourself on fedex.com or in the FedEx app.', url: 'https://www.fedex.com' },
    ],
  },
  afterEngagement: {
    received: ['Track the shipment yourself on fedex.com.', 'Forward the email or a screenshot of the text to FedEx (abuse@fedex.com), then delete it.'],
    'clicked-link': ['Close the page without typing anything. Then run a virus scan on the device.'],
    'entered-password': ['Change your fedex.com password from fedex.com yourself, and the same password anywhere else you used it.'],
    'shared-code': ['Change the password of the account the code belongs to and check its recent activity.'],
    'shared-card': ['If you lost money, call your bank or card issuer at once and ask them to block the card. FedEx advises this.'],
    'shared-bank': ['Contact your bank at once on a number you know.'],
    'remote-access': ['Take the device off the internet, uninstall the app they had you install and run a virus scan.', 'From another device, change your passwords.'],
    'paid-gift-card': ['Contact the company that issued the gift cards at once with the card numbers; keep the receipts.'],
    'sent-money': ['Contact your bank or the money-transfer service now; FedEx also suggests telling the police.'],
    'shared-identity': ['Watch your accounts and credit for activity you did not make; in the US, get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [{ text: 'Track shipments on fedex.com or in the FedEx app, never through a link in a text or email.', url: 'https://www.fedex.com' }],
  report: [
    {
      name: 'FedEx abuse reports',
      how: 'Forward the suspicious email, or a screenshot of the text, to FedEx at abuse@fedex.com.',
      kind: 'email',
      address: 'abuse@fedex.com',
      channels: ['email', 'sms'],
      country: null,
      source: SRC.abuseCopy,
    },
    {
      name: 'FedEx fraud page',
      how: 'Follow the reporting steps on FedEx’s own fraud page.',
      kind: 'web',
      address: 'https://www.fedex.com/en-us/report-fraud.html',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.urlscan,
    },
  ],
  sources: [SRC.reportFraud, SRC.fraudEmailCa, SRC.protectionCenter, SRC.newsroomVirus, SRC.urlscan, SRC.abuseCopy, SRC.abuseCopy2],
} satisfies z.input<typeof BrandPack>;
