import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// Costco brand pack. Costco's "currently known scams" page was not itself in the stored material;
// its statements are taken from press copies of it, marked as reposts. Paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  // Press copy of Costco's customer-service scam page (never asks for card, SSN, login in an unsolicited message).
  noUnsolicited: { url: 'https://news.repithwin.com/costco-customers-sometimes-face-scammers-posing-as-the-retailer', type: 'repost', checked: CHECKED },
  // Costco's statement that its emails come from @costco.com, as reported.
  senderDomain: {
    url: 'https://en.as.com/latest_news/costco-fake-email-scam-how-to-detect-it-and-what-to-do-if-you-receive-it-n',
    type: 'repost',
    checked: CHECKED,
  },
  // "These offers are not from Costco Wholesale": Costco's list of known scams, as reported.
  knownScams: { url: 'https://techgenix.com/costco-phishing-scams/', type: 'repost', checked: CHECKED },
  // Executive reward certificates are mailed with the renewal notice.
  rewardsByMail: {
    url: 'https://finance.cortemadera.com/camedia.cortemadera/news/read/43374055/exposing_the_top_scams_targeting_costco_shoppers',
    type: 'repost',
    checked: CHECKED,
  },
  ftcTexts: { url: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages', type: 'official', checked: CHECKED },
  // costco.ca, costco.co.uk and costcotravel.com as Costco's are general knowledge.
  domains: { url: 'https://www.costco.com', type: 'unverified', checked: CHECKED },
} as const;

export const costco = {
  id: 'costco',
  name: 'Costco',
  aliases: ['costco', 'costco wholesale', 'costco.com'],
  domainTokens: ['costco'],
  officialWebDomains: ['costco.com', 'costco.ca', 'costco.co.uk', 'costcotravel.com'],
  officialSenderDomains: ['costco.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'Costco has said it never asks for your Social Security number or login in a surprise email or text. Nor for other personal details.',
      channels: ['email', 'sms', 'call'],
      source: SRC.noUnsolicited,
    },
    {
      topic: 'card-details',
      text: 'Costco has said it never asks for your credit card details in a surprise online message.',
      channels: ['email', 'sms'],
      source: SRC.noUnsolicited,
    },
    {
      topic: 'sender-domain',
      text: 'Costco has said its emails come from an address ending in costco.com; anything else is not from Costco.',
      channels: ['email'],
      source: SRC.senderDomain,
    },
    {
      topic: 'prize-contest',
      text: 'Costco has said that surveys, giveaways and “loyalty reward” or free-TV messages in its name are scams, not Costco Wholesale.',
      channels: ['email', 'sms'],
      source: SRC.knownScams,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Check the sender: real Costco email comes from an address ending in costco.com.' },
      { text: 'Do not use the links; type costco.com yourself and sign in to check your membership and orders.', url: 'https://www.costco.com' },
    ],
    sms: [
      { text: 'Do not tap the link; Costco’s prize, survey and reward texts are known scams. Check your membership at costco.com.', url: 'https://www.costco.com' },
    ],
    call: [
      { text: 'Hang up and call Costco Customer Service on the number listed at costco.com, or ask at your warehouse.', url: 'https://www.costco.com' },
    ],
  },
  afterEngagement: {
    received: ['Forward the text to 7726 or report the email as phishing, then delete it.'],
    'clicked-link': ['Close the page without typing anything; a survey that asks for card details or a shipping fee is a scam.'],
    'entered-password': ['Change your costco.com password now, and anywhere else you used it; check your orders and saved cards.'],
    'shared-code': ['Change your costco.com password and check your orders and saved payment methods.'],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it; small “shipping fees” often hide a subscription.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and uninstall the app that let them in. Then change your passwords from another device.'],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number; keep the card and receipt.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': ['Watch your statements and credit reports, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [{ text: 'Check membership, rewards and orders only by signing in at costco.com or in the Costco app.', url: 'https://www.costco.com' }],
  report: [
    {
      name: 'Forward scam texts to 7726',
      how: 'Forward the fake Costco text to 7726 (SPAM) so your carrier can block the sender.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: SRC.ftcTexts,
    },
  ],
  giftCardNames: ['Costco Shop Card', 'Costco gift card'],
  sources: [SRC.noUnsolicited, SRC.senderDomain, SRC.knownScams, SRC.rewardsByMail, SRC.ftcTexts, SRC.domains],
} satisfies z.input<typeof BrandPack>;
