import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement, ftcVerificationCodeStatement } from './jurisdictions.js';

// Google brand pack. Facts from Google's Gmail help page on phishing; Google Play gift-card
// guidance as quoted by the press. Statements are paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  gmailPhishing: { url: 'https://support.google.com/mail/answer/8253?hl=en&ref_topic=3394657', type: 'official', checked: CHECKED },
  // An older copy of Google's help text on a school site ("Google or Gmail will never ask …").
  gmailOld: { url: 'http://www.fallriverschools.org/departments/technology-services/email-safety', type: 'repost', checked: CHECKED },
  // Google Play's gift-card scam help, quoted by the press.
  playGiftCards: { url: 'https://www.the-sun.com/tech/8019569/google-danger-warning-gift-card-scam-signs/', type: 'repost', checked: CHECKED },
  // Google's country search domains, CDN, API and mail hosts are general knowledge; no page listing
  // them was found. Anyone can publish on Sites, Forms, Drive and the user-content hosts.
  domains: { url: 'https://www.google.com', type: 'unverified', checked: CHECKED },
} as const;

// Google Search's country domains (general knowledge). Each is Google's own; listing them keeps
// google.de or google.co.uk from reading as a "google" lookalike.
const COUNTRY_DOMAINS = [
  'google.ac', 'google.ad', 'google.ae', 'google.al', 'google.am', 'google.as', 'google.at', 'google.az', 'google.ba',
  'google.be', 'google.bf', 'google.bg', 'google.bi', 'google.bj', 'google.bs', 'google.bt', 'google.by', 'google.ca',
  'google.cat', 'google.cd', 'google.cf', 'google.cg', 'google.ch', 'google.ci', 'google.cl', 'google.cm', 'google.cn',
  'google.co.ao', 'google.co.bw', 'google.co.ck', 'google.co.cr', 'google.co.id', 'google.co.il', 'google.co.in',
  'google.co.jp', 'google.co.ke', 'google.co.kr', 'google.co.ls', 'google.co.ma', 'google.co.mz', 'google.co.nz',
  'google.co.th', 'google.co.tz', 'google.co.ug', 'google.co.uk', 'google.co.uz', 'google.co.ve', 'google.co.vi',
  'google.co.za', 'google.co.zm', 'google.co.zw', 'google.com.af', 'google.com.ag', 'google.com.ai', 'google.com.ar',
  'google.com.au', 'google.com.bd', 'google.com.bh', 'google.com.bn', 'google.com.bo', 'google.com.br', 'google.com.bz',
  'google.com.co', 'google.com.cu', 'google.com.cy', 'google.com.do', 'google.com.ec', 'google.com.eg', 'google.com.et',
  'google.com.fj', 'google.com.gh', 'google.com.gi', 'google.com.gt', 'google.com.hk', 'google.com.jm', 'google.com.kh',
  'google.com.kw', 'google.com.lb', 'google.com.ly', 'google.com.mm', 'google.com.mt', 'google.com.mx', 'google.com.my',
  'google.com.na', 'google.com.ng', 'google.com.ni', 'google.com.np', 'google.com.om', 'google.com.pa', 'google.com.pe',
  'google.com.pg', 'google.com.ph', 'google.com.pk', 'google.com.pr', 'google.com.py', 'google.com.qa', 'google.com.sa',
  'google.com.sb', 'google.com.sg', 'google.com.sl', 'google.com.sv', 'google.com.tj', 'google.com.tn', 'google.com.tr',
  'google.com.tw', 'google.com.ua', 'google.com.uy', 'google.com.vc', 'google.com.vn', 'google.cv', 'google.cz',
  'google.de', 'google.dj', 'google.dk', 'google.dm', 'google.dz', 'google.ee', 'google.es', 'google.fi', 'google.fm',
  'google.fr', 'google.ga', 'google.ge', 'google.gg', 'google.gl', 'google.gm', 'google.gp', 'google.gr', 'google.gy',
  'google.hn', 'google.hr', 'google.ht', 'google.hu', 'google.ie', 'google.im', 'google.iq', 'google.is', 'google.it',
  'google.je', 'google.jo', 'google.kg', 'google.ki', 'google.kz', 'google.la', 'google.li', 'google.lk', 'google.lt',
  'google.lu', 'google.lv', 'google.md', 'google.me', 'google.mg', 'google.mk', 'google.ml', 'google.mn', 'google.ms',
  'google.mu', 'google.mv', 'google.mw', 'google.ne', 'google.nl', 'google.no', 'google.nr', 'google.nu', 'google.org',
  'google.pl', 'google.pn', 'google.ps', 'google.pt', 'google.ro', 'google.rs', 'google.ru', 'google.rw', 'google.sc',
  'google.se', 'google.sh', 'google.si', 'google.sk', 'google.sm', 'google.sn', 'google.so', 'google.sr', 'google.st',
  'google.td', 'google.tg', 'google.tk', 'google.tl', 'google.tm', 'google.tn', 'google.to', 'google.tt', 'google.vg',
  'google.vu', 'google.ws',
];

export const google = {
  id: 'google',
  name: 'Google',
  // "google" alone is left out: it is a verb ("google it") and the topic of countless genuine
  // messages (2002 mailing lists discuss Google daily; bounces name Google's mail servers). Only
  // account, product and team names count. "gmail" alone is left out too, because every gmail.com
  // address in a text would count as a mention.
  aliases: [
    'google account',
    'google accounts',
    'google play',
    'google pay',
    'google wallet',
    'google security',
    'google support',
    'google team',
    'google workspace',
    'google llc',
    'gmail team',
    'gmail account',
    'gmail support',
    'gmail security',
  ],
  domainTokens: ['google'],
  officialWebDomains: [
    'google.com',
    ...COUNTRY_DOMAINS,
    'googlemail.com',
    'gstatic.com',
    'googleapis.com',
    'googleusercontent.com',
    'googlevideo.com',
    'google-analytics.com',
    'googletagmanager.com',
    'googlesyndication.com',
    'googleadservices.com',
    'googleblog.com',
    'googlegroups.com',
    'googlecode.com',
    'googlepages.com',
    'thinkwithgoogle.com',
    'withgoogle.com',
    'google.dev',
    'g.co',
    'goo.gl',
    'forms.gle',
  ],
  // Anyone can publish on these Google hosts (Sites, Forms, Docs, Drive, Cloud Storage, Blogger
  // images, short links): a link there proves nothing about who sent the message.
  userContentHosts: [
    { host: 'sites.google.com', note: 'Google Sites pages: anyone can make one, and phishers host fake sign-in pages there.', source: SRC.domains },
    { host: 'docs.google.com', note: 'Google Docs and Forms: anyone can share a document or form that asks for passwords or card details.', source: SRC.domains },
    { host: 'drive.google.com', note: 'Google Drive files are shared by anyone, including malware and fake invoices.', source: SRC.domains },
    { host: 'forms.gle', note: 'Short links to Google Forms made by anyone.', source: SRC.domains },
    { host: 'googleusercontent.com', note: 'Content uploaded by Google users (Blogger images, Docs exports, hosted pages).', source: SRC.domains },
    { host: 'storage.googleapis.com', note: 'Google Cloud Storage buckets: anyone can host a page there.', source: SRC.domains },
    { host: 'googlegroups.com', note: 'Google Groups: anyone can run a group or post to one, and its mail is sent through googlegroups.com.', source: SRC.domains },
    { host: 'goo.gl', note: 'Google’s old link shortener, used by anyone.', source: SRC.domains },
    { host: 'googlepages.com', note: 'Old Google Page Creator sites, made by anyone.', source: SRC.domains },
  ],
  officialSenderDomains: ['google.com', 'googlemail.com'],
  statements: [
    {
      topic: 'password',
      text: 'Google says that when you are signed in, its emails will not ask for that account’s password. Go to the site yourself; do not sign in through a link.',
      channels: ['email'],
      source: SRC.gmailPhishing,
    },
    {
      topic: 'personal-info',
      text: 'An older copy of Google’s help says Google and Gmail will never email you to ask for your password. Nor for your Social Security number, bank or card numbers, PINs or birthday.',
      channels: ['email'],
      source: SRC.gmailOld,
    },
    {
      topic: 'gift-cards',
      text: 'Google Play’s help, as the press quoted it, warns about one scam. Someone asks you to buy a Google Play gift card and share its code to pay for something outside Google Play.',
      channels: ['email', 'sms', 'call'],
      source: SRC.playGiftCards,
    },
    ftcVerificationCodeStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not sign in through a link in the email.' },
      { text: 'Check security alerts yourself at myaccount.google.com/notifications or in your Google Account.', url: 'https://myaccount.google.com/notifications' },
    ],
    sms: [
      { text: 'Do not tap the link or reply to the text.' },
      { text: 'Open your Google Account yourself (myaccount.google.com). Check the recent security events there.', url: 'https://myaccount.google.com' },
    ],
    call: [
      { text: 'Hang up; Google does not phone people to fix their account, and never share a Google verification code with a caller.' },
      { text: 'Check your Google Account yourself at myaccount.google.com.', url: 'https://myaccount.google.com' },
    ],
  },
  afterEngagement: {
    received: ['In Gmail, use More > Report phishing on the message.', 'Check the recent security events at myaccount.google.com/notifications.'],
    'clicked-link': ['Close the page without signing in; run a security scan if a file downloaded.'],
    'entered-password': [
      'Change your Google Account password now at myaccount.google.com, and anywhere else you used it.',
      'Run the Security Checkup in your Google Account and sign out devices you do not recognise.',
      'Turn on 2-Step Verification or a passkey.',
    ],
    'shared-code': [
      'Change your Google Account password now and sign out unknown devices in the Security Checkup.',
      'Check your recovery phone and email in your Google Account; scammers change them to keep the account.',
    ],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it; then check payment methods in Google Pay.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Google Account password and run the Security Checkup.',
    ],
    'paid-gift-card': [
      'Report the gift-card scam to Google Play from its help centre at once, with the card codes; keep the cards and receipts.',
      'Report it to the police and the FTC too.',
    ],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': ['Change your Google Account password, run the Security Checkup, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Turn on 2-Step Verification or a passkey for your Google Account.', url: 'https://myaccount.google.com/security' },
    { text: 'Run the Security Checkup now and then.', url: 'https://myaccount.google.com/security-checkup' },
    { text: 'Keep your recovery phone number and email up to date.' },
  ],
  report: [
    {
      name: 'Report phishing in Gmail',
      how: 'Open the message in Gmail, click More (the three dots) next to Reply, then Report phishing.',
      kind: 'in-app',
      address: 'Gmail: More > Report phishing',
      channels: ['email'],
      country: null,
      source: SRC.gmailPhishing,
    },
  ],
  giftCardNames: ['Google Play gift card', 'Google Play card'],
  giftCardWords: ['google play'],
  sources: [SRC.gmailPhishing, SRC.gmailOld, SRC.playGiftCards, SRC.domains],
} satisfies z.input<typeof BrandPack>;
