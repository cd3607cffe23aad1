import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// au / KDDI (au ID, au PAY, auかんたん決済). Facts from au's and KDDI's own pages; statements are
// paraphrased, never quoted. "au" alone is not an alias: it is a word in French and an abbreviation
// in English; the packs use the qualified names.

const SRC = {
  au: { url: 'https://www.au.com/support/service/mobile/trouble/forestalling/safety/edification/', type: 'official', checked: JP_CHECKED },
  kddi: { url: 'https://news.kddi.com/important/news/important_20201225898.html', type: 'official', checked: JP_CHECKED },
  kantan: { url: 'https://kantan.auone.jp/service/phishing_scam/', type: 'official', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'au (KDDI)', site: 'https://www.au.com', app: 'the My au app', account: 'your au ID' };

export const auKddi = {
  id: 'au-kddi',
  name: 'au (KDDI)',
  aliases: ['kddi', 'au id', 'au pay', 'au pay card', 'auかんたん決済'],
  domainTokens: ['kddi', 'auone', 'au-id', 'auid', 'aupay', 'au-pay'],
  officialWebDomains: ['au.com', 'kddi.com', 'auone.jp', 'aupay.jp'],
  officialSenderDomains: ['au.com', 'kddi.com', 'auone.jp', 'ezweb.ne.jp'],
  statements: [
    {
      topic: 'lookalike-links',
      text: 'au advises signing in only through its official app or a bookmark, not a link in a text or email. Fake au sites copy the real sign-in page to steal your au ID and password.',
      channels: ['sms', 'email'],
      source: SRC.au,
    },
    {
      topic: 'install-software',
      text: 'KDDI warns that fake notices by text or email may get you to install a malicious app. The app can then send texts at your cost; do not install apps from such links.',
      channels: ['sms', 'email'],
      source: SRC.kddi,
    },
    {
      topic: 'password',
      text: 'KDDI warns of texts and emails posing as carriers, banks and delivery firms. They lead to fake sites that ask for IDs, passwords and PINs; do not enter them there.',
      channels: ['sms', 'email'],
      source: SRC.kddi,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.au, SRC.kddi, SRC.kantan, SRC.council],
} satisfies z.input<typeof BrandPack>;
