import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { FTC_IMPOSTER_HUB, ftcNoCryptoStatement } from './jurisdictions.js';

// Amazon brand pack. Facts come from shared/reference/brand-facts.md §1; every source keeps the
// confidence mark the fact sheet gives it. Statements are paraphrased, never quoted.

const CHECKED = '2026-11-25';

const SRC = {
  ukHelp: { url: 'https://www.amazon.co.uk/gp/help/customer/display.html/?nodeId=201909120', type: 'official', checked: CHECKED },
  usOldHelp: { url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=15835501', type: 'official', checked: CHECKED },
  usHeadersHelp: { url: 'http://www.amazon.com/gp/help/customer/display.html?nodeId=15362281', type: 'official', checked: CHECKED },
  identifyScam: { url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B', type: 'official', checked: CHECKED },
  sellerOffSite: { url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G3KGTPA8B42CKBJ4', type: 'official', checked: CHECKED },
  protectSystem: { url: 'https://www.amazon.com/gp/help/customer/display.html/?nodeId=201127790', type: 'official', checked: CHECKED },
  trustworthy: { url: 'https://trustworthyshopping.aboutamazon.com/focus/scam-prevention', type: 'official', checked: CHECKED },
  trustworthyUk: {
    url: 'https://trustworthyshopping.aboutamazon.com/en-uk/focus-areas/how-amazon-protects-customers-from-scams',
    type: 'official',
    checked: CHECKED,
  },
  awsReport: { url: 'https://aws.amazon.com/security/report-suspicious-emails/', type: 'official', checked: CHECKED },
  sellerMail: { url: 'https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=32261', type: 'official', checked: CHECKED },
  globalSelling: { url: 'https://services.amazon.com/global-selling/register-overview.htm', type: 'official', checked: CHECKED },
  gsCn: { url: 'https://gs.amazon.cn/zhishi/article-260105-1', type: 'official', checked: CHECKED },
  sublime: {
    url: 'https://github.com/sublime-security/sublime-rules/blob/main/detection-rules/impersonation_amazon.yml',
    type: 'practitioner',
    checked: CHECKED,
  },
  scamAdviser: {
    url: 'https://www.scamadviser.com/articles/suspicious-account-activity-scam-reported-to-amazon-in-20-countries',
    type: 'repost',
    checked: CHECKED,
  },
  lincsAlert: {
    url: 'https://lincolnshirealert.co.uk/Alerts/A/218766/A-Message-From-Amazon---Impersonation-Scam',
    type: 'repost',
    checked: CHECKED,
  },
  newsletter2023: {
    url: 'http://whiteplainscnr.com/2023/04/04/giant-amazon-takes-down-20000-phishing-websites-10000-phone-numbers-used-for-impersonation-scams/',
    type: 'repost',
    checked: CHECKED,
  },
  giftCardScams: { url: 'https://amazon7533.rssing.com/chan-79160587/article582.html', type: 'repost', checked: CHECKED },
  contestsIndia: { url: 'https://scamstoday.com/website/video_detail?id=4', type: 'repost', checked: CHECKED },
  ftcAmazonCall: {
    url: 'https://www.militaryconsumer.gov/blog/did-you-get-call-or-text-about-suspicious-purchase-amazon-its-scam',
    type: 'official',
    checked: CHECKED,
  },
  phoneSnippet: { url: 'https://whnt.com/2018/08/19/phony-amazon-reps-calling-to-confirm-order/', type: 'unverified', checked: CHECKED },
} as const;

// Store and company domains that are both Amazon websites and Amazon sender domains.
const STORE_DOMAINS = [
  'amazon.ae',
  'amazon.ca',
  'amazon.cn',
  'amazon.co.jp',
  'amazon.co.uk',
  'amazon.com',
  'amazon.com.au',
  'amazon.com.br',
  'amazon.com.mx',
  'amazon.com.tr',
  'amazon.de',
  'amazon.es',
  'amazon.fr',
  'amazon.in',
  'amazon.it',
  'amazon.lu',
  'amazon.sa',
  'amazon.sg',
  'amazonpay.com',
  'amazonpay.in',
  'amazonsellerservices.com',
];

export const amazon = {
  id: 'amazon',
  name: 'Amazon',
  // "kindle", "alexa" and "audible" are Amazon products but also ordinary words or names; they
  // would turn unrelated text into Amazon mentions, so they stay out.
  aliases: ['amazon', 'amazon.com', 'amazon.co.uk', 'amazon prime', 'prime video', 'amzn', 'amazon pay'],
  domainTokens: ['amazon', 'amzn'],
  // Store domains from fact sheet §1.5 that are official or practitioner-listed, plus related
  // properties. Left out as unverified: amazon.com.be, amazon.ie, amazon.eg, amazon.co.za and the
  // amzn.to short-link domain. amazonaws.com and amazonses.com are Amazon's, but anyone can host
  // pages or send mail through them, so they are never "official" for a consumer message.
  officialWebDomains: [
    ...STORE_DOMAINS,
    'aboutamazon.com',
    'amazon.nl',
    'amazon.pl',
    'amazon.se',
  ],
  // Sublime's allowlist (§1.4) plus amazon.co.jp from Amazon's seller help. Subdomains such as
  // sell.amazon.com, bounces.amazon.com and marketplace.amazon.com are covered by amazon.com.
  // amazonses.com is deliberately absent: it is Amazon SES, used by any paying sender.
  officialSenderDomains: [
    ...STORE_DOMAINS,
    // Synchrony Bank issues the Amazon store card and mails its holders; Sublime allowlists it for
    // that reason. It is a sender domain only, never an Amazon website.
    'synchronybank.com',
  ],
  senderHeaderHints: [{ header: 'X-Amazon-Mail-Relay-Type', value: 'notification', source: SRC.sublime }],
  statements: [
    {
      topic: 'personal-info',
      text: 'Amazon says it will never ask for your personal details outside its own website or app.',
      channels: ['email', 'sms', 'call'],
      source: SRC.ukHelp,
    },
    {
      topic: 'personal-info',
      text: 'Amazon says it does not send surprise emails asking for your Social Security or tax number. Nor for your bank account, or answers to security questions.',
      channels: ['email'],
      source: SRC.usOldHelp,
    },
    {
      topic: 'pay-outside',
      text: 'Amazon says it never asks you to pay outside its website. That includes bank transfers and emailing card details.',
      channels: ['email', 'sms', 'call'],
      source: SRC.ukHelp,
    },
    {
      topic: 'card-details',
      text: 'Amazon says it does not send unsolicited emails asking for your card details.',
      channels: ['email'],
      source: SRC.usOldHelp,
    },
    {
      topic: 'card-details',
      text: 'Amazon has said it will not ask for payment information over the phone.',
      channels: ['call'],
      source: SRC.newsletter2023,
    },
    {
      topic: 'password',
      text: 'Amazon says it does not send unsolicited emails asking for your password.',
      channels: ['email', 'sms'],
      source: SRC.usOldHelp,
    },
    {
      topic: 'password',
      text: 'Amazon has said it will never ask you to share your password over the phone.',
      channels: ['call'],
      source: SRC.lincsAlert,
    },
    {
      topic: 'one-time-code',
      text: 'Amazon has said it will never ask for the one-time code you use to sign in, not even by phone.',
      channels: ['call', 'sms', 'email'],
      source: SRC.lincsAlert,
    },
    {
      topic: 'install-software',
      text: 'Amazon says an email or text with attachments, or asking you to install software, is not from Amazon.',
      channels: ['email', 'sms'],
      source: SRC.identifyScam,
    },
    {
      topic: 'install-software',
      text: 'Amazon has said it will not ask you to install an app or software to get a refund or help.',
      channels: ['call'],
      source: SRC.newsletter2023,
    },
    {
      topic: 'remote-access',
      text: 'Amazon has said its customer service will not ask you to install software that lets someone into your device. Not for a refund, and not for help.',
      channels: ['call', 'email', 'sms'],
      source: SRC.newsletter2023,
    },
    {
      topic: 'gift-cards',
      text: 'Amazon says it is a sign of a scam if you are asked to pay with gift cards. Or to share a gift card number, claim code or PIN.',
      channels: ['email', 'sms', 'call'],
      source: SRC.identifyScam,
    },
    {
      topic: 'gift-cards',
      text: 'Amazon has said it will never ask you to buy a gift card. No real sale needs to be paid with gift cards.',
      channels: ['email', 'sms', 'call'],
      source: SRC.giftCardScams,
    },
    {
      topic: 'wire-transfer',
      text: 'Amazon says a real purchase never happens off its website. So Amazon does not back a "seller" who asks for a wire transfer or a money transfer service.',
      channels: ['email', 'sms', 'call'],
      source: SRC.sellerOffSite,
    },
    {
      topic: 'pressure',
      text: 'Amazon says pressure to act right away is a sign of a scam that pretends to be Amazon.',
      channels: ['email', 'sms', 'call'],
      source: SRC.identifyScam,
    },
    {
      topic: 'attachments',
      text: 'Amazon says the emails that confirm your orders never have attachments.',
      channels: ['email'],
      source: SRC.ukHelp,
    },
    {
      topic: 'ip-links',
      text: 'Amazon says its emails never have links to a bare IP address (numbers) instead of an Amazon web address.',
      channels: ['email'],
      source: SRC.identifyScam,
    },
    {
      topic: 'lookalike-links',
      text: 'Amazon says its real websites are its store domains, or names that end in them (a dot right before "amazon.com"). They are never look-alike addresses.',
      channels: ['email', 'sms'],
      source: SRC.identifyScam,
    },
    {
      topic: 'update-payment',
      text: 'Amazon says: if Your Orders or Your Account does not ask you to update a payment method, a message that does is fake.',
      channels: ['email', 'sms', 'call'],
      source: SRC.identifyScam,
    },
    {
      topic: 'prize-contest',
      text: 'Amazon has said it runs no contests you must pay to enter. It does not phone people about contests or offers.',
      channels: ['call', 'sms', 'email'],
      source: SRC.contestsIndia,
    },
    {
      topic: 'unsolicited-call',
      // FTC guidance (militaryconsumer.gov), so the text names the FTC and says only what it says.
      text: 'The FTC warns that a call or text about a strange Amazon purchase is a scam. Caller ID can be faked. Check by logging in to the Amazon website or app yourself.',
      channels: ['call', 'sms'],
      source: SRC.ftcAmazonCall,
    },
    {
      topic: 'sender-domain',
      text: 'Amazon says real Amazon.com emails come from an address ending in amazon.com; country stores use their own domain. Mail whose Reply-To or Return-Path is not Amazon is not from Amazon.',
      channels: ['email'],
      source: SRC.usHeadersHelp,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links, buttons or phone numbers in the email.' },
      { text: 'Open the Amazon app, or type amazon.com (or your country’s Amazon address) yourself.', url: 'https://www.amazon.com' },
      { text: 'Look in Your Orders: if the order in the email is not there, the email is not from Amazon.' },
      { text: 'Look in Message Center in your account: it lists the messages Amazon really sent you.' },
    ],
    sms: [
      { text: 'Do not tap the link or reply to the text.' },
      { text: 'Open the Amazon app, or type amazon.com (or your country’s Amazon address) yourself.', url: 'https://www.amazon.com' },
      { text: 'Check Your Orders and Message Center: if the order or the message is not there, it did not come from Amazon.' },
    ],
    call: [
      { text: 'Hang up. Caller ID can be faked, and Amazon tells people to end suspicious calls.' },
      { text: 'Do not call back a number from the call, a voicemail or a text.' },
      { text: 'Open the Amazon app or website and check Your Orders yourself.' },
      { text: 'If you need Amazon, use Contact Us in the app or on the website; it offers a chat or asks Amazon to call you back.' },
    ],
  },
  afterEngagement: {
    received: [
      'Check Your Orders and Message Center in the Amazon app or website; if the order or message is not there, it was not Amazon.',
      'Report it at amazon.com/reportascam or by email to reportascam@amazon.com.',
    ],
    'clicked-link': [
      'Close the page without signing in or typing anything.',
      'If you signed in or typed card details there, follow the steps below for that.',
    ],
    'entered-password': [
      'Change your Amazon password now through Password Assistance in the app or on the website, and anywhere else you used it.',
      'Sign out of all devices from Login & security, then turn on 2-Step Verification or add a passkey.',
      'Look at Your Orders, payment methods, addresses and sign-in activity. Look for anything you did not do.',
    ],
    'shared-code': [
      'Change your Amazon password now and sign out of all devices from Login & security.',
      'Check Your Orders, payment methods, addresses and Message Center for changes you did not make.',
      'Turn on 2-Step Verification or add a passkey if it is not on already.',
    ],
    'shared-card': [
      'Call your bank or card issuer on the number on your card and ask them to block it.',
      'Then remove that card from Your Payments on Amazon and add the new one when it arrives.',
    ],
    'shared-bank': [
      'Call your bank on a number you know and tell them what you shared.',
      'Check Your Payments on Amazon for bank accounts you did not add.',
    ],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Amazon password and sign out of all devices.',
      'Run a virus scan and update the device’s system. Do this before you use it to bank or shop.',
    ],
    'paid-gift-card': [
      'Contact Amazon customer service through the app or website at once and give them the claim codes; keep the cards and receipts.',
      'Report it at amazon.com/reportascam.',
    ],
    'sent-money': [
      'Call your bank or the payment service now and ask them to stop or reverse the payment.',
      'Tell Amazon through Contact Us in the app or website if the person claimed to be Amazon.',
    ],
    'shared-identity': [
      'Change your Amazon password and check Login & security for devices and sign-ins you do not recognise.',
      'Watch Your Orders and payment methods for activity you did not make.',
    ],
  },
  hardening: [
    { text: 'Turn on 2-Step Verification or add a passkey in Login & security.' },
    { text: 'Use a password for Amazon that you use nowhere else.' },
    { text: 'When a message worries you, check Your Orders and Message Center instead of using its links.' },
    { text: 'Keep your device’s system and virus scanner up to date. Install software only from places you trust.' },
  ],
  report: [
    {
      name: 'Amazon scam report form',
      how: 'Report the suspicious call, text, email or web page on Amazon’s scam report form.',
      kind: 'web',
      address: 'https://www.amazon.com/reportascam',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.trustworthy,
    },
    {
      name: 'Amazon UK scam report form',
      how: 'Report the suspicious call, text, email or web page on Amazon UK’s scam report form.',
      kind: 'web',
      address: 'https://www.amazon.co.uk/reportascam',
      channels: ['email', 'sms', 'call'],
      country: 'GB',
      source: SRC.trustworthyUk,
    },
    {
      name: 'Amazon scam reports by email',
      how: 'Email the details to Amazon; this works even if you are not an Amazon customer.',
      kind: 'email',
      address: 'reportascam@amazon.com',
      channels: ['email', 'sms', 'call'],
      country: null,
      source: SRC.trustworthy,
    },
    {
      // Older channel, still listed on Amazon and AWS pages; offered after reportascam.
      name: 'Amazon spoofed-email reports (older address)',
      how: 'Send the email as an attachment. Or paste the web address you doubt into your email.',
      kind: 'email',
      address: 'stop-spoofing@amazon.com',
      channels: ['email', 'sms'],
      country: null,
      source: SRC.usOldHelp,
    },
  ],
  publishedPhones: [
    {
      number: '+18882804331',
      country: 'US',
      confidence: 'unverified',
      note: 'Shown as 1-888-280-4331. Seen in a search snippet and a 2018 news story, not confirmed on amazon.com. Never show it as an official number; send people to Contact Us in the app or website instead.',
      source: SRC.phoneSnippet,
    },
  ],
  giftCardNames: ['Amazon gift card', 'Amazon.com gift card', 'Amazon card'],
  giftCardWords: ['amazon'],
  // Amazon Web Services: S3 buckets, CloudFront, SES and AWS sign-in pages host anyone's content.
  userContentDomains: ['amazonaws.com', 'amazonses.com', 'cloudfront.net', 'awsapps.com'],
  // Image and ad servers and short links on Amazon's own pages (Majestic top 15k).
  infrastructureDomains: ['media-amazon.com', 'ssl-images-amazon.com', 'amazon-adsystem.com', 'amzn.to', 'amzn.eu', 'amzn.asia', 'a.co'],
  brandTlds: ['amazon'],
  // Order numbers are 3-7-7 digits (112-1234567-1234567); digital orders start with D01.
  orderNumberFormats: ['(?:\\d{3}|D\\d{2})-\\d{7}-\\d{7}'],
  sources: [
    SRC.ukHelp,
    SRC.usOldHelp,
    SRC.usHeadersHelp,
    SRC.identifyScam,
    SRC.sellerOffSite,
    SRC.protectSystem,
    SRC.trustworthy,
    SRC.trustworthyUk,
    SRC.awsReport,
    SRC.sellerMail,
    SRC.globalSelling,
    SRC.gsCn,
    SRC.sublime,
    SRC.scamAdviser,
    { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED },
  ],
} satisfies z.input<typeof BrandPack>;
