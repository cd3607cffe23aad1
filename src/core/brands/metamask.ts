import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// MetaMask (Consensys's self-custody crypto wallet). MetaMask's own support site was not in the stored
// material: the "never asks" fact is from MetaMask Support's post in the r/Metamask community, read
// in a copy, so it is a repost. Statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  supportPost: { url: 'https://reddit.kovalev.works/r/Metamask/comments/1kiuekb/metamask_how_to_keep_your_wallet_safe', type: 'repost', checked: CHECKED },
  kyc: { url: 'https://beincrypto.com/metamask-cautions-vigilance-after-latest-phishing-scam', type: 'repost', checked: CHECKED },
  site: { url: 'https://metamask.io', type: 'unverified', checked: CHECKED },
} as const;

export const metamask = {
  id: 'metamask',
  name: 'MetaMask',
  aliases: ['metamask', 'meta mask', 'metamask wallet'],
  domainTokens: ['metamask', 'metamsk'],
  officialWebDomains: ['metamask.io', 'consensys.io'],
  officialSenderDomains: ['metamask.io', 'consensys.io'],
  statements: [
    {
      topic: 'password',
      text: 'MetaMask Support has said its staff will never ask for your Secret Recovery Phrase, even while helping you: anyone who asks for it is trying to steal the wallet.',
      channels: ['email', 'sms', 'call'],
      source: SRC.supportPost,
    },
    {
      topic: 'personal-info',
      text: 'MetaMask has said it does not collect identity (KYC) details from its users. It will never email you to ask for them.',
      channels: ['email'],
      source: SRC.kyc,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [{ text: 'Do not use the links in the email; MetaMask has no account to verify or suspend.' }, { text: 'Open the MetaMask extension or app you installed yourself; get it only from metamask.io.', url: 'https://metamask.io' }],
    sms: [{ text: 'Do not tap the link; MetaMask does not text its users.' }, { text: 'Open the MetaMask extension or app you installed yourself.', url: 'https://metamask.io' }],
    call: [{ text: 'Hang up: MetaMask does not phone users, and no one needs your Secret Recovery Phrase.' }, { text: 'Get help only from the support link at metamask.io, typed by hand.', url: 'https://metamask.io' }],
  },
  afterEngagement: {
    received: ['Delete the message; never type your Secret Recovery Phrase into any site.'],
    'clicked-link': ['Close the page. Do not connect your wallet or type anything there.'],
    'entered-password': ['If you typed your Secret Recovery Phrase or a private key anywhere, the wallet is lost to you: create a new wallet at once on a clean device and move what is left into it.'],
    'shared-code': ['Treat the wallet as exposed: create a new one and move the funds; revoke the token approvals you did not mean to give.'],
    'shared-card': ['Call the card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device at once; from another device create a new wallet and move the funds, then wipe the device.'],
    'paid-gift-card': ['Contact the company that issued the card at once with its number, and keep the receipt.'],
    'sent-money': ['Crypto payments cannot be reversed: report the address and transaction to the exchange you paid from and to the police at once.'],
    'shared-identity': ['Watch your bank and card statements, and get a recovery plan at IdentityTheft.gov.'],
  },
  report: [
    {
      name: 'MetaMask support (metamask.io)',
      how: 'Reach MetaMask only through the support link on metamask.io typed by hand; never through a person who contacts you first.',
      kind: 'web',
      address: 'https://metamask.io',
      channels: ['email', 'sms', 'call'],
      country: null,
      source: SRC.supportPost,
    },
  ],
  sources: [SRC.supportPost, SRC.kyc, SRC.site],
} satisfies z.input<typeof BrandPack>;
