import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement, ftcVerificationCodeStatement } from './jurisdictions.js';

// PayPal brand pack. Facts from shared/reference/brand-facts.md §6, with the sheet's confidence
// marks. Statements are paraphrased, never quoted.

const CHECKED = '2026-11-25';

const SRC = {
  realEmail: {
    url: 'https://www.paypal.com/aw/smarthelp/article/how-do-i-know-if-an-email-is-really-from-paypal-faq1895',
    type: 'official',
    checked: CHECKED,
  },
  staffPost: {
    url: 'https://paypal-community.com/t5/Security-and-Fraud/How-to-tell-if-an-email-is-from-PayPal/td-p/197656',
    type: 'official',
    checked: CHECKED,
  },
  autoReply: { url: 'https://th4.ilovetranslation.com/zJCin-amVzg9QESyW-HC5B==d', type: 'repost', checked: CHECKED },
  suspicious: { url: 'https://www.paypal.com/us/webapps/mpp/security/suspicious-activity', type: 'official', checked: CHECKED },
  phishingTh: { url: 'https://qwac.paypal.com/th/webapps/mpp/phishing?locale.x=en_TH', type: 'official', checked: CHECKED },
  ftcGiftCards: { url: 'https://consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams', type: 'official', checked: CHECKED },
  // paypal.me (personal payment pages) and paypalobjects.com (PayPal's image and script host) are
  // PayPal's by general knowledge; the fact sheet does not list them.
  webDomains: { url: 'https://www.paypal.com', type: 'unverified', checked: CHECKED },
} as const;

export const paypal = {
  id: 'paypal',
  name: 'PayPal',
  // "venmo" and "xoom" belong to PayPal but are brands of their own; they are not PayPal mentions.
  aliases: ['paypal', 'pay pal', 'paypal credit'],
  domainTokens: ['paypal'],
  officialWebDomains: ['paypal.com', 'paypal.me', 'paypalobjects.com'],
  userContentHosts: [
    {
      host: 'paypal.me',
      note: 'PayPal.Me links are personal payment pages: anyone can make one, and scammers use them to get paid.',
      source: SRC.webDomains,
    },
  ],
  officialSenderDomains: ['paypal.com'],
  statements: [
    {
      topic: 'password',
      text: 'PayPal says it will never ask for your password in an email.',
      channels: ['email'],
      source: SRC.realEmail,
    },
    {
      topic: 'card-details',
      text: 'PayPal says it will never ask in an email for your full card number.',
      channels: ['email'],
      source: SRC.realEmail,
    },
    {
      topic: 'personal-info',
      text: 'PayPal says it will never ask in an email for your bank account number or your driver’s licence; when it needs information it tells you to log in.',
      channels: ['email'],
      source: SRC.realEmail,
    },
    {
      topic: 'personal-info',
      text: 'PayPal community staff say PayPal does not ask by email for your full bank or card number, or card PIN. Nor for your licence number, past addresses or security answers.',
      channels: ['email'],
      source: SRC.staffPost,
    },
    {
      topic: 'update-payment',
      text: 'PayPal says that when it needs details from you, it asks you to log in to your account. It does not ask you to use a link or reply.',
      channels: ['email', 'sms'],
      source: SRC.realEmail,
    },
    {
      topic: 'attachments',
      text: 'PayPal says its emails never carry attachments.',
      channels: ['email'],
      source: SRC.realEmail,
    },
    {
      topic: 'install-software',
      text: 'PayPal says its emails never ask you to download or install software.',
      channels: ['email', 'sms'],
      source: SRC.realEmail,
    },
    {
      topic: 'sender-domain',
      text: 'PayPal says its real emails come from paypal.com and greet you by your first and last name or business name. The display name alone is easy to fake.',
      channels: ['email'],
      source: SRC.realEmail,
    },
    {
      topic: 'pay-outside',
      text: 'PayPal has said it never asks sellers to ship or pay a fee before the payment shows in their account.',
      channels: ['email', 'sms'],
      source: SRC.autoReply,
    },
    {
      topic: 'wire-transfer',
      text: 'PayPal has said it never asks you to pay a shipping fee by Western Union or a similar money transfer.',
      channels: ['email', 'sms'],
      source: SRC.autoReply,
    },
    {
      topic: 'gift-cards',
      text: 'FTC guidance: gift cards are for gifts, not payments; anyone who demands payment by gift card is a scammer.',
      channels: ['email', 'sms', 'call'],
      source: SRC.ftcGiftCards,
    },
    ftcVerificationCodeStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or buttons in the email.' },
      { text: 'Type www.paypal.com yourself or open the PayPal app, log in and check Activity.', url: 'https://www.paypal.com' },
      { text: 'A real PayPal email greets you by your full name or business name, not “Dear customer”.' },
    ],
    sms: [
      { text: 'Do not tap the link or reply.' },
      { text: 'Type www.paypal.com yourself or open the PayPal app, log in and check Activity.', url: 'https://www.paypal.com' },
    ],
    call: [
      { text: 'Hang up, and do not call back a number from the call or a message.' },
      { text: 'Type www.paypal.com yourself or open the PayPal app, log in and check Activity.', url: 'https://www.paypal.com' },
    ],
  },
  afterEngagement: {
    received: ['Log in at www.paypal.com yourself and check Activity.', 'Forward the email to phishing@paypal.com.'],
    'clicked-link': [
      'Close the page without logging in or typing anything.',
      'Run a virus scan on the device with up-to-date software.',
    ],
    'entered-password': [
      'Change your PayPal password, PINs and security questions now, from www.paypal.com or the app. Change the password anywhere else you used it.',
      'Look in Activity for payments you did not make, and report them to PayPal.',
    ],
    'shared-code': [
      'Change your PayPal password now and check Activity, linked banks and cards for changes you did not make.',
    ],
    'shared-card': [
      'Tell your card issuer at once and ask them to block the card.',
      'Check the cards linked to your PayPal account and watch your statements.',
    ],
    'shared-bank': ['Tell your bank at once, then check the bank accounts linked to PayPal and watch your statements.'],
    'remote-access': [
      'Disconnect the device from the internet. Uninstall the app that let them in, and run a virus scan.',
      'From another device, change your PayPal password. Then look at Activity.',
    ],
    'paid-gift-card': ['Contact the company that issued the gift cards at once with the card numbers; keep the cards and receipts.'],
    'sent-money': [
      'If you paid through PayPal, report the payment to PayPal from Activity right away.',
      'Tell your bank or card issuer too, and report it to the police.',
    ],
    'shared-identity': ['Tell PayPal, your bank and your card issuers, and watch your statements closely.'],
  },
  hardening: [
    { text: 'Use a PayPal password you use nowhere else, and turn on 2-step sign-in.' },
    { text: 'Check payment requests and “problems” by logging in yourself, never through an email link.' },
  ],
  report: [
    {
      name: 'PayPal phishing reports',
      how: 'Forward the email to PayPal. Use Forward, not copy and paste, so its headers stay whole.',
      kind: 'email',
      address: 'phishing@paypal.com',
      channels: ['email'],
      country: null,
      source: SRC.suspicious,
    },
  ],
  publishedPhones: [],
  giftCardNames: [],
  // PayPal's image and script CDN, on every PayPal page.
  infrastructureDomains: ['paypalobjects.com'],
  sources: [SRC.realEmail, SRC.staffPost, SRC.autoReply, SRC.suspicious, SRC.phishingTh, SRC.webDomains],
} satisfies z.input<typeof BrandPack>;
