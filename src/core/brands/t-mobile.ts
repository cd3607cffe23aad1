import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement, ftcVerificationCodeStatement } from './jurisdictions.js';

// T-Mobile (US) brand pack. Facts from T-Mobile's own scams-and-spam support page and its privacy
// team's phishing page. Statements are paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  scamsSpam: { url: 'https://www.t-mobile.com/support/plans-features/help-with-scams-spam-and-fraud', type: 'official', checked: CHECKED },
  phishing: { url: 'https://www.t-mobile.com/responsibility/privacy/fraud-spam/phishing', type: 'official', checked: CHECKED },
  // t-mobile.com is T-Mobile's; metrobyt-mobile.com (its Metro brand) and the t-mo.co short link
  // are general knowledge, not confirmed on a T-Mobile page.
  domains: { url: 'https://www.t-mobile.com', type: 'unverified', checked: CHECKED },
} as const;

export const tMobile = {
  id: 't-mobile',
  name: 'T-Mobile',
  aliases: ['t-mobile', 't mobile', 'metro by t-mobile'],
  // "t-mobile" rather than "tmobile": "tmobile" is one letter from "mobile" (mobile.de is a top site).
  // The lookalike check still matches "tmobile-…" as one edit away from "t-mobile".
  domainTokens: ['t-mobile'],
  officialWebDomains: ['t-mobile.com', 'metrobyt-mobile.com', 't-mo.co'],
  officialSenderDomains: ['t-mobile.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'T-Mobile says it will never send a surprise email that asks you to confirm private details.',
      channels: ['email'],
      source: SRC.phishing,
    },
    ftcVerificationCodeStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not reply, open attachments or use the links in the email.' },
      { text: 'Sign in to the T-Mobile app or type t-mobile.com yourself to check your account and bill.', url: 'https://www.t-mobile.com' },
    ],
    sms: [
      { text: 'Do not tap the link; T-Mobile’s own account texts come from its self-service short codes, not from ordinary 10-digit numbers.' },
      { text: 'Check your account in the T-Mobile app or at t-mobile.com yourself.', url: 'https://www.t-mobile.com' },
    ],
    call: [
      { text: 'Hang up and call T-Mobile back on 611 from your T-Mobile phone or the number on your bill.' },
      { text: 'Never give a caller your account PIN or a one-time code.' },
    ],
  },
  afterEngagement: {
    received: ['Forward the text to 7726 or use Report Junk, then delete it.', 'Check your account in the T-Mobile app or at t-mobile.com.'],
    'clicked-link': ['Close the page without typing anything; if you signed in there, follow the steps for that below.'],
    'entered-password': [
      'Change your T-Mobile ID password now at t-mobile.com, and anywhere else you used it.',
      'Change your account PIN/passcode and check for SIM or number-transfer changes you did not make.',
    ],
    'shared-code': [
      'Call T-Mobile on 611 from your phone at once: a shared code can be used to move your number to another SIM.',
      'Change your T-Mobile ID password and account PIN.',
    ],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and remove the app that let them in. Then change your T-Mobile ID password from another device.'],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number; T-Mobile bills are never paid with gift cards.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': ['Call T-Mobile on 611 and ask for a port-out / SIM protection lock, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Turn on Scam Block and the Scam Shield app, free from T-Mobile.', url: 'https://www.t-mobile.com/support/plans-features/help-with-scams-spam-and-fraud' },
    { text: 'Set an account PIN/passcode and SIM protection so your number cannot be moved without it.' },
  ],
  report: [
    {
      name: 'T-Mobile spam reporting (7726)',
      how: 'Forward the spam text to 7726 (or use Report Junk on iPhone / Report spam in Messages); T-Mobile sends it to its Security Center.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: SRC.scamsSpam,
    },
  ],
  giftCardNames: [],
  sources: [SRC.scamsSpam, SRC.phishing, SRC.domains],
} satisfies z.input<typeof BrandPack>;
