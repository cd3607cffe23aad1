import type { z } from 'zod';
import type { BrandPack } from './schema.js';

// HDFC Bank brand pack. Facts from hdfcbank.com security pages (official) and news reports quoting
// HDFC Bank's alerts and tweets (repost), found through the stored-pages search and checked
// 2026-12-07. Statements are paraphrased. hdfcbk.io is the link domain HDFC Bank says its texts use.
// "hdfc" alone also names HDFC Life and HDFC ERGO (separate companies), so it is an alias (a
// mention) but the domain tokens are "hdfcbank" and "hdfcbk".

const CHECKED = '2026-12-07';

const SRC = {
  phishing: { url: 'https://www.hdfcbank.com/personal/useful-links/security/beware-of-fraud/phishing', type: 'official', checked: CHECKED },
  tips: { url: 'https://www.hdfcbank.com/htdocs/common/onlineservices/security/phishing_info.htm', type: 'official', checked: CHECKED },
  // HDFC Bank's tweet of 27 February 2023, quoted by india.com.
  headersTweet: {
    url: 'https://www.india.com/business/your-hdfc-account-will-be-closed-bank-warns-customers-against-fraudulent-messages-5930571/',
    type: 'repost',
    checked: CHECKED,
  },
  shortCode: { url: 'https://inkl.com/news/hdfc-bank-shares-an-important-alert-regarding-pan-card-update-check-what-s-that', type: 'repost', checked: CHECKED },
  secureBanking: { url: 'https://www.expresscomputer.in/news/hdfc-bank-introduces-secure-banking-during-covid19/52692/', type: 'repost', checked: CHECKED },
  helpline: {
    url: 'https://mintgenie.livemint.com/news/personal-finance/are-you-an-sbi-customer-getting-texts-on-updating-pan-and-kyc-details-read-this-before-acting-on-those-phishing-attacks-151669778583671',
    type: 'repost',
    checked: CHECKED,
  },
} as const;

export const hdfcBank = {
  id: 'hdfc-bank',
  name: 'HDFC Bank',
  aliases: ['hdfc bank', 'hdfcbank', 'hdfc netbanking', 'hdfc'],
  domainTokens: ['hdfcbank', 'hdfcbk'],
  officialWebDomains: ['hdfcbank.com', 'hdfcbk.io'],
  officialSenderDomains: ['hdfcbank.com'],
  statements: [
    {
      topic: 'one-time-code',
      text: 'HDFC Bank says never to share your OTP with anyone, even someone who says they work for a bank.',
      channels: ['email', 'sms', 'call'],
      source: SRC.tips,
    },
    {
      topic: 'one-time-code',
      text: 'HDFC Bank has said no bank will ever ask for your OTP, NetBanking or MobileBanking password, Customer ID or UPI PIN.',
      channels: ['email', 'sms', 'call'],
      source: SRC.secureBanking,
    },
    {
      topic: 'password',
      text: 'HDFC Bank says to keep your Customer ID and IPIN secret. Do not tell them to anybody, bank staff included.',
      channels: ['email', 'sms', 'call'],
      source: SRC.tips,
    },
    {
      topic: 'sender-domain',
      text: 'HDFC Bank has said its texts come from the official IDs HDFCBK or HDFCBN. Links in them start with hdfcbk.io.',
      channels: ['sms'],
      source: SRC.headersTweet,
    },
    {
      topic: 'lookalike-links',
      text: 'HDFC Bank says to reach NetBanking by typing www.hdfcbank.com yourself and to check that the login page is https://netbanking.hdfcbank.com.',
      channels: ['email', 'sms'],
      source: SRC.tips,
    },
    {
      topic: 'update-payment',
      text: 'HDFC Bank has warned customers never to click unknown links asking them to update PAN card or KYC details.',
      channels: ['sms', 'email'],
      source: SRC.headersTweet,
    },
  ],
  verify: {
    email: [
      { text: 'Do not use the links; type www.hdfcbank.com yourself and check that NetBanking opens at https://netbanking.hdfcbank.com.', url: 'https://www.hdfcbank.com' },
      { text: 'Check the sender’s real address, not only the display name.' },
    ],
    sms: [
      { text: 'Check the sender: HDFC Bank texts come from HDFCBK or HDFCBN, and their links start with hdfcbk.io.' },
      { text: 'Do not click other links; open the HDFC Bank app or type www.hdfcbank.com yourself.', url: 'https://www.hdfcbank.com' },
    ],
    call: [
      { text: 'Hang up if the caller asks for an OTP, PIN, CVV, Customer ID or password. Do so even if they say they are the bank.' },
      { text: 'Call HDFC Bank on the number on the back of your card or on its website, typed yourself.', url: 'https://www.hdfcbank.com' },
    ],
  },
  afterEngagement: {
    received: [
      'Report the phishing email or site to HDFC Bank as its phishing page describes, and delete the message.',
      'Do not click links or call numbers from it.',
    ],
    'clicked-link': ['Close the page without typing anything.', 'If you entered details there, follow the steps below at once.'],
    'entered-password': [
      'Change your NetBanking IPIN at once at netbanking.hdfcbank.com, typed yourself.',
      'Call HDFC Bank on the number on your card or its website and check your transactions.',
    ],
    'shared-code': [
      'Call HDFC Bank at once on the number on your card and block the card or NetBanking: the OTP can approve a payment.',
      'If money was taken, call the cyber-fraud helpline 1930 straight away.',
    ],
    'shared-card': ['Block the card at once in the HDFC Bank app or on the number on the back of the card.', 'Check your InstaAlerts and statement.'],
    'shared-bank': ['Call HDFC Bank on a number from its website and tell them what you shared.', 'Watch your InstaAlerts closely.'],
    'remote-access': [
      'Disconnect the device from the internet. Remove the screen-sharing app.',
      'From another device, change your IPIN and call HDFC Bank.',
    ],
    'paid-gift-card': ['Contact the company that issued the card or voucher at once, and keep the receipts.'],
    'sent-money': ['Call the cyber-fraud helpline 1930 at once and tell HDFC Bank on the number on your card.', 'Report it to your local police as well.'],
    'shared-identity': ['Tell HDFC Bank what you shared and watch your statements closely.', 'Report misuse on the 1930 helpline or to the police.'],
  },
  hardening: [
    { text: 'Change your card PIN at least every three months and your IPIN as soon as you receive it.' },
    { text: 'Use HDFC Bank InstaAlerts to see every transaction.' },
    { text: 'Log out of NetBanking when you finish, and do not bank from shared computers.' },
  ],
  report: [
    {
      name: 'HDFC Bank phishing page',
      how: 'Report a phishing site or email through the reporting link on HDFC Bank’s phishing page.',
      kind: 'web',
      address: 'https://www.hdfcbank.com/personal/useful-links/security/beware-of-fraud/phishing',
      channels: ['email', 'sms'],
      country: 'IN',
      source: SRC.phishing,
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
    { id: 'HDFCBK', kind: 'dlt-header', country: 'IN', source: SRC.headersTweet },
    { id: 'HDFCBN', kind: 'dlt-header', country: 'IN', source: SRC.headersTweet },
    { id: '186161', kind: 'short-code', country: 'IN', source: SRC.shortCode },
  ],
  sources: [SRC.phishing, SRC.tips, SRC.headersTweet, SRC.shortCode, SRC.secureBanking, SRC.helpline],
} satisfies z.input<typeof BrandPack>;
