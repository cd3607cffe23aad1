import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// Sagawa Express (佐川急便). Sagawa's own notice was not in the stored material; the facts come from
// pages describing it, so they are reposts; statements are paraphrased.

const SRC = {
  grape: { url: 'https://grapee.jp/451371', type: 'repost', checked: JP_CHECKED },
  torisedo: { url: 'https://torisedo.com/51774.html', type: 'repost', checked: JP_CHECKED },
  site: { url: 'https://www.sagawa-exp.co.jp', type: 'unverified', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'Sagawa Express', site: 'https://www.sagawa-exp.co.jp', account: 'your parcel (tracking number) or Sagawa Smart Club account' };

export const sagawa = {
  id: 'sagawa',
  name: 'Sagawa Express',
  aliases: ['sagawa', 'sagawa express', '佐川急便', '佐川'],
  domainTokens: ['sagawa', 'sagawa-exp', 'sagawaexp'],
  officialWebDomains: ['sagawa-exp.co.jp'],
  officialSenderDomains: ['sagawa-exp.co.jp'],
  statements: [
    {
      topic: 'lookalike-links',
      text: 'Sagawa Express has warned that texts about a missed delivery with a link are not its own. It does not use text messages to tell customers about parcels. Its site is on sagawa-exp.co.jp, never a .com name.',
      channels: ['sms'],
      source: SRC.torisedo,
    },
    {
      topic: 'attachments',
      text: 'Sagawa Express has warned that the link or file in a fake delivery notice can put malware on your device.',
      channels: ['sms', 'email'],
      source: SRC.grape,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.grape, SRC.torisedo, SRC.site, SRC.council],
} satisfies z.input<typeof BrandPack>;
