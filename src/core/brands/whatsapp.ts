import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement, ftcVerificationCodeStatement } from './jurisdictions.js';

// WhatsApp (Meta) brand pack. WhatsApp's own help pages were not in the stored material; its advice
// on verification codes is taken from press copies, marked as reposts. Statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  // Quotes WhatsApp's website on never sharing the SMS verification code.
  codeQuote: { url: 'https://gadgetsdish.com/beware-of-new-whatsapp-scam-claiming-to-be-whatsapp-technical-team/', type: 'repost', checked: CHECKED },
  // UK consumer write-up of the verification-code takeover: report in the app, support@whatsapp.com.
  ukGuide: { url: 'https://thetechblog.co.uk/be-aware-of-this-whatsapp-scam/?amp=1', type: 'repost', checked: CHECKED },
  // whatsapp.com, whatsapp.net and wa.me are WhatsApp's by general knowledge.
  domains: { url: 'https://www.whatsapp.com', type: 'unverified', checked: CHECKED },
} as const;

export const whatsapp = {
  id: 'whatsapp',
  name: 'WhatsApp',
  // "message me on WhatsApp" names the app as a channel, not as the sender: one plain mention stays
  // below the claim threshold. A claim needs the display name, "your WhatsApp account", "WhatsApp
  // Support/Team", "WhatsApp:" at the start, or several mentions. "meta" and "facebook" are other
  // brands (and "meta" an ordinary word).
  aliases: ['whatsapp', 'whats app', 'whatsapp business'],
  domainTokens: ['whatsapp'],
  officialWebDomains: ['whatsapp.com', 'whatsapp.net', 'wa.me'],
  userContentHosts: [
    { host: 'wa.me', note: 'wa.me links open a chat with any number: anyone can make one, scammers included.', source: SRC.domains },
    { host: 'chat.whatsapp.com', note: 'Group invite links: anyone can create a group and share its link.', source: SRC.domains },
  ],
  officialSenderDomains: ['whatsapp.com'],
  statements: [
    {
      topic: 'one-time-code',
      text: 'WhatsApp, as the press quoted it, tells users never to share the code it texts them. Whoever has it can take over the account.',
      channels: ['sms', 'email', 'call'],
      source: SRC.codeQuote,
    },
    ftcVerificationCodeStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links in the email; WhatsApp account matters are handled inside the app.' },
      { text: 'Open WhatsApp yourself and check Settings > Account.' },
    ],
    sms: [
      { text: 'Never send a WhatsApp code to anyone, even a friend who says it was sent to you by mistake.' },
      { text: 'If a friend asks for a code or for money, call them on the number you already have to check.' },
    ],
    call: [
      { text: 'Hang up: no one from WhatsApp needs your six-digit code or your PIN.' },
      { text: 'Open WhatsApp yourself and check Settings > Account and Linked devices.', url: 'https://www.whatsapp.com' },
    ],
  },
  afterEngagement: {
    received: ['Report and block the sender in WhatsApp (tap the chat name, then Report).', 'Do not forward any code you received.'],
    'clicked-link': ['Close the page without typing anything; check Linked devices in WhatsApp and log out any you do not know.'],
    'entered-password': ['Open WhatsApp and check Settings > Linked devices. Log out devices you do not know, and turn on two-step verification with a new PIN.'],
    'shared-code': [
      'Open WhatsApp on your phone and register your number again with the new SMS code; this logs the other person out.',
      'Turn on two-step verification with a PIN. Warn your contacts that someone may message them as you.',
      'If you cannot get back in, email support@whatsapp.com with “Lost/Stolen: deactivate my account” and your number.',
    ],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and remove the app that let them in. Then check WhatsApp’s Linked devices.'],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number; keep the card and receipt.'],
    'sent-money': ['Call your bank or payment app now and ask them to stop or reverse the payment; report the chat in WhatsApp.'],
    'shared-identity': ['Watch your bank and card statements, and get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [
    { text: 'Turn on two-step verification (Settings > Account). Add an email address, so you can reset the PIN.' },
    { text: 'Check Linked devices now and then and log out any you do not recognise.' },
  ],
  report: [
    {
      name: 'Report in WhatsApp',
      how: 'Open the chat, tap the contact or group name, then Report (and Block).',
      kind: 'in-app',
      address: 'WhatsApp: contact name > Report',
      channels: ['sms', 'call', 'email'],
      country: null,
      source: SRC.ukGuide,
    },
    {
      name: 'WhatsApp support (lost account)',
      how: 'If someone took over your account and you cannot log back in, email WhatsApp support.',
      kind: 'email',
      address: 'support@whatsapp.com',
      channels: ['sms', 'call', 'email'],
      country: null,
      source: SRC.ukGuide,
    },
  ],
  giftCardNames: [],
  sources: [SRC.codeQuote, SRC.ukGuide, SRC.domains],
} satisfies z.input<typeof BrandPack>;
