import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { FTC_IMPOSTER_HUB, ftcNoCryptoStatement } from './jurisdictions.js';

// Cash App (Block, formerly Square) brand pack. Facts from Cash App's own help pages on phishing
// and scams (found through the stored-pages search, checked 2026-12-07). Statements are paraphrased.
// Cash App says its email comes from square.com, squareup.com or cash.app and its sites are on
// cash.app, cash.me, square.com and squareup.com, so all four are official here.

const CHECKED = '2026-12-07';

const SRC = {
  phishing: { url: 'https://cash.app/help/us/en-us/3126-phishing-scams', type: 'official', checked: CHECKED },
  scams: { url: 'https://cash.app/help/6482-recognize-scams-and-keep-your-money-safe-with-cash-app', type: 'official', checked: CHECKED },
} as const;

export const cashApp = {
  id: 'cash-app',
  name: 'Cash App',
  // "cash app" also matches "cashapp" (the space is optional in the matcher).
  aliases: ['cash app', 'square cash'],
  domainTokens: ['cashapp'],
  officialWebDomains: ['cash.app', 'cash.me', 'square.com', 'squareup.com'],
  officialSenderDomains: ['cash.app', 'square.com', 'squareup.com'],
  statements: [
    {
      topic: 'one-time-code',
      text: 'Cash App says its staff will never ask for your sign-in code. Not by phone, email, text, social media or any other way.',
      channels: ['email', 'sms', 'call'],
      source: SRC.scams,
    },
    {
      topic: 'password',
      text: 'Cash App says it will never ask for your login code or PIN by email, phone or text.',
      channels: ['email', 'sms', 'call'],
      source: SRC.phishing,
    },
    {
      topic: 'card-details',
      text: 'Cash App says its staff will never ask for your full debit card number, PIN, bank account details or Social Security number.',
      channels: ['email', 'sms', 'call'],
      source: SRC.scams,
    },
    {
      topic: 'pay-outside',
      text: 'Cash App says its staff will never ask you to send a payment to any Cash App account. There is never a good reason to pay an account that claims to be Cash App or its support.',
      channels: ['email', 'sms', 'call'],
      source: SRC.scams,
    },
    {
      topic: 'remote-access',
      text: 'Cash App says its staff will never ask you to get an app that lets them into your phone, like AnyDesk. Nor to make a “test” payment.',
      channels: ['email', 'sms', 'call'],
      source: SRC.scams,
    },
    {
      topic: 'sender-domain',
      text: 'Cash App says all its emails come from square.com, squareup.com or cash.app addresses. Its websites are on cash.app, cash.me, square.com or squareup.com. Anything else is likely phishing.',
      channels: ['email', 'sms'],
      source: SRC.phishing,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Check the sender: real Cash App email comes only from square.com, squareup.com or cash.app.' },
      { text: 'Do not use the links; open Cash App yourself, or type https://cash.app.', url: 'https://cash.app' },
    ],
    sms: [
      { text: 'Do not tap the link or reply.' },
      { text: 'Open Cash App yourself and check your activity, or go to cash.app/help.', url: 'https://cash.app/help' },
    ],
    call: [
      { text: 'Hang up: Cash App support never asks for your sign-in code or PIN, or for a payment.' },
      { text: 'Reach Cash App only through the app (Profile, then Support) or cash.app/help.', url: 'https://cash.app/help' },
    ],
  },
  afterEngagement: {
    received: [
      'Report the message to Cash App from the app’s Support section or at cash.app/help.',
      'Do not send any payment the message asks for.',
    ],
    'clicked-link': [
      'Close the page without typing your phone number, email, sign-in code or PIN.',
      'If you typed anything there, follow the steps below.',
    ],
    'entered-password': [
      'Change your Cash App PIN at once in the app and turn on Security Lock.',
      'Contact Cash App Support through the app and check your activity for payments you did not make.',
    ],
    'shared-code': [
      'Change your Cash App PIN at once and contact Cash App Support through the app: a shared sign-in code can let someone into your account.',
      'Check your activity, linked bank and Cash Card for changes you did not make.',
    ],
    'shared-card': [
      'Lock your Cash Card in the app and contact Cash App Support.',
      'If you shared another bank’s card, call the number on the back of that card.',
    ],
    'shared-bank': [
      'Call your bank on a number you know and tell them what you shared.',
      'Check the bank account linked to Cash App and contact Cash App Support through the app.',
    ],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Cash App PIN and contact Cash App Support.',
    ],
    'paid-gift-card': [
      'Contact the company that issued the gift card at once with the card number, and keep the card and receipt.',
    ],
    'sent-money': [
      'Cash App payments are instant and usually cannot be cancelled: report the payment to Cash App Support through the app at once.',
      'Tell your bank if the money came from a linked bank account or card, and report it at ReportFraud.ftc.gov.',
    ],
    'shared-identity': [
      'Contact Cash App Support through the app and watch your activity closely.',
      'Get a recovery plan at IdentityTheft.gov.',
    ],
  },
  hardening: [
    { text: 'Turn on notifications and Security Lock in Cash App.' },
    { text: 'Send money only to people you know. Check the $Cashtag, phone number or email twice first.' },
  ],
  report: [
    {
      name: 'Cash App Support',
      how: 'Report the suspicious email, text, call or phone number to Cash App. Use the app (Profile, then Support) or cash.app/help.',
      kind: 'in-app',
      address: 'https://cash.app/help',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.phishing,
    },
  ],
  publishedPhones: [
    {
      number: '+18553512274',
      country: 'US',
      confidence: 'official',
      note: 'Shown as 855-351-2274 on Cash App’s phishing help page; it gives automated instructions only. Cash App asks people to reach a person through the app.',
      source: SRC.phishing,
    },
  ],
  sources: [SRC.phishing, SRC.scams, { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED }],
} satisfies z.input<typeof BrandPack>;
