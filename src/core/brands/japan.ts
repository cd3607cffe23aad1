import type { z } from 'zod';
import type { BrandPack, ReportRoute, Statement, VerifyStep } from './schema.js';

// Shared parts of the Japanese brand packs (the brands JPCERT/CC's phishing URL list names most):
// the Council of Anti-Phishing Japan's reporting address, and the verify and after-engagement
// steps every such pack words the same way around the brand's own site or app. Facts specific to a
// brand stay in its own file, each with its source.

export const JP_CHECKED = '2026-12-07';

/** フィッシング対策協議会 (Council of Anti-Phishing Japan): how to report a phishing mail, SMS or site. */
export const ANTIPHISHING_JP = { url: 'https://www.antiphishing.jp/registration.html', type: 'official', checked: JP_CHECKED } as const;

/** The Council's report route: forward the mail (an SMS as a screenshot) to info@antiphishing.jp. */
export function antiPhishingJapanRoute(): z.input<typeof ReportRoute> {
  return {
    name: 'Council of Anti-Phishing Japan (フィッシング対策協議会)',
    how: 'Forward the phishing email without clicking its links to info@antiphishing.jp; for a text, send a screenshot by email; for a fake site, send its address. The Council passes reports to the police and to the impersonated company.',
    kind: 'email',
    address: 'info@antiphishing.jp',
    channels: ['email', 'sms'],
    country: 'JP',
    source: ANTIPHISHING_JP,
  };
}

/** A generic fact, from the Council's own page, every Japanese pack can cite. */
export function antiPhishingJapanStatement(): z.input<typeof Statement> {
  return {
    topic: 'lookalike-links',
    text: 'The Council of Anti-Phishing Japan asks you to forward a phishing email or text to it. It asks you not to click its links: such messages lead to fake sites that copy the real company’s pages.',
    channels: ['email', 'sms'],
    source: ANTIPHISHING_JP,
  };
}

interface Own {
  /** The brand as a reader knows it ("Rakuten"). */
  name: string;
  /** The brand's site, typed by hand ("https://www.rakuten.co.jp"). */
  site: string;
  /** Its app, when it has one ("the Rakuten app"). */
  app?: string;
  /** What the account is called ("your Rakuten ID"). */
  account: string;
}

export function jpVerify(o: Own): z.input<typeof BrandPack>['verify'] {
  const via = o.app ? `Open ${o.app} or type ${new URL(o.site).hostname} yourself` : `Type ${new URL(o.site).hostname} yourself (or use a bookmark you made)`;
  const step = (text: string): z.input<typeof VerifyStep> => ({ text, url: o.site });
  return {
    email: [{ text: 'Do not use the links or attachments in the email.' }, step(`${via}. Check ${o.account} there.`)],
    sms: [{ text: 'Do not tap the link or reply to the text.' }, step(`${via}. Check ${o.account} there.`)],
    call: [{ text: 'Hang up; do not give codes, passwords or card details to a caller.' }, step(`${via}. Call ${o.name} back only on a number from its own site, app or card.`)],
  };
}

export function jpAfterEngagement(o: Own): Record<string, string[]> {
  return {
    received: [`Delete the message, or forward it to info@antiphishing.jp first. Check ${o.account} only through ${o.app ?? o.site}.`],
    'clicked-link': ['Close the page without typing anything; if you typed details there, follow the steps for that below.'],
    'entered-password': [`Change the password of ${o.account} at once, from ${o.app ?? o.site} yourself. Do the same anywhere else you used that password.`, 'Check the recent sign-ins and purchases there.'],
    'shared-code': [`Change the password of ${o.account} and check its recent activity; the code let someone in or approve a payment.`],
    'shared-card': ['Call the card issuer on the number on the back of your card. Ask them to stop the card and reissue it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you entered.'],
    'remote-access': ['Disconnect the device from the internet and uninstall the app they had you install.', `Use another device for this. Change the password of ${o.account}.`],
    'paid-gift-card': ['Contact the company that issued the card or e-money at once. Have the card number ready, and keep the receipt.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop the payment.', 'Tell your prefecture’s police, at its cybercrime desk.'],
    'shared-identity': ['Watch your bank and card statements, and tell the police and your bank what was shared.'],
  };
}
