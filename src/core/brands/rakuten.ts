import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// Rakuten (楽天: Rakuten Ichiba, Rakuten Card, Rakuten ID). Facts from Rakuten's own help pages;
// statements are paraphrased, never quoted.

const SRC = {
  phishing: { url: 'https://support.rakuten.com/hc/en-us/articles/215706828-What-is-phishing-and-how-does-it-work-', type: 'official', checked: JP_CHECKED },
  senders: { url: 'https://ichiba.faq.rakuten.net/detail/000013315', type: 'official', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'Rakuten', site: 'https://www.rakuten.co.jp', app: 'the Rakuten app', account: 'your Rakuten ID' };

export const rakuten = {
  id: 'rakuten',
  name: 'Rakuten',
  aliases: ['rakuten', 'rakuten card', 'rakuten ichiba', '楽天', '楽天カード', '楽天市場'],
  domainTokens: ['rakuten', 'rakuten-card', 'rakutencard'],
  // The Ichiba, Card and global sites, and group companies' own sites (bank, securities, the
  // advertising arm, European stores): general knowledge, not from a stored page. Left out, each read
  // as a lookalike of Rakuten (rakuten-bank.co.jp is "brand + keyword").
  officialWebDomains: [
    'rakuten.co.jp',
    'rakuten.com',
    'rakuten.ne.jp',
    'rakuten.net',
    'rakuten-card.co.jp',
    'rakuten-bank.co.jp',
    'rakuten-sec.co.jp',
    'rakutenadvertising.com',
    'rakuten.tv',
    'rakuten.de',
    'rakuten.fr',
    'rakuten.ca',
  ],
  // Rakuten Ichiba lists these sender domains (and their subdomains) on its help page.
  officialSenderDomains: ['rakuten.co.jp', 'rakuten.com', 'rakuten-card.co.jp'],
  statements: [
    {
      topic: 'personal-info',
      text: 'Rakuten says it will never ask by email for personal details for an order. That includes a tax or social security number or your mother’s maiden name.',
      channels: ['email'],
      source: SRC.phishing,
    },
    {
      topic: 'card-details',
      text: 'Rakuten says it will never ask by email for your credit card number, PIN or card security code.',
      channels: ['email'],
      source: SRC.phishing,
    },
    {
      topic: 'password',
      text: 'Rakuten says it will never ask by email for your login ID or password.',
      channels: ['email'],
      source: SRC.phishing,
    },
    {
      topic: 'sender-domain',
      text: 'Rakuten Ichiba lists the domains its mail comes from, among them rakuten.co.jp and account.rakuten.com. It asks you to check the sender address against them.',
      channels: ['email'],
      source: SRC.senders,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.phishing, SRC.senders, SRC.council],
} satisfies z.input<typeof BrandPack>;
