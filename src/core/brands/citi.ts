import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { FTC_IMPOSTER_HUB, ftcNoCryptoStatement } from './jurisdictions.js';

// Citi (Citibank) brand pack. Facts from Citi's own US scam-alert and email-fraud pages, and its
// Indian page for the India-specific statement (found through the stored-pages search, checked
// 2026-12-07). Statements are paraphrased. "citi" is a safe alias (word-bounded, so "city" does not
// match) but a poor domain token ("cities"), so the tokens are the longer brand names.

const CHECKED = '2026-12-07';

const SRC = {
  scamAlert: { url: 'https://online.citi.com/US/JRS/pands/detail.do?ID=ScamAlert', type: 'official', checked: CHECKED },
  emailFraud: { url: 'https://online.citibank.com/US/JRS/pands/detail.do?ID=EmailFraud', type: 'official', checked: CHECKED },
  india: {
    url: 'https://www.online.citibank.co.in/portal/newgen/mailer/Oct15/Phishing-Vishing-Smishing-mailer-Portal.htm',
    type: 'official',
    checked: CHECKED,
  },
  // urlscan.io scan: www.citi.com/fraudprevention lands on citicards.citi.com (Zelle, wire and
  // remote-access scam warnings).
  fraudPrevention: { url: 'https://staging.urlscan.io/result/8e533bb2-406e-4797-a077-ad1e79a668b8/content', type: 'practitioner', checked: CHECKED },
  // A reposted Citi scam alert listing whom never to wire or Zelle money to.
  zelleCopy: { url: 'https://zigmaforce.com/all/scam-alert-scammers-encouraging-wire-transfers-and-zelle-payments/', type: 'repost', checked: CHECKED },
  // citigroup.com is the parent company's site by general knowledge; no stored page says so.
  citigroup: { url: 'https://www.citigroup.com', type: 'unverified', checked: CHECKED },
} as const;

export const citi = {
  id: 'citi',
  name: 'Citi',
  aliases: ['citi', 'citibank', 'citi bank', 'citigroup', 'citicards', 'citi cards', 'citi alert', 'citi alerts'],
  domainTokens: ['citibank', 'citigroup', 'citicards'],
  officialWebDomains: ['citi.com', 'citibank.com', 'citibank.co.in', 'citigroup.com'],
  officialSenderDomains: ['citi.com', 'citibank.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'Citi says its fraud team contacts customers only to check odd activity or requests. Do not reply to a suspicious email, text or call. Do not use its contact details.',
      channels: ['email', 'sms', 'call'],
      source: SRC.scamAlert,
    },
    {
      topic: 'one-time-code',
      text: 'Citibank India says Citibank will never ask for your PIN, OTP, CVV or internet PIN. Not by email, SMS or any phone call.',
      channels: ['email', 'sms', 'call'],
      source: SRC.india,
    },
    {
      topic: 'wire-transfer',
      text: 'Citi has said: never wire money or send it with Zelle to anyone who says your account is at risk. Nor to anyone who asks you to send money to yourself.',
      channels: ['email', 'sms', 'call'],
      source: SRC.zelleCopy,
    },
    {
      topic: 'sender-domain',
      text: 'Citi says its real emails have an Email Security Zone. It shows your first and last name and the last four digits of your card or account number.',
      channels: ['email'],
      source: SRC.emailFraud,
    },
    {
      topic: 'pressure',
      text: 'Citi says pressure to act fast is a sign of a spoof email. An example is a warning that your account will be closed if you do not respond.',
      channels: ['email', 'sms'],
      source: SRC.emailFraud,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not reply or use any link or contact detail in the email.' },
      { text: 'A real Citi email shows your name and the last four digits of your card or account in its Email Security Zone.' },
      { text: 'Check at citi.com or in the Citi Mobile app, or call the number on the back of your card.', url: 'https://www.citi.com' },
    ],
    sms: [
      { text: 'Do not reply, tap the link or call a number from the text.' },
      { text: 'Check at citi.com or in the Citi Mobile app, or call the number on the back of your card.', url: 'https://www.citi.com' },
    ],
    call: [
      { text: 'Hang up and do not use any number the caller gives.' },
      { text: 'Call the number on the back of your card, or check in the Citi Mobile app.' },
    ],
  },
  afterEngagement: {
    received: [
      'Forward the email to spoof@citi.com.',
      'Check your accounts at citi.com, typed yourself, or in the Citi Mobile app.',
    ],
    'clicked-link': [
      'Close the page without signing on or typing anything.',
      'If you signed on or typed details there, follow the steps below. Call the number on the back of your card.',
    ],
    'entered-password': [
      'Change your Citi password at citi.com, typed yourself, or in the app, and anywhere else you used it.',
      'Call the number on the back of your card and tell Citi what you entered.',
    ],
    'shared-code': [
      'Call the number on the back of your card now: a shared code can let someone sign on or approve a payment.',
      'Change your password and check recent activity.',
    ],
    'shared-card': [
      'Call the number on the back of your card to lock and replace it.',
      'Check your statements for charges you did not make.',
    ],
    'shared-bank': [
      'Call Citi on the number on the back of your card or on your statement. Tell them what you shared.',
      'Keep a close eye on your account’s activity and alerts.',
    ],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Citi password and call the number on the back of your card.',
    ],
    'paid-gift-card': [
      'Contact the company that issued the gift card at once with the card number, and keep the card and receipt.',
      'If you paid with a Citi card, call the number on the back of it.',
    ],
    'sent-money': [
      'Call Citi at once on the number on the back of your card. Ask them to stop or recall the wire or Zelle payment.',
      'Report it at ReportFraud.ftc.gov as well.',
    ],
    'shared-identity': [
      'Tell Citi on the number on the back of your card and keep your contact information current at citi.com.',
      'Get a recovery plan at IdentityTheft.gov.',
    ],
  },
  hardening: [
    { text: 'Keep your phone number and email current with Citi so its fraud team can reach you.' },
    { text: 'Turn on 2-step sign-in, and use a strong password that you use nowhere else.' },
  ],
  report: [
    {
      name: 'Citi spoof email reports',
      how: 'Forward the email to Citi.',
      kind: 'email',
      address: 'spoof@citi.com',
      channels: ['email'],
      country: 'US',
      source: SRC.scamAlert,
    },
  ],
  sources: [SRC.scamAlert, SRC.emailFraud, SRC.india, SRC.fraudPrevention, SRC.zelleCopy, SRC.citigroup, { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED }],
} satisfies z.input<typeof BrandPack>;
