import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { FTC_IMPOSTER_HUB, ftcNoCryptoStatement } from './jurisdictions.js';

// Bank of America brand pack. Facts from Bank of America's own privacy and security pages (found
// through the stored-pages search, checked 2026-12-07); statements are paraphrased, never quoted.
// Bank of America lists no SMS short codes on the pages found, so smsSenders stays empty (third-party
// sites name several, and disagree).

const CHECKED = '2026-12-07';

const SRC = {
  resolve: { url: 'https://www.bankofamerica.com/privacy/resolve-identity-theft.go', type: 'official', checked: CHECKED },
  avoidScams: { url: 'https://www.bankofamerica.com/security-center/avoid-bank-scams/', type: 'official', checked: CHECKED },
  checklist: { url: 'https://www.bankofamerica.com/privacy/fraud-prevention-checklist.go', type: 'official', checked: CHECKED },
  cardSecurity: {
    url: 'https://www.bankofamerica.com/security-center/accounts-cards/checking-savings-security/',
    type: 'official',
    checked: CHECKED,
  },
  // A copy of an older version of the "How to Avoid Scams" page, kept on a blog.
  avoidScamsCopy: {
    url: 'http://ufsuperstore.blogg.se/2023/august/create-a-fake-bank-statement-online-free.html',
    type: 'repost',
    checked: CHECKED,
  },
  // urlscan.io scan of a Bank of America e-mail link: click.updates.bofa.com redirects to
  // bankofamerica.com, so bofa.com carries Bank of America's own mail.
  urlscanBofa: { url: 'https://urlscan.io/result/3591c9e4-6a91-45fe-b887-1ce1591ed6b2/content', type: 'practitioner', checked: CHECKED },
} as const;

export const bankOfAmerica = {
  id: 'bank-of-america',
  name: 'Bank of America',
  // "boa" is the snake and a feather scarf, but in a text about a bank account it is the bank; "b of
  // a" and "bofa" are the forms lures use. "BofA Alert(s)" is how its alert texts (and their
  // imitations) sign themselves, so a text that opens with it claims to be from the bank.
  aliases: ['bank of america', 'bankofamerica', 'bofa', 'b of a', 'boa', 'bofa alert', 'bofa alerts'],
  domainTokens: ['bankofamerica', 'bofa'],
  officialWebDomains: ['bankofamerica.com', 'bofa.com'],
  officialSenderDomains: ['bankofamerica.com', 'bofa.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'Bank of America says it will never phone, text or email you to ask for personal or money details. That means your account number, PIN, or Social Security or Tax ID number.',
      channels: ['email', 'sms', 'call'],
      source: SRC.resolve,
    },
    {
      topic: 'card-details',
      text: 'Bank of America says it will never contact you to ask for your bank or credit card numbers.',
      channels: ['email', 'sms', 'call'],
      source: SRC.resolve,
    },
    {
      topic: 'wire-transfer',
      text: 'Bank of America says it will never ask you to pay anyone, not even yourself. A caller who says your money must be moved to keep it safe is a scammer.',
      channels: ['email', 'sms', 'call'],
      source: SRC.avoidScams,
    },
    {
      topic: 'one-time-code',
      text: 'Bank of America has said it will never text, email or call you to ask for a code for your account.',
      channels: ['email', 'sms', 'call'],
      source: SRC.avoidScamsCopy,
    },
    {
      topic: 'pressure',
      text: 'Bank of America says a scary call, email or text that pushes you to act at once is a red flag.',
      channels: ['email', 'sms', 'call'],
      source: SRC.avoidScamsCopy,
    },
    {
      topic: 'lookalike-links',
      text: 'Bank of America says a phishing email often links to a site other than the one it names; hover over a link to see where it really goes.',
      channels: ['email'],
      source: SRC.resolve,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links, attachments or phone numbers in the email.' },
      { text: 'Open the Bank of America Mobile Banking app, or type bankofamerica.com yourself, and sign in there.', url: 'https://www.bankofamerica.com' },
      { text: 'Or call the number on the back of your card or on your statement.' },
    ],
    sms: [
      { text: 'Do not tap the link or call a number from the text.' },
      { text: 'Open the Bank of America Mobile Banking app, or type bankofamerica.com yourself. Check your alerts and recent activity there.', url: 'https://www.bankofamerica.com' },
      { text: 'Or call the number on the back of your card or on your statement.' },
    ],
    call: [
      { text: 'Hang up, even if the caller ID says Bank of America: it can be faked.' },
      { text: 'Call the number on the back of your card or on your statement yourself.' },
      { text: 'Never move money, read out a code or give your PIN because a caller asks.' },
    ],
  },
  afterEngagement: {
    received: [
      'Forward the email or text to abuse@bankofamerica.com, then delete it.',
      'Check your accounts in the Bank of America app or at bankofamerica.com, typed yourself.',
    ],
    'clicked-link': [
      'Close the page without signing in or typing anything.',
      'If you signed in or typed details there, follow the steps below. Call the number on the back of your card.',
    ],
    'entered-password': [
      'Change your Online Banking password at once in the app or at bankofamerica.com, typed yourself, and anywhere else you used it.',
      'Call Bank of America on the number on the back of your card or 800-432-1000 and tell them what you entered.',
    ],
    'shared-code': [
      'Call Bank of America on the number on the back of your card or 800-432-1000 now: a shared code can let someone sign in or approve a payment.',
      'Change your Online Banking password and check recent activity and Zelle payments.',
    ],
    'shared-card': [
      'Lock the card in the Bank of America app and call the number on the back of your card to replace it.',
      'Check your statements for charges you did not make.',
    ],
    'shared-bank': [
      'Call Bank of America on 800-432-1000 or the number on your statement and tell them what you shared.',
      'Keep a close eye on your account’s activity and alerts.',
    ],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Online Banking password and call the number on the back of your card.',
    ],
    'paid-gift-card': [
      'Contact the company that issued the gift card at once with the card number, and keep the card and receipt.',
      'If you paid with a Bank of America card, call the number on the back of it.',
    ],
    'sent-money': [
      'Call Bank of America at once on the number on the back of your card or 800-432-1000. Ask them to stop or recall the payment.',
      'Report it at ReportFraud.ftc.gov as well.',
    ],
    'shared-identity': [
      'Call Bank of America on 800-432-1000 and follow its identity-theft steps.',
      'Get a recovery plan at IdentityTheft.gov.',
    ],
  },
  hardening: [
    { text: 'Use the one-time sign-in code and the face or fingerprint sign-in that Bank of America offers.' },
    { text: 'Allow push alerts from the Mobile Banking app and keep your phone number and email up to date.' },
    { text: 'Use a strong password for Online Banking that you use nowhere else.' },
  ],
  report: [
    {
      name: 'Bank of America abuse mailbox',
      how: 'Forward the suspicious email, or a copy of the text, to Bank of America, then delete it; it replies only if it needs more information.',
      kind: 'email',
      address: 'abuse@bankofamerica.com',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.resolve,
    },
    {
      name: 'Bank of America by phone',
      how: 'If you gave any details in reply to a suspicious call, text or email, call Bank of America.',
      kind: 'phone',
      address: '+18004321000',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.resolve,
    },
  ],
  publishedPhones: [
    {
      number: '+18004321000',
      country: 'US',
      confidence: 'official',
      note: 'Shown as 800-432-1000 on Bank of America’s identity-theft page, for people who gave information to a suspicious caller, text or email.',
      source: SRC.resolve,
    },
  ],
  sources: [SRC.resolve, SRC.avoidScams, SRC.checklist, SRC.cardSecurity, SRC.avoidScamsCopy, SRC.urlscanBofa, { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED }],
} satisfies z.input<typeof BrandPack>;
