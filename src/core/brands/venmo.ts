import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { FTC_IMPOSTER_HUB, ftcNoCryptoStatement } from './jurisdictions.js';

// Venmo (PayPal) brand pack. Facts from Venmo's own help centre (found through the stored-pages
// search, checked 2026-12-07). Statements are paraphrased. The address of Venmo's phishing
// mailbox was cut from every stored copy, so the report route is Venmo's help article.

const CHECKED = '2026-12-07';

const SRC = {
  fakeEmails: {
    url: 'https://help.venmo.com/hc/en-us/articles/4410324103187-Reporting-Fake-or-Suspicious-Emails',
    type: 'official',
    checked: CHECKED,
  },
  commonScams: { url: 'https://help.venmo.com/hc/en-us/articles/360048404533-Common-Scams-on-Venmo?os=fdF', type: 'official', checked: CHECKED },
} as const;

export const venmo = {
  id: 'venmo',
  name: 'Venmo',
  aliases: ['venmo'],
  domainTokens: ['venmo'],
  officialWebDomains: ['venmo.com'],
  officialSenderDomains: ['venmo.com'],
  statements: [
    {
      topic: 'one-time-code',
      text: 'Venmo says its staff will never ask you for the code sent to your phone, for any reason.',
      channels: ['call', 'sms', 'email'],
      source: SRC.commonScams,
    },
    {
      topic: 'remote-access',
      text: 'Venmo says it will never ask to access your device remotely.',
      channels: ['call', 'sms', 'email'],
      source: SRC.commonScams,
    },
    {
      topic: 'install-software',
      text: 'Venmo says it will never ask you to install a third-party app.',
      channels: ['call', 'sms', 'email'],
      source: SRC.commonScams,
    },
    {
      topic: 'password',
      text: 'Venmo says to enter your Venmo login only on venmo.com or in the Venmo app, and nowhere else.',
      channels: ['email', 'sms'],
      source: SRC.commonScams,
    },
    {
      topic: 'sender-domain',
      text: 'Venmo says it emails you only from addresses ending in venmo.com. It greets you by your first and last name or business name, never “Dear user”.',
      channels: ['email'],
      source: SRC.fakeEmails,
    },
    {
      topic: 'prize-contest',
      text: 'Venmo warns: a text or email saying you won money from Venmo, with a link to sign in, is a scam.',
      channels: ['sms', 'email'],
      source: SRC.commonScams,
    },
    {
      topic: 'pressure',
      text: 'Venmo says a scary rush, such as “update your account now”, is a sign of a fake email. Anything urgent shows up when you log in yourself.',
      channels: ['email', 'sms'],
      source: SRC.fakeEmails,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Check the sender: Venmo emails only from addresses ending in venmo.com.' },
      { text: 'Do not use the links; open the Venmo app, or type venmo.com yourself, and log in.', url: 'https://venmo.com' },
    ],
    sms: [
      { text: 'Do not tap the link or reply.' },
      { text: 'Open the Venmo app yourself and check your activity.', url: 'https://venmo.com' },
    ],
    call: [
      { text: 'Hang up: Venmo never asks for the code sent to your phone, to reach your device remotely or to install an app.' },
      { text: 'Contact Venmo yourself through the app or its help centre.', url: 'https://help.venmo.com' },
    ],
  },
  afterEngagement: {
    received: [
      'Report the message to Venmo as its help centre describes, then delete it.',
      'Check your activity in the Venmo app.',
    ],
    'clicked-link': [
      'Close the page without logging in or typing anything.',
      'If you logged in or typed details there, follow the steps below.',
    ],
    'entered-password': [
      'Change your Venmo password in the app at once, and anywhere else you used it.',
      'Check your activity, linked banks and cards, and contact Venmo support through the app.',
    ],
    'shared-code': [
      'Change your Venmo password and contact Venmo support through the app at once: the code lets someone sign in as you.',
      'Check your activity and linked payment methods for changes you did not make.',
    ],
    'shared-card': [
      'Call the number on the back of the card to block it, then remove it from Venmo.',
    ],
    'shared-bank': [
      'Call your bank on a number you know and tell them what you shared.',
      'Check the bank accounts linked to Venmo.',
    ],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Venmo password and contact Venmo support.',
    ],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number, and keep the card and receipt.'],
    'sent-money': [
      'Contact Venmo support through the app at once about the payment.',
      'Tell your bank or card issuer if the money came from a linked account, and report it at ReportFraud.ftc.gov.',
    ],
    'shared-identity': [
      'Contact Venmo support through the app and watch your activity closely.',
      'Get a recovery plan at IdentityTheft.gov.',
    ],
  },
  hardening: [
    { text: 'Never give anyone the verification code that Venmo sends to your phone.' },
    { text: 'Log in only in the Venmo app or on venmo.com, typed yourself.' },
  ],
  report: [
    {
      name: 'Venmo suspicious-email reports',
      how: 'Follow Venmo’s help page on how to report fake emails, websites and texts.',
      kind: 'web',
      address: 'https://help.venmo.com/hc/en-us/articles/4410324103187-Reporting-Fake-or-Suspicious-Emails',
      channels: ['email', 'sms'],
      country: 'US',
      source: SRC.fakeEmails,
    },
  ],
  sources: [SRC.fakeEmails, SRC.commonScams, { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED }],
} satisfies z.input<typeof BrandPack>;
