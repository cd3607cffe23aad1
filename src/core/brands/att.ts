import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// AT&T. Facts from AT&T's own support and Cyber Aware pages; statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  phishing: { url: 'https://www.att.com/support/article/dsl-high-speed/KM1010136', type: 'official', checked: CHECKED },
  smishing: { url: 'https://about.att.com/sites/cyberaware/ae/smishing', type: 'official', checked: CHECKED },
  forward7726: { url: 'https://about.att.com/pages/cyberaware/ni/blog/forward_7726', type: 'official', checked: CHECKED },
  rewards: { url: 'https://www.att.com/support/article/wireless/KM1051831', type: 'official', checked: CHECKED },
} as const;

export const att = {
  id: 'att',
  name: 'AT&T',
  // "att" alone is left out of the text aliases: it is a common abbreviation ("att:" for attention).
  aliases: ['at&t', 'at & t', 'myat&t', 'at&t wireless', 'at&t mobility'],
  // "att" is short: it counts only as a whole label or hyphen-separated word (att-mail.example,
  // att.example.top), never inside another word (matt, attic).
  domainTokens: ['att', 'attmail', 'att-mail'],
  officialWebDomains: ['att.com', 'att.net', 'attwireless.com', 'currently.com'],
  officialSenderDomains: ['att.com', 'att.net'],
  statements: [
    {
      topic: 'personal-info',
      text: 'AT&T says it never asks for personal or account details by phone call, email or text message.',
      channels: ['email', 'sms', 'call'],
      source: SRC.phishing,
    },
    {
      topic: 'card-details',
      text: 'AT&T says it does not send texts or emails that ask for your personal account or credit card details.',
      channels: ['sms', 'email'],
      source: SRC.smishing,
    },
    {
      topic: 'prize-contest',
      text: 'AT&T warns of texts that offer an AT&T reward for signing in to a site, such as a made-up att620.com. They are scams that want your myAT&T sign-in.',
      channels: ['sms'],
      source: SRC.rewards,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [{ text: 'Do not use the links or fill in forms in the email.' }, { text: 'Type att.com yourself, sign in to myAT&T and check there.', url: 'https://www.att.com' }],
    sms: [{ text: 'Do not tap the link or reply to the text.' }, { text: 'Open the myAT&T app or type att.com yourself and check your account there.', url: 'https://www.att.com' }],
    call: [{ text: 'Hang up; AT&T does not ask for account details on a call it made.' }, { text: 'Call the customer service number on your AT&T bill, or check myAT&T at att.com.', url: 'https://www.att.com' }],
  },
  afterEngagement: {
    received: ['Forward the text to 7726 (SPAM), then reply with the number it came from; forward a phishing email to abuse@att.net.'],
    'clicked-link': ['Close the page without typing anything; if you typed details there, follow the steps for that below.'],
    'entered-password': ['Change your myAT&T password from att.com yourself, and anywhere else you used it.', 'Check your account for changes, orders or a SIM or number transfer.'],
    'shared-code': ['Change your myAT&T password and check for new devices, orders or a number transfer; call AT&T on the number on your bill.'],
    'shared-card': ['Call the card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and uninstall the app they had you install.', 'From another device, change your myAT&T password.'],
    'paid-gift-card': ['AT&T does not take gift cards as payment: contact the card’s issuer at once with the card number and keep the receipt.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': ['Get a recovery plan at IdentityTheft.gov. Ask AT&T to add an extra security passcode to your account.'],
  },
  report: [
    {
      name: 'AT&T spam text reporting (7726)',
      how: 'Forward the suspicious text to 7726 (SPAM); when AT&T replies, send the number the text came from. Forwarding is free.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: SRC.forward7726,
    },
    {
      name: 'AT&T Internet Security (abuse@att.net)',
      how: 'Forward an email that asks for personal or account details in AT&T’s name to abuse@att.net.',
      kind: 'email',
      address: 'abuse@att.net',
      channels: ['email'],
      country: 'US',
      source: SRC.phishing,
    },
  ],
  smsSenders: [],
  sources: [SRC.phishing, SRC.smishing, SRC.forward7726, SRC.rewards],
} satisfies z.input<typeof BrandPack>;
