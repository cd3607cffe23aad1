import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// The Home Depot brand pack. No Home Depot security page was in the stored material: the sender
// domain comes from a genuine Home Depot email reposted by the press, and the statements are the
// FTC's, named as such. Statements are paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  // A genuine 2014 Home Depot notice (from HomeDepotCustomerCare@email.homedepot.com, naming 1-800-HOMEDEPOT).
  genuineNotice: { url: 'https://www.komando.com/happening-now/281980/receiving-email-from-home-depot-heres-how-to-tell-if-its-legit', type: 'repost', checked: CHECKED },
  ftcGiftCards: { url: 'https://consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams', type: 'official', checked: CHECKED },
  ftcTexts: { url: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages', type: 'official', checked: CHECKED },
  // homedepot.com and homedepot.ca as The Home Depot's are general knowledge.
  domains: { url: 'https://www.homedepot.com', type: 'unverified', checked: CHECKED },
} as const;

export const homeDepot = {
  id: 'home-depot',
  name: 'The Home Depot',
  aliases: ['home depot', 'the home depot', 'homedepot.com'],
  domainTokens: ['homedepot'],
  officialWebDomains: ['homedepot.com', 'homedepot.ca'],
  officialSenderDomains: ['homedepot.com', 'homedepot.ca'],
  statements: [
    {
      topic: 'gift-cards',
      text: 'FTC guidance: gift cards are for gifts, not payments; anyone who demands payment by gift card is a scammer.',
      channels: ['email', 'sms', 'call'],
      source: SRC.ftcGiftCards,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links in the email; type homedepot.com yourself or open The Home Depot app and check your orders.', url: 'https://www.homedepot.com' },
      { text: 'A “survey” or “reward” that asks for card details or a shipping fee is not a Home Depot offer.' },
    ],
    sms: [
      { text: 'Do not tap the link; check orders and offers in The Home Depot app or at homedepot.com.', url: 'https://www.homedepot.com' },
    ],
    call: [
      { text: 'Hang up and call The Home Depot on the number printed on your receipt or order confirmation, or shown at homedepot.com.', url: 'https://www.homedepot.com' },
    ],
  },
  afterEngagement: {
    received: ['Forward the text to 7726 or report the email as phishing, then delete it.'],
    'clicked-link': ['Close the page without typing anything; a “survey” page that asks for card details is a scam.'],
    'entered-password': ['Change your homedepot.com password now, and anywhere else you used it; check your orders and saved cards.'],
    'shared-code': ['Change your homedepot.com password and check your orders, saved cards and addresses for changes.'],
    'shared-card': [
      'Call your card issuer on the number on your card and ask them to block it; small “shipping fees” on fake reward pages often start a subscription.',
      'If it is a Home Depot credit card, call the issuer on the number on the back of the card.',
    ],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and uninstall the app that let them in. Then change your passwords from another device.'],
    'paid-gift-card': ['Call the number on the back of the Home Depot gift card at once. Give them the card number and ask them to freeze it. Keep the card and receipt.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': ['Watch your statements and credit reports, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Check orders and rewards only in The Home Depot app or at homedepot.com.', url: 'https://www.homedepot.com' },
    { text: 'Use a homedepot.com password you use nowhere else.' },
  ],
  report: [
    {
      name: 'Forward scam texts to 7726',
      how: 'Forward the fake Home Depot text to 7726 (SPAM) so your carrier can block the sender.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: SRC.ftcTexts,
    },
  ],
  publishedPhones: [
    {
      number: '+18004663337',
      country: 'US',
      confidence: 'unverified',
      note: '1-800-HOMEDEPOT, named in a genuine Home Depot email as reposted by the press; not confirmed on homedepot.com. Never show it as official; send people to homedepot.com instead.',
      source: SRC.genuineNotice,
    },
  ],
  giftCardNames: ['Home Depot gift card', 'The Home Depot gift card'],
  giftCardWords: ['home depot'],
  sources: [SRC.genuineNotice, SRC.ftcGiftCards, SRC.ftcTexts, SRC.domains],
} satisfies z.input<typeof BrandPack>;
