import type { z } from 'zod';
import type { BrandPack } from './schema.js';

// Coinbase brand pack. Facts from Coinbase's own help centre and blog (found through the
// stored-pages search, checked 2026-12-07). Statements are paraphrased. The only phone number
// Coinbase published on a page found here is from a 2018 blog post, so it is left out.

const CHECKED = '2026-12-07';

const SRC = {
  phishing: {
    url: 'https://help.coinbase.com/en/coinbase/privacy-and-security/avoiding-phishing-and-scams/avoiding-cryptocurrency-scams/phishing',
    type: 'official',
    checked: CHECKED,
  },
  techSupport: { url: 'https://help.coinbase.com/en/coinbase/privacy-and-security/avoid-scams/tech-support-scams', type: 'official', checked: CHECKED },
  supportScams: { url: 'https://www.coinbase.com/en-gb/blog/how-to-spot-and-stop-customer-support-scams', type: 'official', checked: CHECKED },
} as const;

export const coinbase = {
  id: 'coinbase',
  name: 'Coinbase',
  aliases: ['coinbase', 'coinbase wallet'],
  domainTokens: ['coinbase'],
  officialWebDomains: ['coinbase.com'],
  officialSenderDomains: ['coinbase.com'],
  statements: [
    {
      topic: 'one-time-code',
      text: 'Coinbase says its support staff will never ask for your password or your 2-step code.',
      channels: ['call', 'email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'password',
      text: 'Coinbase says its customer service agents will never ask for your password.',
      channels: ['call', 'email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'crypto',
      text: 'Coinbase says its staff will never ask you to send crypto to an outside address. Its agents will never move funds held in your account.',
      channels: ['call', 'email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'install-software',
      text: 'Coinbase says its support staff will never ask you to install software on your device.',
      channels: ['call', 'email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'remote-access',
      text: 'Coinbase says its agents will never remotely access your device to act on your account; never give anyone claiming to be support remote access.',
      channels: ['call', 'email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'unsolicited-call',
      text: 'Coinbase says it will never call you, and that scammers can spoof caller ID to look like a Coinbase number.',
      channels: ['call'],
      source: SRC.supportScams,
    },
    {
      topic: 'lookalike-links',
      text: 'Coinbase says a good way to avoid phishing sites is to type https://www.coinbase.com yourself, and check you are on it.',
      channels: ['email', 'sms'],
      source: SRC.phishing,
    },
  ],
  verify: {
    email: [
      { text: 'Do not use the links in the email; type https://www.coinbase.com yourself or open the Coinbase app.', url: 'https://www.coinbase.com' },
      { text: 'Contact Coinbase only through the phone number or email on its Contact us page.', url: 'https://help.coinbase.com' },
    ],
    sms: [
      { text: 'Do not tap the link or call a number from the text.' },
      { text: 'Open the Coinbase app or type https://www.coinbase.com yourself to check your account.', url: 'https://www.coinbase.com' },
    ],
    call: [
      { text: 'Hang up: Coinbase says it will never call you, and caller ID can be spoofed.' },
      { text: 'Never send crypto, share a 2-step code or allow remote access for a caller.' },
      { text: 'If you need Coinbase, use the Contact us page in its help centre.', url: 'https://help.coinbase.com' },
    ],
  },
  afterEngagement: {
    received: [
      'Do not send any crypto or share any code; check your account in the Coinbase app or at coinbase.com, typed yourself.',
      'If someone asked for your password or a code, email security@coinbase.com.',
    ],
    'clicked-link': [
      'Close the page without signing in or typing anything.',
      'If you signed in or typed a code there, follow the steps below.',
    ],
    'entered-password': [
      'Change your Coinbase password at once from coinbase.com, typed yourself, and email security@coinbase.com.',
      'Check your account’s recent activity and security settings for changes you did not make.',
    ],
    'shared-code': [
      'Email security@coinbase.com at once and change your Coinbase password: a 2-step code lets someone sign in or send your crypto.',
      'Check your account’s recent activity and security settings.',
    ],
    'shared-card': ['Call the number on the back of the card to block it, then remove it from Coinbase.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared; check the accounts linked to Coinbase.'],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Coinbase password and email security@coinbase.com.',
    ],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number, and keep the card and receipt.'],
    'sent-money': [
      'Crypto transactions cannot be reversed; email security@coinbase.com at once with the transaction details.',
      'Report it at ReportFraud.ftc.gov and to the FBI at ic3.gov.',
    ],
    'shared-identity': ['Email security@coinbase.com and watch your account closely; get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Use 2-step verification and never share its codes.' },
    { text: 'Never let anyone take control of your computer or phone from afar.' },
    { text: 'Bookmark https://www.coinbase.com and use only the Contact us page to reach Coinbase.' },
  ],
  report: [
    {
      name: 'Coinbase security team',
      how: 'Did someone ask for your password or 2-step code? Or ask you to install software, let them into your device or move funds? Stop, and email Coinbase security.',
      kind: 'email',
      address: 'security@coinbase.com',
      channels: ['email', 'sms', 'call'],
      country: null,
      source: SRC.phishing,
    },
  ],
  sources: [SRC.phishing, SRC.techSupport, SRC.supportScams],
} satisfies z.input<typeof BrandPack>;
