import type { z } from 'zod';
import type { BrandPack } from './schema.js';

// ICICI Bank brand pack. Facts from icicibank.com pages (official) and a customer alert email from
// ICICI Bank posted on a blog (repost), found through the stored-pages search and checked
// 2026-12-07. Statements are paraphrased. No ICICI phishing mailbox was found, so the report routes
// are the bank's branch advice and India's 1930 helpline.

const CHECKED = '2026-12-07';

const SRC = {
  upiPin: { url: 'https://icicibank.com/campaigns/doanythinganytimeanywhere/week14/index.html', type: 'official', checked: CHECKED },
  // ICICI Bank's "Protect your privacy" page, on its Adobe-hosted site.
  privacy: {
    url: 'https://country1.icicibank.adobecqms.net/personal-banking/products/online-safe-banking/protect-your-privacy',
    type: 'official',
    checked: CHECKED,
  },
  alertEmail: { url: 'https://thatsnotmymail.blogspot.com/2026/04/stay-alert-be-vigilant-regarding-online.html', type: 'repost', checked: CHECKED },
  helpline: {
    url: 'https://mintgenie.livemint.com/news/personal-finance/are-you-an-sbi-customer-getting-texts-on-updating-pan-and-kyc-details-read-this-before-acting-on-those-phishing-attacks-151669778583671',
    type: 'repost',
    checked: CHECKED,
  },
} as const;

export const iciciBank = {
  id: 'icici-bank',
  name: 'ICICI Bank',
  aliases: ['icici bank', 'icicibank', 'icici'],
  domainTokens: ['icicibank', 'icici'],
  officialWebDomains: ['icicibank.com'],
  officialSenderDomains: ['icicibank.com'],
  statements: [
    {
      topic: 'one-time-code',
      text: 'ICICI Bank has told customers it will never ask for your OTP, CVV, PIN or Net Banking password. Not by SMS, phone call or email.',
      channels: ['email', 'sms', 'call'],
      source: SRC.alertEmail,
    },
    {
      topic: 'card-details',
      text: 'ICICI Bank says never to share your UPI PIN or card details (PIN, OTP, CVV or expiry date) with anyone. Not even with a caller who says they are the bank.',
      channels: ['call', 'sms', 'email'],
      source: SRC.upiPin,
    },
    {
      topic: 'prize-contest',
      text: 'ICICI Bank warns of fake lottery and reward calls. It says never to enter your UPI PIN to get money, cashback or a prize.',
      channels: ['call', 'sms'],
      source: SRC.upiPin,
    },
    {
      topic: 'sender-domain',
      text: 'ICICI Bank has said its official texts come only from its registered sender IDs ICICIB, ICICIT, ICICIC and ICICIN; texts from ordinary mobile numbers with links are fraudulent.',
      channels: ['sms'],
      source: SRC.alertEmail,
    },
    {
      topic: 'lookalike-links',
      text: 'ICICI Bank warns that phishing links may use a misspelt address that looks like the bank’s. It says to type www.icicibank.com yourself.',
      channels: ['email', 'sms'],
      source: SRC.privacy,
    },
  ],
  verify: {
    email: [
      { text: 'Do not rely on the From name; do not use the links.' },
      { text: 'Type www.icicibank.com yourself or open the ICICI Bank app.', url: 'https://www.icicibank.com' },
    ],
    sms: [
      { text: 'Check the sender: ICICI Bank texts come from ICICIB, ICICIT, ICICIC or ICICIN, never from an ordinary mobile number.' },
      { text: 'Do not click the link; type www.icicibank.com yourself or open the ICICI Bank app.', url: 'https://www.icicibank.com' },
    ],
    call: [
      { text: 'Hang up if the caller asks for an OTP, PIN, CVV, password or UPI PIN. Do so even if they give a name and staff ID.' },
      { text: 'Call ICICI Bank on the number on the back of your card or on its website, typed yourself.', url: 'https://www.icicibank.com' },
    ],
  },
  afterEngagement: {
    received: ['Do not click links or call numbers from the message; delete it.', 'If it asked for your details, report it to ICICI Bank at a branch or on its official number.'],
    'clicked-link': ['Close the page without typing anything.', 'If you entered details there, follow the steps below at once.'],
    'entered-password': [
      'Change your Internet Banking password at once at www.icicibank.com, typed yourself.',
      'Tell ICICI Bank on the number on your card and check your transaction alerts.',
    ],
    'shared-code': [
      'Call ICICI Bank at once on the number on your card and block the card or Internet Banking: the OTP can approve a payment.',
      'If money was taken, call the cyber-fraud helpline 1930 straight away.',
    ],
    'shared-card': ['Block the card at once in the ICICI Bank app or on the number on the back of the card.', 'Check your SMS and email alerts for transactions.'],
    'shared-bank': ['Tell ICICI Bank at once on a number from its website and watch your alerts.'],
    'remote-access': [
      'Disconnect the device from the internet. Remove the screen-sharing app.',
      'From another device, change your Internet Banking password and call ICICI Bank.',
    ],
    'paid-gift-card': ['Contact the company that issued the card or voucher at once, and keep the receipts.'],
    'sent-money': [
      'Call the cyber-fraud helpline 1930 at once and tell ICICI Bank on the number on your card.',
      'Remember that entering a UPI PIN always sends money; it never receives it.',
    ],
    'shared-identity': ['Tell ICICI Bank what you shared and watch your statements closely.', 'Report misuse on the 1930 helpline or to the police.'],
  },
  hardening: [
    { text: 'Give ICICI Bank your email address and read every alert about your payments.' },
    { text: 'Change your passwords often. Install UPI apps only from the official app stores.' },
  ],
  report: [
    {
      name: 'ICICI Bank branch',
      how: 'If a call or SMS asks for your account or card details, report it at your nearest ICICI Bank branch.',
      kind: 'web',
      address: 'https://www.icicibank.com',
      channels: ['sms', 'call'],
      country: 'IN',
      source: SRC.upiPin,
    },
    {
      name: 'Cyber-fraud helpline 1930 (India)',
      how: 'If you lost money or shared details, call 1930 at once.',
      kind: 'phone',
      address: '1930',
      channels: ['email', 'sms', 'call'],
      country: 'IN',
      source: SRC.helpline,
    },
  ],
  smsSenders: [
    { id: 'ICICIB', kind: 'dlt-header', country: 'IN', source: SRC.alertEmail },
    { id: 'ICICIT', kind: 'dlt-header', country: 'IN', source: SRC.alertEmail },
    { id: 'ICICIC', kind: 'dlt-header', country: 'IN', source: SRC.alertEmail },
    { id: 'ICICIN', kind: 'dlt-header', country: 'IN', source: SRC.alertEmail },
  ],
  sources: [SRC.upiPin, SRC.privacy, SRC.alertEmail, SRC.helpline],
} satisfies z.input<typeof BrandPack>;
