import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// JCB (card network and issuer; MyJCB). Facts from JCB's own pages; statements are paraphrased.

const SRC = {
  phishingMail: { url: 'https://www.jcb.co.jp/service/safe-secure/trouble/phishing-mail/', type: 'official', checked: JP_CHECKED },
  release: { url: 'https://www.jcb.co.jp/release/phishing_202105.html', type: 'official', checked: JP_CHECKED },
  faq: { url: 'https://j-faq.jcb.co.jp/print/faq/488', type: 'official', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'JCB', site: 'https://www.jcb.co.jp', app: 'the MyJCB app', account: 'your MyJCB account' };

export const jcb = {
  id: 'jcb',
  name: 'JCB',
  aliases: ['jcb', 'myjcb', 'jcb card', 'jcbカード'],
  domainTokens: ['jcb', 'myjcb', 'jcbcard', 'jcb-card'],
  officialWebDomains: ['jcb.co.jp', 'jcb.jp', 'global.jcb'],
  officialSenderDomains: ['jcb.co.jp'],
  statements: [
    {
      topic: 'card-details',
      text: 'JCB says it never asks by email for your card number or PIN, nor asks you to reply with them.',
      channels: ['email'],
      source: SRC.phishingMail,
    },
    {
      topic: 'password',
      text: 'JCB says its mails about unusual card use ask only for the one-time code it sends. They never ask for your MyJCB ID, password, card number or PIN.',
      channels: ['email'],
      source: SRC.faq,
    },
    {
      topic: 'unsolicited-call',
      text: 'JCB says its mails and texts never link you to its phone line to verify who you are. Criminals use that step to add your card to their phone.',
      channels: ['email', 'sms', 'call'],
      source: SRC.release,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [antiPhishingJapanRoute()],
  sources: [SRC.phishingMail, SRC.release, SRC.faq, SRC.council],
} satisfies z.input<typeof BrandPack>;
