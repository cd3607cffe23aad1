import type { z } from 'zod';
import type { BrandPack } from './schema.js';

// State Bank of India brand pack. The stored-pages search found no sbi.co.in security page itself,
// only news reports quoting SBI's statements, tweets and website, so most facts are marked 'repost'.
// Statements are paraphrased. RBI's own press release (official) says the same about PINs and OTPs,
// but rbi.org.in is not a regulator host the report attributes (regulators.ts), so it is listed as a
// source only and never shown as SBI's words. The DLT headers are those SBI named in a customer
// alert reported by the press (repost); the many other SBI headers seen in real texts (SBIUPI,
// SBIOTP, CBSSBI…) are left out because no page found lists them.

const CHECKED = '2026-12-07';

const SRC = {
  panKyc: {
    url: 'https://mintgenie.livemint.com/news/personal-finance/are-you-an-sbi-customer-getting-texts-on-updating-pan-and-kyc-details-read-this-before-acting-on-those-phishing-attacks-151669778583671',
    type: 'repost',
    checked: CHECKED,
  },
  phishingGuide: {
    url: 'https://www.livemint.com/money/personal-finance/sbi-shares-do-s-and-don-ts-to-avoid-phishing-attacks-on-your-account-11645601478267.html',
    type: 'repost',
    checked: CHECKED,
  },
  ifPhished: {
    url: 'https://zeenews.india.com/personal-finance/sbi-customers-alert-heres-what-to-do-if-you-have-accidentally-revealed-password-or-pin-2439448.html',
    type: 'repost',
    checked: CHECKED,
  },
  careNumbers: {
    url: 'https://www.outlookindia.com/website/story/business-news-sbi-cautions-its-customers-on-fraudulent-customer-care-numbers/402033',
    type: 'repost',
    checked: CHECKED,
  },
  website: { url: 'http://34.80.245.248/content_html/2022-05-22/0da6abd9e2808ed8d765bf72de3db5ad.html', type: 'repost', checked: CHECKED },
  headers: { url: 'https://suryaa.com/andhra-pradesh-updates-97609-', type: 'repost', checked: CHECKED },
  rbi: { url: 'https://rbi.org.in/CommonPerson/english/Scripts/PressReleases.aspx?Id=3232', type: 'official', checked: CHECKED },
  // onlinesbi.sbi is SBI's internet-banking site by general knowledge; no stored page says so.
  onlineSbi: { url: 'https://www.onlinesbi.sbi', type: 'unverified', checked: CHECKED },
} as const;

export const sbi = {
  id: 'sbi',
  name: 'State Bank of India (SBI)',
  aliases: ['sbi', 'state bank of india', 'onlinesbi', 'yono sbi', 'sbi yono'],
  // "sbi" alone sits inside other words and addresses ("lesbian", "jsbird@…"), so the tokens are longer.
  domainTokens: ['onlinesbi', 'statebankofindia', 'yonosbi'],
  // sbicard.com is SBI Card's (SBI Cards and Payment Services, SBI's card company) own site: its terms
  // pages live there (https://www.sbicard.com/en/tnc.page, checked 2026-12-07) and its statement texts
  // link to it (https://en.wikipedia.org/wiki/SBI_Cards names the company and its parent).
  officialWebDomains: ['sbi.co.in', 'onlinesbi.sbi', 'sbicard.com'],
  officialSenderDomains: ['sbi.co.in'],
  statements: [
    {
      topic: 'one-time-code',
      text: 'SBI has said it never asks for your user ID, password, debit card number, PIN, CVV or OTP. Not by email, SMS, call or link.',
      channels: ['email', 'sms', 'call'],
      source: SRC.panKyc,
    },
    {
      topic: 'personal-info',
      text: 'SBI has said it never sends email to collect customer details. An email from “SBI” that asks for your username, password or other personal details may be phishing.',
      channels: ['email'],
      source: SRC.website,
    },
    {
      topic: 'update-payment',
      text: 'SBI has said: do not respond to emails, texts, calls or links that ask you to update PAN or KYC details. The same goes for personal or bank details.',
      channels: ['email', 'sms', 'call'],
      source: SRC.panKyc,
    },
    {
      topic: 'unsolicited-call',
      text: 'SBI has warned of fake customer-care numbers. Use only the numbers on SBI’s official website, and end calls from people posing as SBI customer care.',
      channels: ['call'],
      source: SRC.careNumbers,
    },
    {
      topic: 'sender-domain',
      text: 'SBI has told customers to check that a text comes from one of its own sender names. Examples are SBIBNK, SBIINB, SBYONO or ATMSBI. Do not click links in texts from other senders.',
      channels: ['sms'],
      source: SRC.headers,
    },
  ],
  verify: {
    email: [
      { text: 'Do not use the links or reply; SBI says it never emails to collect your details.' },
      { text: 'Type www.sbi.co.in yourself or open the YONO SBI app to check your account.', url: 'https://www.sbi.co.in' },
    ],
    sms: [
      { text: 'Check the sender: SBI texts come from its registered headers (for example SBIINB, SBIBNK, SBYONO, ATMSBI), never from an ordinary mobile number.' },
      { text: 'Do not click links in the text; check your account in the YONO SBI app or at www.sbi.co.in, typed yourself.', url: 'https://www.sbi.co.in' },
    ],
    call: [
      { text: 'Hang up if the caller asks for an OTP, PIN, CVV, password or card number: SBI never asks for them.' },
      { text: 'Call SBI only on a number from its official website or the back of your card. Never use one from a search or a message.', url: 'https://www.sbi.co.in' },
    ],
  },
  afterEngagement: {
    received: [
      'Report the email or text to report.phishing@sbi.co.in and delete it.',
      'Do not call numbers or click links from the message.',
    ],
    'clicked-link': [
      'Close the page without typing anything.',
      'If you entered details there, follow the steps below at once.',
    ],
    'entered-password': [
      'Lock your internet banking access at once through SBI’s website or app, typed yourself. Then change your password.',
      'Tell SBI, report the phishing to report.phishing@sbi.co.in, and check your account statement.',
    ],
    'shared-code': [
      'Contact SBI at once on a number from its official website and block your card or user access: the OTP can approve a transaction.',
      'If money was taken, call the cyber-fraud helpline 1930 straight away.',
    ],
    'shared-card': [
      'Block the card at once through the YONO SBI app or a number from SBI’s official website.',
      'Check your statement and report wrong entries to the bank.',
    ],
    'shared-bank': [
      'Tell SBI at once on a number from its official website and check your account statement.',
      'Use the bank’s controls to set limits for drafts and third-party transfers to zero.',
    ],
    'remote-access': [
      'Take the phone or computer off the internet and remove the screen-sharing app.',
      'From another device, change your SBI password and contact SBI.',
    ],
    'paid-gift-card': ['Contact the company that issued the card or voucher at once, and keep the receipts.'],
    'sent-money': [
      'Call the cyber-fraud helpline 1930 at once and tell SBI; report quickly so the money can be traced and held.',
      'Report it to your local police as well.',
    ],
    'shared-identity': [
      'Tell SBI what you shared and watch your statements closely.',
      'Report it to your local police or on the 1930 helpline if it is misused.',
    ],
  },
  hardening: [
    { text: 'Change your SBI internet-banking password from time to time, and never share your PIN, OTP or CVV.' },
    { text: 'Do not download apps a caller or message asks you to install.' },
    { text: 'Take help-line numbers only from SBI’s own website, never from a search.' },
  ],
  report: [
    {
      name: 'SBI phishing reports',
      how: 'Email the phishing, smishing or vishing attempt to SBI.',
      kind: 'email',
      address: 'report.phishing@sbi.co.in',
      channels: ['email', 'sms', 'call'],
      country: 'IN',
      source: SRC.panKyc,
    },
    {
      name: 'Cyber-fraud helpline 1930 (India)',
      how: 'If you lost money or shared details, call 1930 at once; you can also contact your local police.',
      kind: 'phone',
      address: '1930',
      channels: ['email', 'sms', 'call'],
      country: 'IN',
      source: SRC.panKyc,
    },
  ],
  smsSenders: [
    { id: 'SBIBNK', kind: 'dlt-header', country: 'IN', source: SRC.headers },
    { id: 'SBIINB', kind: 'dlt-header', country: 'IN', source: SRC.headers },
    { id: 'SBYONO', kind: 'dlt-header', country: 'IN', source: SRC.headers },
    { id: 'ATMSBI', kind: 'dlt-header', country: 'IN', source: SRC.headers },
  ],
  sources: [SRC.panKyc, SRC.phishingGuide, SRC.ifPhished, SRC.careNumbers, SRC.website, SRC.headers, SRC.rbi, SRC.onlineSbi],
} satisfies z.input<typeof BrandPack>;
