import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// Netflix brand pack. Facts from Netflix's own help page on phishing emails and texts; statements
// are paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  phishing: { url: 'https://help.netflix.com/en/node/65674', type: 'official', checked: CHECKED },
  // The FTC's consumer tip on a Netflix phishing email, as reposted by a county office.
  ftcTip: { url: 'https://kevinjrooney.com/consumer-alert-netflix-phishing/?share=linkedin', type: 'repost', checked: CHECKED },
  // netflix.com as Netflix's website and sender domain is general knowledge; the help page names
  // phishing@netflix.com but the stored copy lists no sender domains.
  domains: { url: 'https://www.netflix.com', type: 'unverified', checked: CHECKED },
} as const;

export const netflix = {
  id: 'netflix',
  name: 'Netflix',
  aliases: ['netflix', 'netflix.com'],
  // "nflx" is left out: Netflix's own CDN hosts (nflxvideo.net, nflximg.net) would read as lookalikes.
  domainTokens: ['netflix'],
  officialWebDomains: ['netflix.com'],
  officialSenderDomains: ['netflix.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'Netflix says it will never ask you to share personal information in a text or email.',
      channels: ['email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'card-details',
      text: 'Netflix says it will never ask for your card number or your bank account details in a text or email.',
      channels: ['email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'password',
      text: 'Netflix says it will never ask for your Netflix password in a text or email.',
      channels: ['email', 'sms'],
      source: SRC.phishing,
    },
    {
      topic: 'pay-outside',
      text: 'Netflix says it will never ask you to pay through a third-party vendor or website.',
      channels: ['email', 'sms', 'call'],
      source: SRC.phishing,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or attachments in the email.' },
      { text: 'Open the Netflix app or type netflix.com yourself and check Account for any payment problem.', url: 'https://www.netflix.com' },
    ],
    sms: [
      { text: 'Do not tap the link or reply to the text.' },
      { text: 'Open the Netflix app or type netflix.com yourself and check Account for any payment problem.', url: 'https://www.netflix.com' },
    ],
    call: [
      { text: 'Hang up; do not give card details or your password to a caller.' },
      { text: 'Check your membership yourself in the Netflix app or at netflix.com.', url: 'https://www.netflix.com' },
    ],
  },
  afterEngagement: {
    received: ['Forward the email or text to phishing@netflix.com, then delete it.', 'Check Account in the Netflix app or at netflix.com yourself.'],
    'clicked-link': ['Close the page without typing anything; if you typed details there, follow the steps for that below.'],
    'entered-password': [
      'Change your Netflix password now to a strong one used nowhere else, from the app or netflix.com.',
      'Change the password on any other site where you used the same email and password.',
      'Use Sign out of all devices in your Netflix account settings.',
    ],
    'shared-code': ['Change your Netflix password and sign out of all devices from your account settings.'],
    'shared-card': ['Call your bank or card issuer on the number on your card and tell them the card may be compromised.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared on the fake Netflix page.'],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your Netflix password and sign out of all devices.',
    ],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number; keep the card and receipt.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment; Netflix only bills through your account.'],
    'shared-identity': ['Watch your bank and card statements, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Use a Netflix password you use nowhere else.' },
    { text: 'Check billing problems only in the app or at netflix.com, never through a message link.', url: 'https://www.netflix.com' },
  ],
  report: [
    {
      name: 'Netflix phishing reports',
      how: 'Forward the suspicious email or text to Netflix, or email it the link of a fake Netflix site or app.',
      kind: 'email',
      address: 'phishing@netflix.com',
      channels: ['email', 'sms'],
      country: null,
      source: SRC.phishing,
    },
  ],
  giftCardNames: ['Netflix gift card'],
  giftCardWords: ['netflix'],
  sources: [SRC.phishing, SRC.ftcTip, SRC.domains],
} satisfies z.input<typeof BrandPack>;
