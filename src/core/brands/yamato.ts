import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// Yamato Transport (ヤマト運輸, Kuroneko). Yamato's notice (yamato-hd.co.jp/important/info_181212.html)
// was read in reposts by the press, so those are the sources; statements are paraphrased.

const SRC = {
  logiToday: { url: 'https://www.logi-today.com/379628', type: 'repost', checked: JP_CHECKED },
  newsPic: { url: 'https://news-pic.com/news/it/article-56020', type: 'repost', checked: JP_CHECKED },
  notice: { url: 'https://www.yamato-hd.co.jp/important/info_181212.html', type: 'unverified', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'Yamato Transport', site: 'https://www.kuronekoyamato.co.jp', app: 'the Yamato Transport app', account: 'your parcel (tracking number) or Kuroneko Members account' };

export const yamato = {
  id: 'yamato',
  name: 'Yamato Transport (Kuroneko)',
  aliases: ['yamato transport', 'kuroneko yamato', 'ヤマト運輸', 'クロネコヤマト', '宅急便'],
  domainTokens: ['kuronekoyamato', 'kuroneko', 'yamato'],
  officialWebDomains: ['kuronekoyamato.co.jp', 'yamato-hd.co.jp'],
  officialSenderDomains: ['kuronekoyamato.co.jp', 'yamato-hd.co.jp'],
  statements: [
    {
      topic: 'lookalike-links',
      text: 'Yamato Transport has said it does not text you about a missed delivery or a delivery date. The links in its notices do not use .com (or .top) domains.',
      channels: ['sms', 'email'],
      source: SRC.logiToday,
    },
    {
      topic: 'one-time-code',
      text: 'Yamato Transport has said it never asks for a security code over the phone.',
      channels: ['call'],
      source: SRC.newsPic,
    },
    {
      topic: 'card-details',
      text: 'Yamato Transport has said it never charges you for changing the delivery time or for a redelivery. So a page asking for card details for that is fake.',
      channels: ['sms', 'email'],
      source: SRC.newsPic,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.logiToday, SRC.newsPic, SRC.notice, SRC.council],
} satisfies z.input<typeof BrandPack>;
