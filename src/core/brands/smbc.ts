import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { antiPhishingJapanRoute, antiPhishingJapanStatement, ANTIPHISHING_JP, jpAfterEngagement, JP_CHECKED, jpVerify } from './japan.js';

// SMBC: Sumitomo Mitsui Card (三井住友カード, its member site Vpass) and Sumitomo Mitsui Banking
// Corporation (三井住友銀行, SMBC Direct), one pack because phishers mix the two names. Facts from the
// card company's own notices; statements are paraphrased, never quoted.

const SRC = {
  cardSms: { url: 'https://www.smbc-card.com/mem/cardinfo/cardinfo4010384.jsp', type: 'official', checked: JP_CHECKED },
  cardMail: { url: 'https://www.smbc-card.com/mem/cardinfo/cardinfo4010344.jsp', type: 'official', checked: JP_CHECKED },
  // A blog quoting the Council of Anti-Phishing Japan's SMBC alert and the bank's hotline.
  bankAlert: { url: 'https://ameblo.jp/hannoit/entry-12792702620.html', type: 'repost', checked: JP_CHECKED },
  council: ANTIPHISHING_JP,
} as const;

const OWN = { name: 'SMBC', site: 'https://www.smbc-card.com', app: 'the Vpass or SMBC app', account: 'your Vpass or SMBC Direct account' };

export const smbc = {
  id: 'smbc',
  name: 'SMBC (Sumitomo Mitsui Card / Sumitomo Mitsui Banking)',
  aliases: ['smbc', 'vpass', 'mitsui sumitomo card', 'sumitomo mitsui card', 'sumitomo mitsui banking', '三井住友カード', '三井住友銀行', 'smbcダイレクト'],
  domainTokens: ['smbc', 'vpass', 'smbc-card', 'smbccard', 'mitsuisumitomo', 'sumitomomitsui', 'smcc'],
  officialWebDomains: ['smbc-card.com', 'smbc.co.jp'],
  officialSenderDomains: ['smbc-card.com', 'smbc.co.jp'],
  statements: [
    {
      topic: 'personal-info',
      text: 'Sumitomo Mitsui Card says its texts to confirm card use come only from the sender numbers it lists. The page such a text opens has no place to enter your details.',
      channels: ['sms'],
      source: SRC.cardSms,
    },
    {
      topic: 'card-details',
      text: 'Sumitomo Mitsui Card warns of mails that claim a held transaction or an expiring card. They lead to fake sites that ask for the card number, expiry date and security code: do not enter them there.',
      channels: ['email', 'sms'],
      source: SRC.cardMail,
    },
    {
      topic: 'password',
      text: 'Sumitomo Mitsui Card warns that mails urging you to change your ID and password lead to fake sign-in sites; do not click their links.',
      channels: ['email'],
      source: SRC.cardMail,
    },
    {
      topic: 'pressure',
      text: 'Sumitomo Mitsui Card says mails and texts that stress “urgent” or “important” to rush you are likely phishing: do not open them in a hurry or enter anything.',
      channels: ['email', 'sms'],
      source: SRC.cardSms,
    },
    antiPhishingJapanStatement(),
  ],
  verify: jpVerify(OWN),
  afterEngagement: jpAfterEngagement(OWN),
  report: [
    {
      name: 'SMBC: if you entered details on a fake SMBC Direct page (0120-324-310)',
      how: 'If a fake mail or text led you to enter your account number, PIN or other details, call SMBC on 0120-324-310 (24 hours).',
      kind: 'phone',
      address: '0120-324-310',
      channels: ['email', 'sms'],
      country: 'JP',
      source: SRC.bankAlert,
    },
    antiPhishingJapanRoute(),
  ],
  sources: [SRC.cardSms, SRC.cardMail, SRC.bankAlert, SRC.council],
} satisfies z.input<typeof BrandPack>;
