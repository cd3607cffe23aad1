import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { FTC_IMPOSTER_HUB, ftcNoCryptoStatement, ftcVerificationCodeStatement } from './jurisdictions.js';

// Zelle (Early Warning Services) brand pack. Facts from zellepay.com (found through the
// stored-pages search, checked 2026-12-07). Zelle runs inside banks' apps, so most steps send people
// to their own bank. Zelle's pages found here publish no "we will never ask" list of their own;
// the "send money to yourself" warning comes from the banks (Chase, Bank of America), so it is in
// their packs, and the one-time-code statement here is the FTC's. "zelle" is not a domain token:
// it sits inside "gazelle"; "zellepay" is.

const CHECKED = '2026-12-07';

const SRC = {
  understanding: { url: 'https://www.zellepay.com/safety-education/understanding-scams', type: 'official', checked: CHECKED },
  reportScam: { url: 'https://www.zellepay.com/support/report-scam', type: 'official', checked: CHECKED },
} as const;

export const zelle = {
  id: 'zelle',
  name: 'Zelle',
  aliases: ['zelle', 'zellepay'],
  domainTokens: ['zellepay'],
  officialWebDomains: ['zellepay.com'],
  officialSenderDomains: ['zellepay.com'],
  statements: [
    {
      topic: 'wire-transfer',
      text: 'Zelle says to treat it like cash: money moves straight into the other person’s bank account within minutes. So send it only to people you know and trust.',
      channels: ['email', 'sms', 'call'],
      source: SRC.understanding,
    },
    {
      topic: 'pay-outside',
      text: 'Zelle says it offers no buyer protection. So do not use it to pay strangers for goods or services.',
      channels: ['email', 'sms', 'call'],
      source: SRC.understanding,
    },
    ftcVerificationCodeStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links in the email: Zelle payments happen inside your bank’s app.' },
      { text: 'Open your bank’s app or type your bank’s website yourself and check your Zelle activity there; zellepay.com explains how Zelle works.', url: 'https://www.zellepay.com' },
    ],
    sms: [
      { text: 'Do not tap the link or reply.' },
      { text: 'Check your Zelle activity in your bank’s app, opened yourself.' },
    ],
    call: [
      { text: 'Hang up: a caller who asks you to send a Zelle payment, even to yourself, to stop fraud is a scammer.' },
      { text: 'Call your bank on the number on the back of your debit card.' },
    ],
  },
  afterEngagement: {
    received: [
      'Do not send the payment; check your Zelle activity in your bank’s app.',
      'If it used Zelle’s name, you can report it to Zelle at zellepay.com/support/report-scam.',
    ],
    'clicked-link': [
      'Close the page without signing in or typing anything.',
      'If you typed your bank login there, follow the steps below.',
    ],
    'entered-password': [
      'Change your online banking password with your bank at once, and call the bank on the number on your card.',
      'Check your Zelle activity for payments you did not make.',
    ],
    'shared-code': [
      'Call your bank on the number on the back of your card now: the code can let someone enroll your phone or email with Zelle, or send a payment.',
      'Check your Zelle settings and activity in your bank’s app.',
    ],
    'shared-card': ['Call the number on the back of the card to block and replace it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': [
      'Disconnect the device from the internet and uninstall the app that let them in.',
      'From another device, change your online banking password and call your bank.',
    ],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number, and keep the card and receipt.'],
    'sent-money': [
      'Report the payment to your bank at once: if you are enrolled through a bank or credit union, report it there.',
      'You can also report it to Zelle on its form or by phone at 1-844-428-8542, and at ReportFraud.ftc.gov.',
    ],
    'shared-identity': ['Tell your bank what you shared and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Use Zelle only with people you know and trust. Check their phone number or email before you send.' },
    { text: 'Never send money because someone calls or texts about fraud on your account.' },
  ],
  report: [
    {
      name: 'Zelle scam report form',
      how: 'Report a fraud or scam on Zelle’s form; if you use Zelle through your bank or credit union, report the payment to them too.',
      kind: 'web',
      address: 'https://www.zellepay.com/support/report-scam',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.reportScam,
    },
    {
      name: 'Zelle by phone',
      how: 'Call Zelle to report a fraud or scam.',
      kind: 'phone',
      address: '+18444288542',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: SRC.reportScam,
    },
  ],
  publishedPhones: [
    {
      number: '+18444288542',
      country: 'US',
      confidence: 'official',
      note: 'Shown as 1-844-428-8542 on Zelle’s “Report a Scam” page.',
      source: SRC.reportScam,
    },
  ],
  sources: [SRC.understanding, SRC.reportScam, { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED }],
} satisfies z.input<typeof BrandPack>;
