import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { FTC_IMPOSTER_HUB, ftcNoCryptoStatement } from './jurisdictions.js';

// Chase (JPMorgan Chase Bank) brand pack. Facts from chase.com security pages found through the
// stored-pages search (checked 2026-12-07), with copies marked as reposts. Statements are
// paraphrased. "Chase" alone is an ordinary English word ("I will chase it up"), so every alias
// qualifies it, and the domain tokens are whole brand names ("chase" would sit inside "purchase").

const CHECKED = '2026-12-07';

const SRC = {
  identifyingFraud: { url: 'https://www.chase.com/snippets/resources/modular/identifying-fraud', type: 'official', checked: CHECKED },
  securityCenter: { url: 'https://beta.chase.com/digital/resources/privacy-security', type: 'official', checked: CHECKED },
  securityTips: {
    url: 'https://chase.com/content/chase-ux/en/structured/module/stickysubheader/personal/security-tips/_jcr_content/module.html',
    type: 'official',
    checked: CHECKED,
  },
  protect: { url: 'https://www.chase.com/digital/resources/privacy-security/security/how-you-can-protect', type: 'official', checked: CHECKED },
  reportFraud: { url: 'https://chase.com/digital/resources/privacy-security/security/report-fraud.html', type: 'official', checked: CHECKED },
  // A copy of Chase's page on phishing (abuse@chase.com, automated reply).
  phishingCopy: { url: 'https://www.onlinethreatalerts.com/article/2020/5/3/chase-bank-text-scam-beware/', type: 'repost', checked: CHECKED },
  // A Chase customer email about scams, posted on a blog.
  scamEmailCopy: { url: 'https://contabproducts.blogspot.com/2022/05/weve-enclosed-info-about-recent-scams.html', type: 'repost', checked: CHECKED },
  // jpmorganchase.com is the parent company's site by general knowledge; no page in the store says so.
  parentDomain: { url: 'https://www.jpmorganchase.com', type: 'unverified', checked: CHECKED },
} as const;

export const chase = {
  id: 'chase',
  name: 'Chase',
  aliases: [
    'chase bank',
    'jpmorgan chase',
    'jp morgan chase',
    'chase.com',
    'chase card',
    'chase sapphire',
    'chase freedom',
    'chase online',
    'chase mobile',
    'chase alert',
    'chase bank alert',
    'chase alerts',
    'chase fraud',
    'chase account',
  ],
  domainTokens: ['chasebank', 'jpmorganchase', 'chaseonline'],
  officialWebDomains: ['chase.com', 'jpmorganchase.com'],
  officialSenderDomains: ['chase.com'],
  statements: [
    {
      topic: 'password',
      text: 'Chase says it will never ask for your PIN or your password over the phone, by text or by email.',
      channels: ['email', 'sms', 'call'],
      source: SRC.identifyingFraud,
    },
    {
      topic: 'wire-transfer',
      text: 'Chase says it will never ask you to send money to yourself to undo fraud or fix a problem.',
      channels: ['email', 'sms', 'call'],
      source: SRC.securityCenter,
    },
    {
      topic: 'wire-transfer',
      text: 'Chase says: a call, text or email from “Chase” asking you to wire or Zelle money to undo fraud is a scam.',
      channels: ['email', 'sms', 'call'],
      source: SRC.securityTips,
    },
    {
      topic: 'one-time-code',
      text: 'Chase has said it will never ask you to give a “specialist” a one-time code, or your username and password.',
      channels: ['email', 'sms', 'call'],
      source: SRC.scamEmailCopy,
    },
    {
      topic: 'pressure',
      text: 'Chase warns that scammers make things sound urgent so you act before you think; being told to act right away can be a sign of a scam.',
      channels: ['email', 'sms', 'call'],
      source: SRC.securityTips,
    },
    {
      topic: 'unsolicited-call',
      text: 'Chase says: if a call seems odd, hang up. Check it was really Chase by calling the number on your statement or the back of your Chase card.',
      channels: ['call'],
      source: SRC.securityTips,
    },
    {
      topic: 'update-payment',
      text: 'Chase has said: do not reply to a message that asks you to confirm or update your account, card or billing details. Nor to one that threatens to close your account.',
      channels: ['email', 'sms', 'call'],
      source: SRC.phishingCopy,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links, attachments or phone numbers in the email.' },
      { text: 'Open the Chase Mobile app, or type chase.com yourself, and check your accounts and secure messages.', url: 'https://www.chase.com' },
      { text: 'Or call the number on the back of your Chase card or on your statement.' },
    ],
    sms: [
      { text: 'Do not tap the link or call a number from the text.' },
      { text: 'Open the Chase Mobile app, or type chase.com yourself, and check your recent activity.', url: 'https://www.chase.com' },
      { text: 'Or call the number on the back of your Chase card or on your statement.' },
    ],
    call: [
      { text: 'Hang up: caller ID can be copied to look like Chase.' },
      { text: 'Call the number on your statement or on the back of your Chase card yourself.' },
      { text: 'Never send money to “yourself”, wire money or read out a code because a caller asks.' },
    ],
  },
  afterEngagement: {
    received: [
      'Forward the email to abuse@chase.com. You will get an automatic reply.',
      'Check your accounts in the Chase Mobile app or at chase.com, typed yourself.',
    ],
    'clicked-link': [
      'Close the page without signing in or typing anything.',
      'If you signed in or typed details there, follow the steps below.',
    ],
    'entered-password': [
      'Change your chase.com username and password now in the app or at chase.com, typed yourself.',
      'Call Chase on 1-800-935-9935 (1-713-262-3300 from outside the US) and tell them what you entered.',
    ],
    'shared-code': [
      'Call Chase on 1-800-935-9935 or the number on your card now: a shared code can let someone sign in or approve a payment.',
      'Change your password and check recent activity, linked devices and Zelle payments.',
    ],
    'shared-card': [
      'Call the number on the back of your Chase card to lock and replace it.',
      'Check your statements for charges you did not make.',
    ],
    'shared-bank': [
      'Call Chase on 1-800-935-9935 and tell them what you shared.',
      'Keep a close eye on your account’s activity and alerts.',
    ],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your chase.com password and call Chase on 1-800-935-9935.',
    ],
    'paid-gift-card': [
      'Contact the company that issued the gift card at once with the card number, and keep the card and receipt.',
      'If you paid with a Chase card, call the number on the back of it.',
    ],
    'sent-money': [
      'Call Chase at once on 1-800-935-9935 and ask them to stop or recall the wire or Zelle payment.',
      'Report it at ReportFraud.ftc.gov as well.',
    ],
    'shared-identity': [
      'Tell Chase on 1-800-935-9935 and check your credit report for accounts you did not open.',
      'Get a recovery plan at IdentityTheft.gov.',
    ],
  },
  hardening: [
    { text: 'Turn on 2-step verification for signing in to chase.com.' },
    { text: 'Set up alerts for any purchase or cash withdrawal over an amount you choose.' },
    { text: 'Keep your contact details up to date and review which devices have signed in to your account.' },
  ],
  report: [
    {
      name: 'Chase phishing reports',
      how: 'Forward the suspicious email to Chase; you get an automated reply that it arrived.',
      kind: 'email',
      address: 'abuse@chase.com',
      channels: ['email'],
      country: 'US',
      source: SRC.phishingCopy,
    },
    {
      name: 'Chase fraud line (personal checking and savings)',
      how: 'If you see an unauthorised charge or think your account was compromised, call Chase (option 8); from outside the US call 1-713-262-3300.',
      kind: 'phone',
      address: '+18009359935',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.reportFraud,
    },
  ],
  publishedPhones: [
    {
      number: '+18009359935',
      country: 'US',
      confidence: 'official',
      note: 'Shown as 1-800-935-9935 (option 8) on Chase’s “How to report fraud” page, for personal checking and savings.',
      source: SRC.reportFraud,
    },
    {
      number: '+17132623300',
      country: 'US',
      confidence: 'official',
      note: 'Shown as 1-713-262-3300 on Chase’s “How to report fraud” page, for calls from outside the US.',
      source: SRC.reportFraud,
    },
  ],
  sources: [
    SRC.identifyingFraud,
    SRC.securityCenter,
    SRC.securityTips,
    SRC.protect,
    SRC.reportFraud,
    SRC.phishingCopy,
    SRC.scamEmailCopy,
    SRC.parentDomain,
    { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED },
  ],
} satisfies z.input<typeof BrandPack>;
