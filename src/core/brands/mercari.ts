import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// Mercari (メルカリ, メルペイ). Facts from Mercari's own security page; statements are paraphrased.

const SRC = {
  phishing: { url: 'https://about.mercari.com/security/phishing/', type: 'official', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'Mercari', site: 'https://jp.mercari.com', app: 'the Mercari app', account: 'your Mercari account' };

export const mercari = {
  id: 'mercari',
  name: 'Mercari',
  aliases: ['mercari', 'merpay', 'メルカリ', 'メルペイ'],
  domainTokens: ['mercari', 'merpay'],
  officialWebDomains: ['mercari.com', 'mercari.jp', 'merpay.com'],
  officialSenderDomains: ['mercari.jp', 'mercari.com'],
  statements: [
    {
      topic: 'card-details',
      text: 'Mercari says it never emails you to ask for your credit card or other personal details.',
      channels: ['email'],
      source: SRC.phishing,
    },
    {
      topic: 'lookalike-links',
      text: 'Mercari warns that fake mails show a link that looks like mercari.com but opens another site. That site asks for your password, address, phone and card number; delete such mails and texts unopened.',
      channels: ['email', 'sms'],
      source: SRC.phishing,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.phishing, SRC.council],
} satisfies z.input<typeof BrandPack>;
