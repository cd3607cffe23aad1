import type { z } from 'zod';
import type { BrandPack } from './schema.js';

// Evri (formerly Hermes UK). Facts from Evri's own cyber-security pages on evri.com and its old
// myhermes.co.uk domain; the phishing mailbox and the evri.link short-link domain are only on
// third-party pages. Researched 2026-12-07; statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  cyberSecurity: { url: 'https://www.evri.com/cyber-security', type: 'official', checked: CHECKED },
  digitalSecurity: { url: 'https://www.myhermes.co.uk/digital-security', type: 'official', checked: CHECKED },
  // Third-party scam alert that names phishing@evri.com and evri.link.
  alert: { url: 'https://www.onlinethreatalerts.com/article/2026/4/9/evri-text-message-scam', type: 'repost', checked: CHECKED },
  which: {
    url: 'https://www.which.co.uk/news/article/evri-hermes-text-delivery-scam-shipping-fee-ahKgx0F8kz9n',
    type: 'repost',
    checked: CHECKED,
  },
} as const;

export const evri = {
  id: 'evri',
  name: 'Evri',
  // "hermes" alone is also a fashion house and a god; only Evri's own names count.
  aliases: ['evri', 'evri.com', 'myhermes'],
  domainTokens: ['evri'],
  // evri.link (tracking short links) is named only by a third-party alert; without it a genuine
  // Evri text would be flagged as a lookalike.
  officialWebDomains: ['evri.com', 'myhermes.co.uk', 'evri.link'],
  officialSenderDomains: ['evri.com'],
  statements: [
    {
      topic: 'lookalike-links',
      text: 'Evri says its text messages only ever carry a tracking link; a text that asks you to change your address or details is not from Evri.',
      channels: ['sms'],
      source: SRC.digitalSecurity,
    },
    {
      topic: 'personal-info',
      text: 'Evri says: to change your personal details, go to evri.com yourself and log in. Do not use a link in a message.',
      channels: ['email', 'sms'],
      source: SRC.digitalSecurity,
    },
    {
      topic: 'sender-domain',
      text: 'Evri says scam messages often come from an address that does not match its usual email style. Sometimes only one letter is off.',
      channels: ['email'],
      source: SRC.cyberSecurity,
    },
    {
      topic: 'pressure',
      text: 'Evri says scam messages and calls often urge you to act fast so that you do not stop to think.',
      channels: ['email', 'sms', 'call'],
      source: SRC.cyberSecurity,
    },
  ],
  verify: {
    email: [
      { text: 'Do not use the links or buttons in the email.' },
      { text: 'Type evri.com yourself, log in or track the parcel with its tracking number.', url: 'https://www.evri.com' },
    ],
    sms: [
      { text: 'Do not tap the link or reply “Y”; Evri texts only ever carry a tracking link and never ask you to change your details.' },
      { text: 'Type evri.com yourself and track the parcel with its tracking number.', url: 'https://www.evri.com' },
    ],
    call: [
      { text: 'Hang up, and do not use a number from the call or a message.' },
      { text: 'Contact Evri through the details on evri.com.', url: 'https://www.evri.com' },
    ],
  },
  afterEngagement: {
    received: ['Track the parcel yourself on evri.com.', 'Email a screenshot of the text to phishing@evri.com, forward it to 7726, then delete it.'],
    'clicked-link': ['Close the page without typing anything. Then run a virus scan on the device.'],
    'entered-password': ['Change your Evri account password on evri.com yourself, and the same password anywhere else you used it.'],
    'shared-code': ['Change the password of the account the code belongs to and check its recent activity; if it was a bank code, call your bank (159).'],
    'shared-card': ['Call your bank on the number on your card (or 159) and ask them to block it; fake redelivery-fee pages keep the card details.'],
    'shared-bank': ['Call your bank on 159 or a number you know, and tell them a fake Evri page took your details.'],
    'remote-access': ['Take the device off the internet, uninstall the app they had you install and run a virus scan.', 'From another device, change your passwords.'],
    'paid-gift-card': ['Contact the company that issued the gift cards at once with the card numbers; keep the receipts.'],
    'sent-money': ['Call your bank (159) now and ask them to stop or recover the payment, then report it to Report Fraud.'],
    'shared-identity': ['Tell your bank, watch your credit file, and report it to Report Fraud.'],
  },
  hardening: [{ text: 'Track Evri parcels on evri.com or in the Evri app, never through a link in a text.', url: 'https://www.evri.com' }],
  report: [
    {
      name: 'Evri phishing reports',
      how: 'Email a screenshot of the suspicious text, or forward the email, to phishing@evri.com.',
      kind: 'email',
      address: 'phishing@evri.com',
      channels: ['email', 'sms'],
      country: 'GB',
      source: SRC.alert,
    },
  ],
  sources: [SRC.cyberSecurity, SRC.digitalSecurity, SRC.alert, SRC.which],
} satisfies z.input<typeof BrandPack>;
