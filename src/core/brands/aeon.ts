import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// AEON Card, AEON Financial Service and AEON Bank (イオンカード, イオン銀行). Facts from AEON's own
// anti-phishing page; statements are paraphrased.

const SRC = {
  phishing: { url: 'https://www.aeon.co.jp/security/anti_phishing/', type: 'official', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'AEON Card', site: 'https://www.aeon.co.jp', app: 'the AEON wallet app', account: 'your AEON Card account' };

export const aeon = {
  id: 'aeon',
  name: 'AEON Card / AEON Bank',
  aliases: ['aeon card', 'aeon bank', 'aeon financial service', 'イオンカード', 'イオン銀行', 'イオンフィナンシャルサービス'],
  // "aeon" alone is left out: an English word (aeon.co is a magazine).
  domainTokens: ['aeoncard', 'aeon-card', 'aeonbank', 'aeon-bank'],
  officialWebDomains: ['aeon.co.jp', 'aeonbank.co.jp', 'aeon.com'],
  officialSenderDomains: ['aeon.co.jp', 'aeonbank.co.jp'],
  statements: [
    {
      topic: 'card-details',
      text: 'AEON says card companies never ask by email for your card number, expiry date or PIN. Nor do they ask you to reply with them.',
      channels: ['email'],
      source: SRC.phishing,
    },
    {
      topic: 'personal-info',
      text: 'AEON asks you to delete a suspicious mail or text in its name without opening it. If you did open its link, enter nothing there.',
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
