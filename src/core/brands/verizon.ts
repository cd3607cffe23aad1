import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement, ftcVerificationCodeStatement } from './jurisdictions.js';

// Verizon brand pack. Facts from Verizon's phishing and fraud pages; the 7726 route as reported by
// the press. Statements are paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  phishing: { url: 'https://www.verizon.com/about/privacy/account-security/phishing', type: 'official', checked: CHECKED },
  fraud: { url: 'https://www.verizon.com/fraud/', type: 'official', checked: CHECKED },
  wirelessFraud: { url: 'https://www.verizonwireless.com/support/phishing-faqs/', type: 'official', checked: CHECKED },
  oldOnline: { url: 'http://business.verizon.net/Security/Detect/PhishingScams.aspx', type: 'official', checked: CHECKED },
  spam7726: { url: 'https://phonearena.com/news/be-on-the-lookout-for-this-scam-targeting-verizon-customers_id140079', type: 'repost', checked: CHECKED },
  // vzw.com and verizonmedia.com as Verizon's are general knowledge.
  domains: { url: 'https://www.verizon.com', type: 'unverified', checked: CHECKED },
} as const;

export const verizon = {
  id: 'verizon',
  name: 'Verizon',
  aliases: ['verizon', 'verizon wireless', 'verizon fios', 'my verizon'],
  domainTokens: ['verizon'],
  // verizon.net was Verizon's ISP mail domain: its addresses belong to customers, so it is a web
  // domain here, never a sender domain.
  officialWebDomains: ['verizon.com', 'verizonwireless.com', 'verizon.net', 'vzw.com', 'verizonmedia.com'],
  officialSenderDomains: ['verizon.com', 'verizonwireless.com', 'vzw.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'Verizon’s phishing page says real firms never ask for personal details by email or text.',
      channels: ['email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'prize-contest',
      text: 'Verizon says: check an offer, such as a bill credit, with the company before you sign in to accept it.',
      channels: ['email', 'sms'],
      source: SRC.fraud,
    },
    ftcVerificationCodeStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or attachments; open a new browser window and type verizon.com yourself.', url: 'https://www.verizon.com' },
      { text: 'Sign in to My Verizon to see your real bill and any account notices.' },
    ],
    sms: [
      { text: 'Do not tap the link; check your account in the My Verizon app or at verizon.com.', url: 'https://www.verizon.com' },
    ],
    call: [
      { text: 'Hang up, even if the caller says your service will be cut off; call Verizon on the number on your bill or from My Verizon.' },
      { text: 'Never give a caller your account PIN or a one-time code.' },
    ],
  },
  afterEngagement: {
    received: ['Forward the text to 7726 (SPAM), then delete it.', 'Check My Verizon yourself for any real notice.'],
    'clicked-link': ['Close the page without typing anything; if you signed in there, follow the steps for that below.'],
    'entered-password': [
      'Change your My Verizon password now and anywhere else you used it.',
      'Change your account PIN and check for orders, upgrades or number transfers you did not make.',
    ],
    'shared-code': [
      'Call Verizon at once from the number on your bill: a shared code can let someone order devices or move your number.',
      'Change your My Verizon password and account PIN.',
    ],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and remove the app that let them in. Then change your My Verizon password from another device.'],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number; Verizon bills are never paid with gift cards.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': [
      'If someone opened Verizon service in your name, file a claim through Verizon’s fraud page (verizon.com/fraud).',
      'Get a recovery plan at IdentityTheft.gov.',
    ],
  },
  hardening: [
    { text: 'Set an account PIN and turn on Number Lock in My Verizon so your number cannot be moved without you.' },
    { text: 'Shred papers with your account or Social Security number, as Verizon’s fraud page advises.', url: 'https://www.verizon.com/fraud/' },
  ],
  report: [
    {
      name: 'Forward spam texts to Verizon (7726)',
      how: 'Copy or forward the spam text to 7726 (SPAM) so Verizon can trace and block the sender.',
      kind: 'sms',
      address: '7726',
      channels: ['sms', 'call'],
      country: 'US',
      source: SRC.spam7726,
    },
    {
      name: 'Verizon identity-theft claim',
      how: 'If Verizon, Verizon Wireless or Fios service was opened in your name, file a claim online on Verizon’s fraud page.',
      kind: 'web',
      address: 'https://www.verizon.com/fraud/',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.fraud,
    },
  ],
  giftCardNames: [],
  sources: [SRC.phishing, SRC.fraud, SRC.wirelessFraud, SRC.oldOnline, SRC.spam7726, SRC.domains],
} satisfies z.input<typeof BrandPack>;
