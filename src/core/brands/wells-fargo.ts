import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { FTC_IMPOSTER_HUB, ftcNoCryptoStatement } from './jurisdictions.js';

// Wells Fargo brand pack. Facts from Wells Fargo's own phishing and payment-scam pages (found
// through the stored-pages search, checked 2026-12-07). Statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  phish: { url: 'https://www.wellsfargo.com/privacy-security/fraud/report/phish', type: 'official', checked: CHECKED },
  payments: { url: 'http://www.wellsfargo.com/privacy-security/fraud/bank-scams/online-payment-scams/', type: 'official', checked: CHECKED },
} as const;

export const wellsFargo = {
  id: 'wells-fargo',
  name: 'Wells Fargo',
  aliases: ['wells fargo', 'wellsfargo', 'wells-fargo'],
  domainTokens: ['wellsfargo'],
  officialWebDomains: ['wellsfargo.com'],
  officialSenderDomains: ['wellsfargo.com'],
  statements: [
    {
      topic: 'password',
      text: 'Wells Fargo says that when it contacts you, it will not ask for your card PIN or access code. Nor for your online banking username or password.',
      channels: ['email', 'sms', 'call'],
      source: SRC.phish,
    },
    {
      topic: 'one-time-code',
      text: 'Wells Fargo says it will not ask for your access code or other secrets when it emails, texts or calls you.',
      channels: ['email', 'sms', 'call'],
      source: SRC.phish,
    },
    {
      topic: 'sender-domain',
      text: 'Wells Fargo says it texts only from its official short code 935-57 (WELLS). A phishing email’s sender address does not use the Wells Fargo domain.',
      channels: ['sms', 'email'],
      source: SRC.phish,
    },
    {
      topic: 'wire-transfer',
      text: 'Wells Fargo says a Zelle payment is like sending cash: once it reaches an enrolled user, it usually cannot be got back. So use Zelle only with people you know and trust.',
      channels: ['email', 'sms', 'call'],
      source: SRC.payments,
    },
    {
      topic: 'pressure',
      text: 'Wells Fargo says an urgent push to act is a sign of a phishing email. An example is an urgent need to update your details for your security.',
      channels: ['email', 'sms'],
      source: SRC.phish,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or attachments in the email, and do not sign on from a link in it.' },
      { text: 'Open the Wells Fargo Mobile app, or type https://www.wellsfargo.com into your browser, and sign on there.', url: 'https://www.wellsfargo.com' },
    ],
    sms: [
      { text: 'Wells Fargo says it texts only from the short code 935-57 (WELLS); a text from any other number is not Wells Fargo.' },
      { text: 'Do not tap the link; open the Wells Fargo Mobile app or type https://www.wellsfargo.com yourself.', url: 'https://www.wellsfargo.com' },
    ],
    call: [
      { text: 'Hang up if the caller asks for your PIN, access code, username or password.' },
      { text: 'Call the number on the back of your card to check whether the request is real.' },
    ],
  },
  afterEngagement: {
    received: [
      'Forward the email, or send the text as typed text (no screenshots), to reportphish@wellsfargo.com and delete it.',
      'Check your accounts in the Wells Fargo Mobile app or at wellsfargo.com, typed yourself.',
    ],
    'clicked-link': [
      'Did you click a link or open an attachment in a suspicious message? Wells Fargo asks you to call 1-866-867-5568 at once.',
      'Close the page without signing on or typing anything.',
    ],
    'entered-password': [
      'Call Wells Fargo on 1-866-867-5568 at once.',
      'Change your Wells Fargo password in the app or at wellsfargo.com, typed yourself, and anywhere else you used it.',
    ],
    'shared-code': [
      'Call Wells Fargo on 1-866-867-5568 at once: a shared access code can let someone sign on or approve a payment.',
      'Change your password and check recent activity and Zelle payments.',
    ],
    'shared-card': [
      'Call the number on the back of your card to lock and replace it, or call 1-866-867-5568.',
      'Check your statements for charges you did not make.',
    ],
    'shared-bank': [
      'Call Wells Fargo on 1-866-867-5568 and tell them what you shared.',
      'Keep a close eye on your account’s activity and alerts.',
    ],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Wells Fargo password and call 1-866-867-5568.',
    ],
    'paid-gift-card': [
      'Contact the company that issued the gift card at once with the card number, and keep the card and receipt.',
      'If you paid with a Wells Fargo card, call the number on the back of it.',
    ],
    'sent-money': [
      'Call Wells Fargo at once on 1-866-867-5568 or the number on your card. Ask them to stop or recall the payment. A Zelle payment to an enrolled user usually cannot be cancelled.',
      'Report it at ReportFraud.ftc.gov as well.',
    ],
    'shared-identity': [
      'Call Wells Fargo on 1-866-867-5568 and tell them what you shared.',
      'Get a recovery plan at IdentityTheft.gov.',
    ],
  },
  hardening: [
    { text: 'Add Wells Fargo’s short code 935-57 to your contacts so you recognise its real texts.' },
    { text: 'Sign on only through the Wells Fargo Mobile app or by typing wellsfargo.com yourself.' },
    { text: 'Use Zelle only with people you know and trust.' },
  ],
  report: [
    {
      name: 'Wells Fargo phishing reports',
      how: 'Forward the suspicious email, or send the text as typed text (no screenshots), to Wells Fargo, then delete it; you get an automated reply.',
      kind: 'email',
      address: 'reportphish@wellsfargo.com',
      channels: ['email', 'sms'],
      country: 'US',
      source: SRC.phish,
    },
    {
      name: 'Wells Fargo if you responded',
      how: 'Did you click a link, open an attachment, or give personal or money details? Call Wells Fargo at once.',
      kind: 'phone',
      address: '+18668675568',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.phish,
    },
  ],
  publishedPhones: [
    {
      number: '+18668675568',
      country: 'US',
      confidence: 'official',
      note: 'Shown as 1-866-867-5568 on Wells Fargo’s phishing page, for people who clicked, opened or shared something in a suspicious email or text.',
      source: SRC.phish,
    },
  ],
  smsSenders: [{ id: '93557', kind: 'short-code', country: 'US', source: SRC.phish }],
  sources: [SRC.phish, SRC.payments, { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED }],
} satisfies z.input<typeof BrandPack>;
