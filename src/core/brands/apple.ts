import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// Apple brand pack. Facts from shared/reference/brand-facts.md §4, with the sheet's confidence
// marks. Statements are paraphrased, never quoted.

const CHECKED = '2026-11-25';

const SRC = {
  neverAsks: { url: 'https://support.apple.com/en-bh/HT201303', type: 'official', checked: CHECKED },
  socialEngineering: { url: 'https://support.apple.com/102568', type: 'official', checked: CHECKED },
  purchaseEmails: { url: 'https://support.apple.com/102406', type: 'official', checked: CHECKED },
  giftCardScams: { url: 'https://support.apple.com/gift-card-scams', type: 'official', checked: CHECKED },
  senderAddresses: { url: 'https://discussions.apple.com/thread/255667554', type: 'repost', checked: CHECKED },
  update2024: {
    url: 'https://keenkreations.com/apple-refreshes-their-security-support-document-regarding-smishing-attacks-for-iphone-and-ipad-users',
    type: 'repost',
    checked: CHECKED,
  },
  appleCardNotice: {
    url: 'https://www.mactech.com/2023/02/14/apple-sends-apple-card-users-info-on-how-to-keep-their-accounts-personal-data-safe/',
    type: 'repost',
    checked: CHECKED,
  },
  // apple.com and icloud.com as Apple's websites is general knowledge; the stored copy of Apple's
  // own list was stripped, so the fact sheet marks the list "verify".
  webDomains: { url: 'https://www.apple.com', type: 'unverified', checked: CHECKED },
} as const;

export const apple = {
  id: 'apple',
  name: 'Apple',
  // "app store" is left out: other companies' messages say "download our app from the App Store",
  // which would make every such message an Apple mention.
  aliases: [
    'apple',
    'apple id',
    'apple account',
    'icloud',
    'itunes',
    'apple pay',
    'apple card',
    'apple support',
    'applecare',
    'apple care',
  ],
  // "apple" also sits inside unrelated names (pineapple, applebees); lookalike rules should pair a
  // token hit with a brand claim, never flag it alone.
  domainTokens: ['apple', 'icloud', 'itunes', 'appleid'],
  officialWebDomains: ['apple.com', 'icloud.com'],
  // Apple Account mail comes from appleid@id.apple.com, other Apple mail from apple.com or
  // itunes.com (subdomains such as id.apple.com and email.apple.com are covered by apple.com).
  // icloud.com is absent on purpose: anyone can have an @icloud.com address.
  officialSenderDomains: ['apple.com', 'itunes.com'],
  statements: [
    {
      topic: 'password',
      text: 'Apple says it never asks for your Apple Account password, your device passcode or your recovery key.',
      channels: ['email', 'sms', 'call'],
      source: SRC.neverAsks,
    },
    {
      topic: 'one-time-code',
      text: 'Apple says it never asks you for sign-in codes. Its support may instead ask you to confirm on your device, or to make a short-lived Support PIN.',
      channels: ['email', 'sms', 'call'],
      source: SRC.neverAsks,
    },
    {
      topic: 'personal-info',
      text: 'Apple says it does not ask in email for your Social Security number or your mother’s maiden name.',
      channels: ['email'],
      source: SRC.purchaseEmails,
    },
    {
      topic: 'card-details',
      text: 'Apple says it does not ask in email for your full card number or the card security code (CVV).',
      channels: ['email'],
      source: SRC.purchaseEmails,
    },
    {
      topic: 'update-payment',
      text: 'Apple says to update your account and payment details in Settings on your device. Do not use a link in a message.',
      channels: ['email', 'sms'],
      source: SRC.purchaseEmails,
    },
    {
      topic: 'gift-cards',
      text: 'Apple says its gift cards can be used only for purchases from Apple; someone asking you to pay them with one is running a scam.',
      channels: ['email', 'sms', 'call'],
      source: SRC.giftCardScams,
    },
    {
      topic: 'gift-cards',
      text: 'Apple’s 2024 guidance, as summarised by others, says Apple will not ask you to pay with Apple gift cards.',
      channels: ['email', 'sms', 'call'],
      source: SRC.update2024,
    },
    {
      topic: 'unsolicited-call',
      text: 'Apple warns that scammers call or leave voicemails pretending to be Apple Support; if contact is unexpected, assume it is a scam and contact Apple yourself.',
      channels: ['call'],
      source: SRC.socialEngineering,
    },
    {
      topic: 'prize-contest',
      text: 'Apple lists fake prize offers among the common scams that use its name.',
      channels: ['email', 'sms', 'call'],
      source: SRC.socialEngineering,
    },
    {
      topic: 'sender-domain',
      text: 'Apple Account emails come from appleid@id.apple.com, and other Apple emails from apple.com or itunes.com addresses.',
      channels: ['email'],
      source: SRC.senderAddresses,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or phone numbers in the email.' },
      { text: 'On your iPhone, iPad or Mac, open Settings and tap your name. Check your Apple Account, purchases and payment details there.' },
      { text: 'Or type account.apple.com yourself in the browser and sign in there.', url: 'https://account.apple.com' },
      { text: 'Genuine App Store, iTunes and Apple Music receipts show your current billing address; a receipt without it is suspect.' },
    ],
    sms: [
      { text: 'Do not tap the link or reply.' },
      { text: 'Open Settings on your device and tap your name to check your Apple Account yourself.' },
      { text: 'In Messages, use Report Junk to report the text.' },
    ],
    call: [
      { text: 'Hang up. Apple warns that callers pretending to be Apple Support are common, and caller ID can be faked.' },
      { text: 'Do not call back a number from the call or a voicemail.' },
      { text: 'If you need Apple, start the contact yourself from the Apple Support app or support.apple.com.', url: 'https://support.apple.com' },
    ],
  },
  afterEngagement: {
    received: [
      'Check your Apple Account in Settings on your device; nothing there means the message was not from Apple.',
      'Forward the email or a screenshot of the text to reportphishing@apple.com.',
    ],
    'clicked-link': ['Close the page without signing in or typing anything.', 'If you signed in or typed card details, follow the steps below.'],
    'entered-password': [
      'Change your Apple Account password now from Settings on a device you trust, and anywhere else you used it.',
      'Make sure two-factor authentication is on for your Apple Account.',
      'Check the list of devices signed in to your Apple Account and remove any you do not recognise.',
    ],
    'shared-code': [
      'Change your Apple Account password now from Settings on a device you trust.',
      'Check the devices signed in to your Apple Account and remove any you do not recognise.',
      'Check your trusted phone numbers and email addresses for changes you did not make.',
    ],
    'shared-card': [
      'Call your bank or card issuer on the number on your card and ask them to block it.',
      'Then check the payment methods on your Apple Account in Settings.',
    ],
    'shared-bank': ['Call your bank on a number you already know and tell them what you shared.'],
    'remote-access': [
      'Disconnect the device from the internet and remove the app that let them in.',
      'From another device, change your Apple Account password and check the signed-in devices.',
    ],
    'paid-gift-card': [
      'Contact Apple Support from the Apple Support app or support.apple.com at once, with the gift card numbers; keep the cards and receipts.',
    ],
    'sent-money': ['Call your bank or the payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': [
      'Change your Apple Account password and check your trusted phone numbers, email addresses and devices.',
    ],
  },
  hardening: [
    { text: 'Keep 2-step sign-in (two-factor) turned on for your Apple Account.' },
    { text: 'Use an Apple Account password you use nowhere else.' },
    { text: 'Change account and payment details only in Settings on your device, never from a link.' },
  ],
  report: [
    {
      name: 'Apple phishing reports',
      how: 'Forward the suspicious email, or a screenshot of the text, to Apple.',
      kind: 'email',
      address: 'reportphishing@apple.com',
      channels: ['email', 'sms'],
      country: null,
      source: SRC.socialEngineering,
    },
    {
      name: 'Report Junk in Messages',
      how: 'In the Messages app, use Report Junk under the message.',
      kind: 'in-app',
      address: 'Messages → Report Junk',
      channels: ['sms'],
      country: null,
      source: SRC.socialEngineering,
    },
  ],
  publishedPhones: [
    {
      number: '+18772555923',
      country: 'US',
      confidence: 'unverified',
      note: 'Apple Card support, shown as 1-877-255-5923, from a news site reposting an Apple notice; not confirmed on apple.com. Never show it as official; send people to the Wallet app to reach Apple Card support instead.',
      source: SRC.appleCardNotice,
    },
  ],
  giftCardNames: ['Apple Gift Card', 'App Store & iTunes gift card', 'App Store gift card', 'iTunes gift card', 'iTunes card'],
  giftCardWords: ['apple', 'itunes'],
  // icloud.com mail addresses and shared pages belong to anyone.
  userContentDomains: ['icloud.com'],
  // Short links, News, the App Store's image CDN and the China store (Majestic top 15k).
  infrastructureDomains: ['apple.co', 'apple.news', 'mzstatic.com', 'apple.com.cn'],
  brandTlds: ['apple'],
  sources: [
    SRC.neverAsks,
    SRC.socialEngineering,
    SRC.purchaseEmails,
    SRC.giftCardScams,
    SRC.senderAddresses,
    SRC.update2024,
    SRC.appleCardNotice,
    SRC.webDomains,
  ],
} satisfies z.input<typeof BrandPack>;
