import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// Eki-net (えきねっと, JR East's ticket booking site). Eki-net's FAQ was read through pages quoting
// it, so those are the sources; statements are paraphrased.

const SRC = {
  // A blog quoting eki-net's FAQ and notice on the automatic-withdrawal mails.
  kabeto: { url: 'https://kabeto.net/2022/03/22/internet_scam_ekinet', type: 'repost', checked: JP_CHECKED },
  faq: { url: 'https://secure.okbiz.jp/eki-net/faq/show/3301', type: 'repost', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'Eki-net', site: 'https://www.eki-net.com', app: 'the Eki-net app', account: 'your Eki-net account' };

export const ekiNet = {
  id: 'eki-net',
  name: 'Eki-net (JR East)',
  aliases: ['eki-net', 'ekinet', 'えきねっと'],
  domainTokens: ['eki-net', 'ekinet', 'eki-net-members'],
  officialWebDomains: ['eki-net.com', 'jreast.co.jp'],
  officialSenderDomains: ['eki-net.com'],
  statements: [
    {
      topic: 'lookalike-links',
      text: 'Eki-net has said it stopped sending advance notice of automatic account withdrawal. Its mail after a withdrawal contains no link: a mail urging you to sign in to keep your account is fake.',
      channels: ['email'],
      source: SRC.kabeto,
    },
    {
      topic: 'pressure',
      text: 'Eki-net’s FAQ lists some mails as fake even when the sender address looks right. They are about account restrictions, anomalies or a coming withdrawal, and push you to sign in by a deadline.',
      channels: ['email'],
      source: SRC.faq,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.kabeto, SRC.faq, SRC.council],
} satisfies z.input<typeof BrandPack>;
