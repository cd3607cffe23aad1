import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// NTT docomo (ドコモ, d ACCOUNT, d CARD). Facts from docomo's own pages; statements are paraphrased.

const SRC = {
  dcard: { url: 'https://dcard.docomo.ne.jp/st/anti_phishing/index.html', type: 'official', checked: JP_CHECKED },
  ahamo: { url: 'https://faq.ahamo.com/faq/show/943', type: 'official', checked: JP_CHECKED },
  // The press on docomo's notice about d ACCOUNT suspension mails.
  mynavi: { url: 'https://news.mynavi.jp/article/20210709-1918619/', type: 'repost', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'docomo', site: 'https://www.docomo.ne.jp', app: 'the My docomo app', account: 'your d ACCOUNT' };

export const docomo = {
  id: 'docomo',
  name: 'NTT docomo',
  aliases: ['docomo', 'ntt docomo', 'my docomo', 'dアカウント', 'dカード', 'ドコモ'],
  domainTokens: ['docomo', 'nttdocomo'],
  officialWebDomains: ['docomo.ne.jp', 'nttdocomo.co.jp', 'ahamo.com'],
  officialSenderDomains: ['docomo.ne.jp'],
  statements: [
    {
      topic: 'card-details',
      text: 'docomo says its notices never ask you to enter your 16-digit credit card number.',
      channels: ['sms', 'email'],
      source: SRC.dcard,
    },
    {
      topic: 'sender-domain',
      text: 'docomo has said that notices of a d ACCOUNT suspension reach its line customers only by +Message or SMS. Others get them only by email from wdy.docomo.ne.jp.',
      channels: ['sms', 'email'],
      source: SRC.mynavi,
    },
    {
      topic: 'lookalike-links',
      text: 'docomo warns that fake docomo mails link to sites that have nothing to do with docomo. Those sites ask for your d ACCOUNT ID and password, or card and bank details; do not open the links.',
      channels: ['email', 'sms'],
      source: SRC.ahamo,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.dcard, SRC.ahamo, SRC.mynavi, SRC.council],
} satisfies z.input<typeof BrandPack>;
