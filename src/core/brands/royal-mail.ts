import type { z } from 'zod';
import type { BrandPack } from './schema.js';

// Royal Mail. Facts from Royal Mail's own scam-protection help page and copies of its advice and
// "Stamp Out Scams" campaign text; researched 2026-12-07. Statements are paraphrased. The page's
// report e-mail address was cut from every stored copy, so the route points to the page itself.

const CHECKED = '2026-12-07';

const SRC = {
  scamProtection: { url: 'https://www.royalmail.com/help/scam-protection', type: 'official', checked: CHECKED },
  // A parish council's copy (a gov.uk host, so it cannot back a statement shown as Royal Mail's) of Royal Mail's "how to spot a fake email" advice.
  millbrook: { url: 'https://millbrook-pc.gov.uk/royal-mail-issues-scam-warning-to-customers', type: 'repost', checked: CHECKED },
  // An MP's page quoting Royal Mail's "Stamp Out Scams" campaign letter.
  campaign: { url: 'https://nickieaiken.org.uk/node/430', type: 'repost', checked: CHECKED },
  // A Royal Mail statement on Twitter as reported by a news site.
  tweet: { url: 'https://mailing-stuff.com/i-fell-victim-to-the-royal-mail-texting-scam/278775', type: 'repost', checked: CHECKED },
  // Phone number and sender domains seen only on a third-party explainer.
  explainer: { url: 'https://mailtw.org/2.99-royal-mail-scam', type: 'unverified', checked: CHECKED },
} as const;

export const royalMail = {
  id: 'royal-mail',
  name: 'Royal Mail',
  // "royal mail" also matches "royalmail" (aliases allow an optional space).
  aliases: ['royal mail', 'royal mail group', 'royalmail.com'],
  domainTokens: ['royalmail'],
  officialWebDomains: ['royalmail.com'],
  // royalmail.com as Royal Mail's mail domain is general knowledge (and a third-party page); Royal
  // Mail's own advice only warns that scammers forge such addresses.
  officialSenderDomains: ['royalmail.com'],
  statements: [
    {
      topic: 'lookalike-links',
      text: 'Royal Mail says it sends email and text alerts only when the sender of the item asked for them. The item must be a tracked one that offers this.',
      channels: ['email', 'sms'],
      source: SRC.scamProtection,
    },
    {
      topic: 'card-details',
      text: 'Royal Mail says it does not ask for payment by email or text for an underpaid item. It leaves a grey Fee to Pay card. Only for a customs fee does it ask by email or text, and then it leaves a grey card too.',
      channels: ['email', 'sms'],
      source: SRC.scamProtection,
    },
    {
      topic: 'update-payment',
      text: 'Royal Mail has said it would not text that a fee is due without also leaving a grey card. It texts only when the sender asked for it.',
      channels: ['sms'],
      source: SRC.tweet,
    },
  ],
  verify: {
    email: [
      { text: 'Do not use the links or attachments in the email.' },
      { text: 'Type royalmail.com yourself. Track the item with the reference from the sender or from a card left at your door.', url: 'https://www.royalmail.com' },
      { text: 'A fee for an underpaid item always comes with a grey Fee to Pay card through your door.' },
    ],
    sms: [
      { text: 'Do not tap the link or reply.' },
      { text: 'Type royalmail.com yourself and track the item there; without a grey Fee to Pay card there is no fee to pay.', url: 'https://www.royalmail.com' },
    ],
    call: [
      { text: 'Hang up if the caller asks for bank or card details, and do not call back a number they give.' },
      { text: 'Check the item yourself on royalmail.com.', url: 'https://www.royalmail.com' },
    ],
  },
  afterEngagement: {
    received: ['Track the item yourself on royalmail.com; look for a grey Fee to Pay card.', 'Report the message to Royal Mail through its scam-protection page, forward texts to 7726, then delete it.'],
    'clicked-link': ['Close the page without typing anything. Then run a virus scan on the device.'],
    'entered-password': ['Change your Royal Mail account password from royalmail.com yourself, and the same password anywhere else you used it.'],
    'shared-code': ['Change the password of the account the code belongs to and check its recent activity; if it was a bank code, call your bank (159).'],
    'shared-card': ['Call your bank on the number on your card (or 159) and ask them to block it; fake “£2.99 fee” pages keep the card details.'],
    'shared-bank': ['Call your bank on 159 or a number you know, and tell them a fake Royal Mail page took your details.'],
    'remote-access': ['Take the device off the internet, uninstall the app they had you install and run a virus scan.', 'From another device, change your passwords.'],
    'paid-gift-card': ['Contact the company that issued the gift cards at once with the card numbers; keep the receipts.'],
    'sent-money': ['Call your bank (159) now and ask them to stop or recover the payment, then report it to Report Fraud.'],
    'shared-identity': ['Tell your bank, watch your credit file, and report it to Report Fraud.'],
  },
  hardening: [{ text: 'Track Royal Mail items on royalmail.com, never through a link in a text.', url: 'https://www.royalmail.com' }],
  report: [
    {
      name: 'Royal Mail scam reports',
      how: 'Report the suspicious email, text, call or fake Royal Mail website to Royal Mail’s scam team. Its scam page says how.',
      kind: 'web',
      address: 'https://www.royalmail.com/help/scam-protection',
      channels: ['email', 'sms', 'call'],
      country: 'GB',
      source: SRC.scamProtection,
    },
  ],
  publishedPhones: [
    {
      number: '+443457740740',
      country: 'GB',
      confidence: 'unverified',
      note: 'Shown as 03457 740 740 on a third-party explainer, not confirmed on royalmail.com. Never show it as an official number.',
      source: SRC.explainer,
    },
  ],
  sources: [SRC.scamProtection, SRC.millbrook, SRC.campaign, SRC.tweet, SRC.explainer],
} satisfies z.input<typeof BrandPack>;
