import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// Japan Post (日本郵便, 日本郵政, JP POST). Japan Post's notice
// (post.japanpost.jp/notification/notice/fraud-mail.html) was read as quoted by other pages, so
// those are the sources; statements are paraphrased.

const SRC = {
  quoted: { url: 'https://koregasiritai.com/sokutatsu-jp-mail', type: 'repost', checked: JP_CHECKED },
  press2016: { url: 'https://christiantoday.co.jp/articles/19599/20160304/japan-post-spam-email.htm', type: 'repost', checked: JP_CHECKED },
  notice: { url: 'https://www.post.japanpost.jp/notification/notice/fraud-mail.html', type: 'unverified', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'Japan Post', site: 'https://www.post.japanpost.jp', account: 'your item (tracking number) on Japan Post’s tracking page' };

export const japanPost = {
  id: 'japan-post',
  name: 'Japan Post',
  aliases: ['japan post', 'jp post', 'japanpost', '日本郵便', '日本郵政', 'ゆうパック', 'ゆうちょ'],
  // "jppost" is left out: one letter from jpost.com (The Jerusalem Post).
  domainTokens: ['japanpost', 'japan-post', 'yuubin', 'yubin', 'jpbank'],
  officialWebDomains: ['japanpost.jp'],
  officialSenderDomains: ['japanpost.jp'],
  statements: [
    {
      topic: 'lookalike-links',
      text: 'Japan Post has said it does not send missed-delivery notices by text message. The web addresses it uses never end in .com, .net or .top.',
      channels: ['sms', 'email'],
      source: SRC.quoted,
    },
    {
      topic: 'attachments',
      text: 'Japan Post has said it does not email re-delivery notices with a waybill to print attached. Such files can carry malware.',
      channels: ['email'],
      source: SRC.press2016,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.quoted, SRC.press2016, SRC.notice, SRC.council],
} satisfies z.input<typeof BrandPack>;
