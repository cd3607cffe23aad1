import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// McAfee brand pack. Facts from McAfee's own scam-education page. Statements are paraphrased, never
// quoted.

const CHECKED = '2026-12-07';

const SRC = {
  scammerEducation: {
    url: 'https://www.mcafee.com/consumer/en-sg/landing-page/retention/scammer-education.html?culture=EN-SG&cid=247305&lang=en-sg&lcid=18441&langid=119&rcode=WSS16032&version=19.2&wuiv=12.0&ContentIterationID=7.8.126&OCVersion=3.0&coreui_enabled=1&coreui_version=1&a',
    type: 'official',
    checked: CHECKED,
  },
  // mcafee.com as McAfee's sender domain is general knowledge.
  domains: { url: 'https://www.mcafee.com', type: 'unverified', checked: CHECKED },
} as const;

export const mcafee = {
  id: 'mcafee',
  name: 'McAfee',
  aliases: ['mcafee', 'mc afee', 'mcafee total protection', 'mcafee livesafe'],
  domainTokens: ['mcafee'],
  officialWebDomains: ['mcafee.com'],
  officialSenderDomains: ['mcafee.com'],
  statements: [
    {
      topic: 'unsolicited-call',
      text: 'McAfee says it will never require you to call a phone number given in an email or text message; confirm your subscription by signing in at mcafee.com.',
      channels: ['email', 'sms', 'call'],
      source: SRC.scammerEducation,
    },
    {
      topic: 'update-payment',
      text: 'McAfee says: got a notice about a renewal, bill or receipt? Check it by logging on to mcafee.com yourself.',
      channels: ['email', 'sms'],
      source: SRC.scammerEducation,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not call the number or use the links in a “renewal” or “invoice” email.' },
      { text: 'Log on to mcafee.com yourself to see your real subscription and renewal status.', url: 'https://www.mcafee.com' },
    ],
    sms: [{ text: 'Do not tap the link or call the number; log on to mcafee.com yourself.', url: 'https://www.mcafee.com' }],
    call: [
      { text: 'Hang up. McAfee does not need you to call a number from a message. Never let a caller connect to your computer.' },
      { text: 'Find McAfee support yourself at mcafee.com/support.', url: 'https://www.mcafee.com/support' },
    ],
  },
  afterEngagement: {
    received: ['Forward the message to spam@mcafee.com, then delete it.'],
    'clicked-link': ['Close the page without typing anything; mark the email as junk.'],
    'entered-password': ['Change your McAfee account password at mcafee.com, and anywhere else you used it.'],
    'shared-code': ['Change your McAfee account password and check its billing for changes.'],
    'shared-card': ['Check your card statement for charges you do not know. Call your card issuer on the number on your card to block the card.'],
    'shared-bank': ['Call your bank now on a number you know; fake “refund” agents often move money between your accounts and then ask for an “overpayment” back.'],
    'remote-access': [
      'Take the computer off the internet. Uninstall the program the caller had you install to get in.',
      'From another device, change your banking and email passwords; have the computer checked before using it for banking.',
    ],
    'paid-gift-card': ['Call the number on the back of each gift card at once with the card numbers; keep the cards and receipts.'],
    'sent-money': ['Call your bank or the payment service now and ask them to stop or reverse the payment; report it to the FTC and IC3.'],
    'shared-identity': ['Watch your statements and credit reports, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [{ text: 'Check renewals only by logging on to mcafee.com.', url: 'https://www.mcafee.com' }],
  report: [
    {
      name: 'McAfee spam and phishing reports',
      how: 'Send the suspicious message or phishing email that uses the McAfee brand to McAfee.',
      kind: 'email',
      address: 'spam@mcafee.com',
      channels: ['email', 'sms'],
      country: null,
      source: SRC.scammerEducation,
    },
  ],
  giftCardNames: [],
  sources: [SRC.scammerEducation, SRC.domains],
} satisfies z.input<typeof BrandPack>;
