import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// Meta: Facebook, Instagram and Messenger (WhatsApp has its own pack). Meta's help pages were not in
// the stored material; the sender domains and the "never asks" facts come from press copies of
// Instagram's phishing help, so they are reposts. Statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  // Times of India quoting Instagram's help page on phishing, with the list of Meta sender addresses.
  toi: {
    url: 'https://timesofindia.indiatimes.com/technology/tech-tips/how-to-avoid-phishing-scam-on-instagram-a-complete-guide/articleshow/127397722.cms',
    type: 'repost',
    checked: CHECKED,
  },
  helpPhishing: { url: 'https://help.instagram.com/1265013763525594', type: 'unverified', checked: CHECKED },
} as const;

export const meta = {
  id: 'meta',
  name: 'Meta (Facebook, Instagram)',
  // "meta" alone is left out: an ordinary word (meta tags, meta-analysis).
  aliases: ['facebook', 'instagram', 'facebook messenger', 'meta platforms', 'meta business', 'meta support', 'meta verified', 'fb.com'],
  domainTokens: ['facebook', 'instagram', 'fbook', 'metabusiness'],
  // facebook.de (Meta's German domain, ranked by Majestic) redirects to facebook.com: general knowledge.
  officialWebDomains: ['facebook.com', 'facebook.de', 'instagram.com', 'meta.com', 'fb.com', 'messenger.com', 'fb.me', 'fbcdn.net', 'facebookmail.com', 'metamail.com'],
  officialSenderDomains: ['facebookmail.com', 'fb.com', 'meta.com', 'metamail.com', 'instagram.com', 'facebook.com'],
  statements: [
    {
      topic: 'sender-domain',
      text: 'Instagram lists the addresses Meta writes from, such as facebookmail.com, fb.com, meta.com and metamail.com; a warning about your account from any other address is not Meta’s.',
      channels: ['email'],
      source: SRC.toi,
    },
    {
      topic: 'pressure',
      text: 'Instagram warns not to trust messages that demand money or offer gifts. Nor trust ones that threaten to delete or ban your account unless you act.',
      channels: ['email', 'sms'],
      source: SRC.toi,
    },
    {
      topic: 'password',
      text: 'Instagram says not to answer messages that ask for your password or credit card number. Nor answer ones that ask for your social security number.',
      channels: ['email', 'sms'],
      source: SRC.toi,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [{ text: 'Do not use the links or attachments in the email.' }, { text: 'Open the Facebook or Instagram app yourself. Look for the notice under Security or Accounts Center.', url: 'https://www.facebook.com' }],
    sms: [{ text: 'Do not tap the link or reply to the text.' }, { text: 'Open the app yourself; real account notices also appear in its settings.', url: 'https://www.instagram.com' }],
    call: [{ text: 'Hang up: Meta does not phone users about their accounts.' }, { text: 'Check your account yourself in the app or at facebook.com.', url: 'https://www.facebook.com' }],
  },
  afterEngagement: {
    received: ['Delete the message; in the app, use Report on a message or account that pretends to be Meta.'],
    'clicked-link': ['Close the page without typing anything; if you typed details there, follow the steps for that below.'],
    'entered-password': ['Change your Facebook or Instagram password at once from the app, and turn on two-factor authentication.', 'Check Where you’re logged in and log out the sessions you do not know.'],
    'shared-code': ['Change your password and check Where you’re logged in. Then turn two-factor authentication back on with a new method.'],
    'shared-card': ['Call the card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device and uninstall the app they had you install.', 'From another device, change your Facebook or Instagram password.'],
    'paid-gift-card': ['Contact the company that issued the card at once with its number, and keep the receipt.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop the payment.'],
    'shared-identity': ['Watch your bank and card statements, and get a recovery plan at IdentityTheft.gov.'],
  },
  report: [
    {
      name: 'Report in the Facebook or Instagram app',
      how: 'Use Report on the message or the account that pretends to be Meta, then block it.',
      kind: 'in-app',
      address: 'Report (… menu on the message or profile)',
      channels: ['email', 'sms'],
      country: null,
      source: SRC.toi,
    },
  ],
  sources: [SRC.toi, SRC.helpPhishing],
} satisfies z.input<typeof BrandPack>;
