import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// Walmart brand pack. Facts from Walmart's corporate fraud-alert and phishing pages; its gift-card
// tips from a copy of the same page, marked as a repost. Statements are paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  phishing: { url: 'http://corporate.walmart.com/privacy-security/fraud-alerts/phishing', type: 'official', checked: CHECKED },
  fraudAlerts: { url: 'http://corporate.walmart.com/privacy-security/fraud-alerts/', type: 'official', checked: CHECKED },
  // A proxied copy of the current fraud-alerts page (gift-card tips, Walmart.org grants).
  fraudAlertsCopy: { url: 'http://222.178.203.72:19005/whst/63/=bnqonqZsdzvZklZqszbnl//privacy-security/fraud-alerts', type: 'repost', checked: CHECKED },
  // walmart.ca and walmartimages.com (Walmart's image host) as Walmart's are general knowledge.
  domains: { url: 'https://www.walmart.com', type: 'unverified', checked: CHECKED },
} as const;

export const walmart = {
  id: 'walmart',
  name: 'Walmart',
  // "sam's club" is a brand of its own; "walmart+" is matched by "walmart".
  aliases: ['walmart', 'wal-mart', 'walmart.com'],
  domainTokens: ['walmart'],
  officialWebDomains: ['walmart.com', 'walmart.ca', 'walmart.org', 'walmartimages.com'],
  officialSenderDomains: ['walmart.com', 'walmart.ca'],
  statements: [
    {
      topic: 'personal-info',
      text: 'Walmart says it will never ask you to email personal details such as your Social Security number or bank details. It does not make surprise calls asking for them.',
      channels: ['email', 'call'],
      source: SRC.phishing,
    },
    {
      topic: 'password',
      text: 'Walmart says it will never ask you to send your password by email.',
      channels: ['email'],
      source: SRC.phishing,
    },
    {
      topic: 'card-details',
      text: 'Walmart says it will never ask you to email card numbers or other money details. Nor will it make a surprise call to ask for them.',
      channels: ['email', 'call'],
      source: SRC.phishing,
    },
    {
      topic: 'update-payment',
      text: 'Walmart says it will never email or call you claiming it has lost your records or is updating them.',
      channels: ['email', 'call'],
      source: SRC.phishing,
    },
    {
      topic: 'attachments',
      text: 'Walmart says it never sends surprise emails with attachments.',
      channels: ['email'],
      source: SRC.phishing,
    },
    {
      topic: 'gift-cards',
      text: 'Walmart has said no government agency or other business takes Walmart gift cards as payment. You will never be asked to pay bills or bail with them.',
      channels: ['email', 'sms', 'call'],
      source: SRC.fraudAlertsCopy,
    },
    {
      topic: 'prize-contest',
      text: 'Walmart has said the Walmart Foundation and Walmart.org do not give money to people. Nor do they text or email people about grants or relief payments.',
      channels: ['email', 'sms'],
      source: SRC.fraudAlertsCopy,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not reply or use the links; type walmart.com yourself or open the Walmart app and check your account and orders.', url: 'https://www.walmart.com' },
    ],
    sms: [
      { text: 'Do not tap the link; check orders and offers in the Walmart app or at walmart.com.', url: 'https://www.walmart.com' },
    ],
    call: [
      { text: 'Hang up; Walmart says it does not make unsolicited calls asking for personal or financial details.' },
      { text: 'Call back on a number you trust: the one on a statement, on the back of your card, or on walmart.com.', url: 'https://www.walmart.com' },
    ],
  },
  afterEngagement: {
    received: ['Forward the text to 7726 or report the email as phishing, then delete it.'],
    'clicked-link': ['Close the page without typing anything; a “survey” or “reward” that asks for card details is a scam.'],
    'entered-password': ['Change your walmart.com password now, and anywhere else you used it; check your orders, saved cards and addresses.'],
    'shared-code': ['Change your walmart.com password and check your orders and saved payment methods.'],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and uninstall the app that let them in. Then change your passwords from another device.'],
    'paid-gift-card': ['Call Walmart gift card support at once on the number on the back of the card. Have the card number ready, and keep the card and receipt.'],
    'sent-money': [
      'Call your bank, or the money-transfer service you used, now and ask them to stop or reverse the payment.',
      'Report it to the FTC, as Walmart’s fraud page advises.',
    ],
    'shared-identity': ['Watch your statements and credit reports, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Treat gift cards like cash: never give a card’s numbers or a photo of its back to someone you do not know.' },
    { text: 'Check a gift card’s balance only at walmart.com or in a store.', url: 'https://www.walmart.com' },
  ],
  report: [
    {
      name: 'FTC (as Walmart advises)',
      how: 'Walmart’s fraud page sends scam victims to the FTC (www.ftc.gov, 1-877-FTC-HELP). Or to the consumer fraud office of their state Attorney General.',
      kind: 'web',
      address: 'https://www.ftc.gov',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.fraudAlerts,
    },
  ],
  giftCardNames: ['Walmart gift card', 'Walmart card'],
  giftCardWords: ['walmart'],
  sources: [SRC.phishing, SRC.fraudAlerts, SRC.fraudAlertsCopy, SRC.domains],
} satisfies z.input<typeof BrandPack>;
