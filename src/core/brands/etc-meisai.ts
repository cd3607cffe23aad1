import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// ETC利用照会サービス (ETC usage lookup, run for the NEXCO expressway companies). The service's notice
// was read as reposted by a highway-related association, so that is the source; statements are
// paraphrased.

const SRC = {
  kbp: { url: 'https://www.kbp.or.jp/%e3%83%95%e3%82%a3%e3%83%83%e3%82%b7%e3%83%b3%e3%82%b0%e3%82%b5%e3%82%a4%e3%83%88%e3%83%bb%e4%b8%8d%e5%af%a9%e3%83%a1%e3%83%bc%e3%83%ab%e3%81%ab%e3%81%94%e6%b3%a8%e6%84%8f%e3%81%8f%e3%81%a0%e3%81%95/', type: 'repost', checked: JP_CHECKED },
  site: { url: 'https://www.etc-meisai.jp', type: 'unverified', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'the ETC usage lookup service', site: 'https://www.etc-meisai.jp', account: 'your ETC usage lookup account' };

export const etcMeisai = {
  id: 'etc-meisai',
  name: 'ETC usage lookup service (ETC利用照会サービス)',
  aliases: ['etc利用照会サービス', 'etcマイレージ', 'etc-meisai'],
  // "etc" alone is an English abbreviation: only the service's own name counts.
  domainTokens: ['etc-meisai', 'etcmeisai', 'etc-mileage'],
  officialWebDomains: ['etc-meisai.jp', 'smile-etc.jp'],
  officialSenderDomains: ['etc-meisai.jp'],
  statements: [
    {
      topic: 'card-details',
      text: 'The ETC usage lookup service says it never asks for your name, address or credit card details in a mail. Nor does it send a link or QR code in a mail to ask for them.',
      channels: ['email', 'sms'],
      source: SRC.kbp,
    },
    {
      topic: 'pressure',
      text: 'The ETC services and NEXCO companies say they never send mails that rush you to act on a website. They charge no yearly fee for the lookup or mileage services.',
      channels: ['email', 'sms'],
      source: SRC.kbp,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.kbp, SRC.site, SRC.council],
} satisfies z.input<typeof BrandPack>;
