import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';
import { ftcPackageTextStatement } from './usps.js';

// DHL. Facts from DHL's Fraud Awareness pages (dhl.com country copies), DHL Hong Kong's phishing
// page and DHL Express Netherlands' fraud help; researched 2026-12-07. Statements are paraphrased.

const CHECKED = '2026-12-07';

const SRC = {
  fraudAwareness: { url: 'https://dhl.com/lt-en/home/footer/fraud-awareness.html', type: 'official', checked: CHECKED },
  fraudAwarenessIe: { url: 'https://dhl.com/ie-en/home/footer/fraud-awareness.html', type: 'official', checked: CHECKED },
  hk: { url: 'http://shipping.dhl.com.hk/AvoidPhishingScams_EN', type: 'official', checked: CHECKED },
  nl: { url: 'https://dhlexpress.nl/en/helpdesk/fraude', type: 'official', checked: CHECKED },
  lot: { url: 'https://lot.dhl.com/fraud-awareness/', type: 'official', checked: CHECKED },
  // DHL New Zealand's alert as published by a newswire.
  scoop: { url: 'https://www.scoop.co.nz/stories/BU2404/S00108/dhl-phishing-scam.htm', type: 'repost', checked: CHECKED },
} as const;

export const dhl = {
  id: 'dhl',
  name: 'DHL',
  aliases: ['dhl', 'dhl express', 'dhl parcel', 'dhl.com', 'deutsche post dhl'],
  domainTokens: ['dhl'],
  // The fraud page lists dhl.com, dpdhl.com, dhl.de, dhl.fr and dhl-news.com (and "another country
  // domain after @dhl"); dhl.com.hk and dhlexpress.nl host DHL's own fraud pages.
  officialWebDomains: ['dhl.com', 'dpdhl.com', 'dhl.de', 'dhl.fr', 'dhl-news.com', 'dhl.com.hk', 'dhlexpress.nl'],
  officialSenderDomains: ['dhl.com', 'dpdhl.com', 'dhl.de', 'dhl.fr', 'dhl-news.com'],
  statements: [
    {
      topic: 'sender-domain',
      text: 'DHL says its official email always comes from dhl.com, dpdhl.com, dhl.de, dhl.fr, dhl-news.com or another DHL country domain. It never comes from Gmail, Yahoo or another free mail service. It adds that scammers can also fake its real addresses.',
      channels: ['email'],
      source: SRC.fraudAwareness,
    },
    {
      topic: 'lookalike-links',
      text: 'DHL says it never links to a website but its own: dhl.com, dpdhl.com, dhl-news.com or a DHL country or campaign site. DHL Hong Kong adds that its texts never use short links.',
      channels: ['email', 'sms'],
      source: SRC.fraudAwareness,
    },
    {
      topic: 'card-details',
      text: 'DHL Hong Kong says DHL never asks for your bank or card details by email or text.',
      channels: ['email', 'sms'],
      source: SRC.hk,
    },
    {
      topic: 'pay-outside',
      text: 'DHL Hong Kong says DHL does not send a direct link to pay. The receiver pays duties and taxes on a DHL payment site tied to the delivery note. DHL Express Netherlands adds that such a request always has the parcel’s waybill number.',
      channels: ['email', 'sms'],
      source: SRC.hk,
    },
    {
      topic: 'wire-transfer',
      text: 'DHL says it does not ask you to pay up front for goods sold online. It only collects what is due for its own shipping, duties or taxes.',
      channels: ['email', 'sms', 'call'],
      source: SRC.lot,
    },
    ftcPackageTextStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not click links or open attachments in the email.' },
      { text: 'Type dhl.com yourself (or your country’s DHL site) and track the shipment with its number.', url: 'https://www.dhl.com' },
      { text: 'A genuine DHL duty request names your shipment’s waybill number: check that number on DHL’s own tracking page.' },
    ],
    sms: [
      { text: 'Do not tap the link; DHL does not use shortened links or ask for card details by text.' },
      { text: 'Type dhl.com yourself and track the shipment number there.', url: 'https://www.dhl.com' },
    ],
    call: [
      { text: 'Hang up if the caller asks for payment or card details, and do not call back a number they give.' },
      { text: 'Check the shipment yourself on dhl.com, or reach DHL customer service through its website.', url: 'https://www.dhl.com' },
    ],
  },
  afterEngagement: {
    received: [
      'Track the shipment yourself on dhl.com.',
      'Send the email as an attachment to phishing-dpdhl@dhl.com, then delete it. For a text, send a screenshot with the sender’s number.',
    ],
    'clicked-link': ['Close the page without typing anything. Then run a virus scan on the device.'],
    'entered-password': ['Change your DHL account password from DHL’s own website, and the same password anywhere else you used it.'],
    'shared-code': ['Change the password of the account the code belongs to and check its recent activity.'],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.', 'Report the page to phishing-dpdhl@dhl.com.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Take the device off the internet, uninstall the app they had you install and run a virus scan.', 'From another device, change your passwords.'],
    'paid-gift-card': ['Contact the company that issued the gift cards at once with the card numbers; keep the receipts.'],
    'sent-money': ['Call your bank or the payment service now and ask them to stop or reverse the payment.', 'Report it to the police and to phishing-dpdhl@dhl.com.'],
    'shared-identity': ['Watch your accounts and credit for anything you did not do. Report the ID theft to the police.'],
  },
  hardening: [{ text: 'Track DHL shipments by typing dhl.com yourself or in the DHL app, never through a link in a message.', url: 'https://www.dhl.com' }],
  report: [
    {
      name: 'DHL anti-abuse mailbox',
      how: 'Send the email as an attachment to phishing-dpdhl@dhl.com; a plain forward loses its technical details. For a text, send a screenshot with the sender’s number. DHL does not reply to each report.',
      kind: 'email',
      address: 'phishing-dpdhl@dhl.com',
      channels: ['email', 'sms'],
      country: null,
      source: SRC.fraudAwareness,
    },
  ],
  publishedPhones: [
    {
      number: '+85224003388',
      country: 'HK',
      confidence: 'official',
      note: 'Shown as (852) 2400 3388: the customer service hotline DHL Hong Kong gives for checking a suspicious message.',
      source: SRC.hk,
    },
  ],
  sources: [SRC.fraudAwareness, SRC.fraudAwarenessIe, SRC.hk, SRC.nl, SRC.lot, SRC.scoop],
} satisfies z.input<typeof BrandPack>;
