import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// Geek Squad (Best Buy) brand pack. Facts from a Geek Squad post on Best Buy's own forum and a copy
// of Best Buy's "protect yourself" page; others as reported, marked so. Paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  forumPhishing: { url: 'https://forums.bestbuy.com/t5/Geek-Squad-Intelligence/Phishing-And-You-Don-t-Get-Reeled-In/ba-p/966680/page/2', type: 'official', checked: CHECKED },
  // A redirect copy of bestbuy.com/site/privacy-policy/protect-yourself.
  protectYourself: {
    url: 'https://www.shoppingcycling.com/goto/https://www.bestbuy.com/site/privacy-policy/protect-yourself/pcmcat266100050002.c?id=pcmcat266100050002',
    type: 'repost',
    checked: CHECKED,
  },
  // Press summary of Best Buy's scam advice (unexpected calls, gift cards, call-this-number messages).
  pressSummary: { url: 'https://marketrealist.com/how-to-protect-yourself-from-the-latest-best-buy-scam/', type: 'repost', checked: CHECKED },
  // A university security office's breakdown of a fake Geek Squad invoice (1-888-BEST BUY, no bank transfers).
  wustl: { url: 'https://informationsecurity.wustl.edu/scam-of-the-month-geek-squad-customer-service/', type: 'practitioner', checked: CHECKED },
  ftcTexts: { url: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages', type: 'official', checked: CHECKED },
  // bestbuy.com, bestbuy.ca and geeksquad.com as Best Buy's are general knowledge.
  domains: { url: 'https://www.bestbuy.com', type: 'unverified', checked: CHECKED },
} as const;

export const geekSquad = {
  id: 'geek-squad',
  name: 'Geek Squad (Best Buy)',
  // "best buy" as two words is also an ordinary phrase ("the best buy of the year"), so only the
  // one-word and domain forms count; "Geek Squad" is unambiguous.
  aliases: ['geek squad', 'geek squad protection', 'bestbuy', 'bestbuy.com'],
  domainTokens: ['geeksquad', 'bestbuy'],
  officialWebDomains: ['bestbuy.com', 'bestbuy.ca', 'geeksquad.com'],
  officialSenderDomains: ['bestbuy.com', 'geeksquad.com'],
  statements: [
    {
      topic: 'password',
      text: 'Geek Squad, on Best Buy’s forum, says a company will never ask for your login credentials by email; type the site’s address yourself instead of using a link.',
      channels: ['email'],
      source: SRC.forumPhishing,
    },
    {
      topic: 'unsolicited-call',
      text: 'Best Buy, as the press reported, warns that surprise calls from “Best Buy” or “Geek Squad” are suspect. So are texts or emails telling you to call a number.',
      channels: ['call', 'email', 'sms'],
      source: SRC.pressSummary,
    },
    {
      topic: 'gift-cards',
      text: 'Best Buy warns of scammers who ask people to pay taxes, bills or bail with gift cards. They pose as family, a seller, or an agency such as the IRS.',
      channels: ['email', 'sms', 'call'],
      source: SRC.protectYourself,
    },
    {
      topic: 'wire-transfer',
      text: 'A university’s IT team says Geek Squad does not take payment by bank transfer.',
      channels: ['email', 'call'],
      source: SRC.wustl,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not call the number or use the links in a “renewal” or “invoice” email.' },
      { text: 'Sign in at bestbuy.com yourself (or the Best Buy app) and check your memberships and orders.', url: 'https://www.bestbuy.com' },
    ],
    sms: [{ text: 'Do not tap the link or call the number; check your Best Buy account yourself at bestbuy.com.', url: 'https://www.bestbuy.com' }],
    call: [
      { text: 'Hang up: Geek Squad does not call out of the blue about renewals, refunds or viruses.' },
      { text: 'If you need Best Buy, use the contact details at bestbuy.com.', url: 'https://www.bestbuy.com' },
    ],
  },
  afterEngagement: {
    received: ['Do not call the number in the message; forward it to 7726 (texts) or report it as phishing (email), then delete it.'],
    'clicked-link': ['Close the page without typing anything; if a file downloaded, run a security scan.'],
    'entered-password': ['Change your Best Buy account password now, and anywhere else you used it; check orders and saved cards.'],
    'shared-code': ['Change your Best Buy account password and check orders, saved cards and addresses.'],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.'],
    'shared-bank': [
      'Call your bank now on a number you know: “refund” callers often move money between your own accounts, then ask you to pay back an “overpayment”.',
    ],
    'remote-access': [
      'Take the computer off the internet. Remove the program the caller had you install (AnyDesk, TeamViewer or another).',
      'From another device, change your banking and email passwords; have the computer checked before using it for banking.',
    ],
    'paid-gift-card': ['Call the number on the back of each gift card at once with the card numbers; keep the cards and receipts.'],
    'sent-money': ['Call your bank or the payment service now and ask them to stop or reverse the payment; report it to the FTC and IC3.'],
    'shared-identity': ['Watch your statements and credit reports, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [{ text: 'Check renewals only by signing in at bestbuy.com; never let a caller install remote-access software.', url: 'https://www.bestbuy.com' }],
  report: [
    {
      name: 'Forward scam texts to 7726',
      how: 'Forward the fake Geek Squad text to 7726 (SPAM) so your carrier can block the sender.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: SRC.ftcTexts,
    },
  ],
  publishedPhones: [
    {
      number: '+18882378289',
      country: 'US',
      confidence: 'unverified',
      note: '1-888-BEST BUY, cited by a university security office; not confirmed on bestbuy.com. Never show it as official; send people to bestbuy.com instead.',
      source: SRC.wustl,
    },
  ],
  giftCardNames: ['Best Buy gift card'],
  giftCardWords: ['best buy', 'bestbuy'],
  sources: [SRC.forumPhishing, SRC.protectYourself, SRC.pressSummary, SRC.wustl, SRC.ftcTexts, SRC.domains],
} satisfies z.input<typeof BrandPack>;
