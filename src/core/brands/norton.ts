import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// Norton (Gen Digital, formerly NortonLifeLock) brand pack. Norton's own scam page was not in the
// stored material: its sender list comes from a post on Norton's community forum quoting it, and
// its report address from a security write-up. Statements are paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  // Norton community post quoting Norton's page of official sender addresses.
  communitySenders: { url: 'https://community.norton.com/t/did-you-receive-an-email-offer-to-renew-your-norton-subscription/218353', type: 'repost', checked: CHECKED },
  // Security write-up citing Norton's advice to forward suspicious mail to spam@norton.com.
  reportAddress: { url: 'https://malwaretips.com/blogs/norton-antivirus-email-scam-warning-do-not-call-the-fake-billing-number/', type: 'practitioner', checked: CHECKED },
  ftcTexts: { url: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages', type: 'official', checked: CHECKED },
  // norton.com, lifelock.com, nortonlifelock.com and gendigital.com as Norton's are general knowledge.
  domains: { url: 'https://us.norton.com', type: 'unverified', checked: CHECKED },
} as const;

export const norton = {
  id: 'norton',
  name: 'Norton',
  // "norton" alone is also a surname and a place name: an email from "Jim Norton" would claim the
  // brand by display name. So only product and company forms count.
  aliases: [
    'norton 360',
    'norton antivirus',
    'norton anti-virus',
    'norton security',
    'norton internet security',
    'norton lifelock',
    'nortonlifelock',
    'lifelock',
    'norton secure vpn',
    'norton utilities',
    'norton support',
    'norton billing',
    'norton subscription',
    'norton renewal',
    'norton team',
    'norton account',
    'norton protection',
    'norton.com',
  ],
  // "norton" alone would flag wwnorton.com (the publisher) as a lookalike.
  domainTokens: ['nortonlifelock', 'lifelock', 'norton360', 'nortonsecurity', 'nortonantivirus'],
  officialWebDomains: ['norton.com', 'nortonlifelock.com', 'lifelock.com', 'gendigital.com'],
  officialSenderDomains: ['norton.com', 'nortonlifelock.com', 'lifelock.com', 'nortonstore.hk'],
  statements: [
    {
      topic: 'sender-domain',
      text: 'Norton has listed the addresses it sends official mail from, such as ones at norton.com, secure.norton.com and nortonlifelock.com; a renewal mail from any other address is not Norton’s.',
      channels: ['email'],
      source: SRC.communitySenders,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not call the number or use the links in a “renewal” or “invoice” email.' },
      { text: 'Sign in to your Norton account yourself at norton.com to see your real subscription and billing.', url: 'https://us.norton.com' },
    ],
    sms: [{ text: 'Do not tap the link or call the number; check your subscription at norton.com yourself.', url: 'https://us.norton.com' }],
    call: [
      { text: 'Hang up on anyone who calls about a Norton refund, renewal or virus. Never let them connect to your computer.' },
      { text: 'Check your subscription yourself at norton.com.', url: 'https://us.norton.com' },
    ],
  },
  afterEngagement: {
    received: ['Forward the email as an attachment to spam@norton.com, then delete it.'],
    'clicked-link': ['Close the page without typing anything; run a scan with your real security software.'],
    'entered-password': ['Change your Norton account password at norton.com, and anywhere else you used it.'],
    'shared-code': ['Change your Norton account password and check its devices and billing for changes.'],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank now on a number you know; fake “refund” agents often move money between your accounts and then ask for an “overpayment” back.'],
    'remote-access': [
      'Take the computer off the internet. Uninstall the program the caller had you install to get in.',
      'From another device, change your banking and email passwords; have the computer checked before using it for banking.',
    ],
    'paid-gift-card': ['Call the number on the back of each gift card at once with the card numbers; keep the cards and receipts.'],
    'sent-money': ['Call your bank or the payment service now and ask them to stop or reverse the payment; report it to the FTC and IC3.'],
    'shared-identity': ['Watch your statements and credit reports, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [{ text: 'Check renewals only by signing in at norton.com; Norton billing problems are never fixed by a caller on your computer.', url: 'https://us.norton.com' }],
  report: [
    {
      name: 'Norton spam reports',
      how: 'Forward the email to Norton as an attachment, so its headers stay whole.',
      kind: 'email',
      address: 'spam@norton.com',
      channels: ['email'],
      country: null,
      source: SRC.reportAddress,
    },
    {
      name: 'Forward scam texts to 7726',
      how: 'Forward the fake Norton text to 7726 (SPAM) so your carrier can block the sender.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: SRC.ftcTexts,
    },
  ],
  giftCardNames: [],
  sources: [SRC.communitySenders, SRC.reportAddress, SRC.ftcTexts, SRC.domains],
} satisfies z.input<typeof BrandPack>;
