import type { z } from 'zod';
import type { BrandPack, Statement } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// United States Postal Service. Researched 2026-12-07 from USPS's own Text Tracking FAQ and, for
// the smishing guidance, copies of the Postal Inspection Service's notice (the uspis.gov page was
// not in the stored material; a statement sourced on a .gov page would also be attributed to a
// regulator, see regulators.ts). Statements are paraphrased, never quoted.

const CHECKED = '2026-12-07';

/** The FTC's consumer alert on package-delivery texts ("from USPS (or FedEx…or DHL…)"). */
export const FTC_PACKAGE_TEXTS = 'https://consumer.ftc.gov/node/88113';

/** FTC guidance for every parcel carrier: delivery-problem texts lead to look-alike sites. */
export function ftcPackageTextStatement(checked: string): z.input<typeof Statement> {
  return {
    topic: 'personal-info',
    text: 'The FTC warns that a text about a package problem is often from a scammer. It may be about unpaid postage, a missed delivery or new shipping choices. It leads to a look-alike site that asks for personal or card details. Look up the tracking through the shop or account you ordered from instead.',
    channels: ['sms', 'email'],
    source: { url: FTC_PACKAGE_TEXTS, type: 'official', checked },
  };
}

const SRC = {
  textTracking: { url: 'https://www.usps.com/text-tracking/welcome.htm', type: 'official', checked: CHECKED },
  textTrackingMobile: { url: 'https://usps.com/text-tracking/index-mobile.htm', type: 'official', checked: CHECKED },
  // A credit union's copy of the USPS smishing notice ("A Message from USPS").
  nefcu: { url: 'https://www.ne-fcu.org/usps-package-tracking-scam', type: 'repost', checked: CHECKED },
  // A newspaper quoting the Postal Inspection Service's smishing page.
  muskogee: {
    url: 'https://www.muskogeephoenix.com/community/5-things-what-is-a-text-message-package-delivery-scam/article_a0f5ea46-e83c-501c-a99f-b1866262551b.html',
    type: 'repost',
    checked: CHECKED,
  },
  adaNews: {
    url: 'https://www.theadanews.com/news/local_news/how-to-spot-a-text-message-package-scam-and-how-to-report-it/article_7d94b560-a7f1-50c6-b072-834bf5c6be57.html',
    type: 'repost',
    checked: CHECKED,
  },
  accuzip: { url: 'http://accuzip.com/news/?id=113', type: 'repost', checked: CHECKED },
  // The Postal Inspection Service's page, seen only as a link in other pages' text.
  uspisSmishing: { url: 'https://www.uspis.gov/news/scam-article/smishing-package-tracking-text-scams', type: 'unverified', checked: CHECKED },
  // Third-party copy of the USPS Text Tracking FAQ that carries its help number.
  faqCopy: { url: 'http://game-ninja.ru/usps-not-updating-tracking-info-14474.html', type: 'unverified', checked: CHECKED },
  fcc: { url: 'https://www.fcc.gov/how-identify-and-avoid-package-delivery-scams', type: 'official', checked: CHECKED },
  ftcPackages: { url: FTC_PACKAGE_TEXTS, type: 'official', checked: CHECKED },
} as const;

export const usps = {
  id: 'usps',
  name: 'USPS',
  // "postal service" alone is any country's post; only the US names count.
  aliases: ['usps', 'u.s.p.s', 'usps.com', 'us postal', 'us postal service', 'u.s. postal service', 'united states postal service'],
  domainTokens: ['usps'],
  // usps.gov is not on a page in the stored material, but only US government bodies can register a
  // .gov name and Majestic ranks it in its top 15k; left out, it read as a lookalike of usps.com.
  officialWebDomains: ['usps.com', 'uspis.gov', 'usps.gov'],
  officialSenderDomains: ['usps.com'],
  statements: [
    {
      topic: 'lookalike-links',
      text: 'USPS has said it only texts or emails people who asked to track a package by its number. Those messages have no link.',
      channels: ['sms', 'email'],
      source: SRC.nefcu,
    },
    {
      topic: 'card-details',
      text: 'The Postal Inspection Service has said USPS tracking by text or email is free. So a text asking you to pay to release a parcel is not from USPS.',
      channels: ['sms', 'email'],
      source: SRC.muskogee,
    },
    {
      topic: 'sender-domain',
      text: 'The Postal Inspection Service has said USPS texts come from five-digit short codes, not from ordinary phone numbers.',
      channels: ['sms'],
      source: SRC.muskogee,
    },
    ftcPackageTextStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or buttons in the email.' },
      { text: 'Type usps.com yourself and enter the tracking number from your order on USPS Tracking.', url: 'https://www.usps.com' },
      { text: 'If you never asked USPS for updates on that package, the email is not from USPS.' },
    ],
    sms: [
      { text: 'Do not tap the link or reply. Real USPS tracking texts come from the short code 28777 (2USPS) and only after you asked for them.' },
      { text: 'Type usps.com yourself and enter the tracking number from your order on USPS Tracking.', url: 'https://www.usps.com' },
      { text: 'You can also text the tracking number to 28777 yourself to get its latest status.', url: 'https://www.usps.com/text-tracking/welcome.htm' },
    ],
    call: [
      { text: 'Hang up. Do not call back a number from the call or a message.' },
      { text: 'Check the package yourself on usps.com with the tracking number from your order.', url: 'https://www.usps.com' },
    ],
  },
  afterEngagement: {
    received: [
      'Check the package yourself on usps.com with the tracking number from your order.',
      'Forward the text or email to spam@uspis.gov (for a text: paste its words, add a screenshot showing the sender and date), then delete it.',
    ],
    'clicked-link': ['Close the page without typing anything.', 'If you typed card or personal details there, follow the steps below for that.'],
    'entered-password': [
      'If you signed in to a fake USPS page, change your USPS.com password from usps.com yourself. Change it anywhere else you used it too.',
    ],
    'shared-code': ['Change the password of the account the code belongs to (your USPS.com account, bank or email) and check its recent activity.'],
    'shared-card': [
      'Call your card issuer on the number on your card and ask them to block it; a fake “redelivery fee” page keeps the card details.',
      'Tell the Postal Inspection Service at spam@uspis.gov that you paid and what you entered.',
    ],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.', 'Include that in your report to spam@uspis.gov.'],
    'remote-access': [
      'Take the device off the internet, uninstall the app they had you install and run a virus scan.',
      'From another device, change the passwords you used on it.',
    ],
    'paid-gift-card': ['USPS never asks for gift cards: contact the company that issued the cards at once with the card numbers and keep the receipts.'],
    'sent-money': ['Call your bank or the payment service now and ask them to stop or reverse the payment.', 'Report it to spam@uspis.gov and say you lost money.'],
    'shared-identity': [
      'Did you give your Social Security number or date of birth on a fake USPS page? Get a recovery plan at IdentityTheft.gov, and think about a credit freeze.',
    ],
  },
  hardening: [
    { text: 'Track parcels on usps.com or through the shop you ordered from, never through a link in a text.', url: 'https://www.usps.com' },
    { text: 'Remember that USPS texts only after you asked it to, from the short code 28777.' },
  ],
  report: [
    {
      name: 'U.S. Postal Inspection Service (spam@uspis.gov)',
      how: 'Forward the email to spam@uspis.gov. For a text, paste its words into a new email with a screenshot of the sender’s number and the date. Say if you clicked, paid or gave details.',
      kind: 'email',
      address: 'spam@uspis.gov',
      channels: ['email', 'sms'],
      country: 'US',
      source: SRC.adaNews,
    },
  ],
  publishedPhones: [
    {
      number: '+18002221811',
      country: 'US',
      confidence: 'unverified',
      note: 'Shown as 1-800-222-1811, the Text Tracking help number in a third-party copy of the USPS FAQ; not seen on usps.com itself. Never show it as an official number.',
      source: SRC.faqCopy,
    },
  ],
  smsSenders: [{ id: '28777', kind: 'short-code', country: 'US', source: SRC.textTracking }],
  sources: [SRC.textTracking, SRC.textTrackingMobile, SRC.nefcu, SRC.muskogee, SRC.adaNews, SRC.accuzip, SRC.uspisSmishing, SRC.fcc, SRC.ftcPackages],
} satisfies z.input<typeof BrandPack>;
