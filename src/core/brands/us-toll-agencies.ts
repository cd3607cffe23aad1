import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// US toll agencies pack: E-ZPass (New York's Thruway Authority and the other E-ZPass states),
// Florida's SunPass and California's FasTrak, as one "brand" because the unpaid-toll text lure
// names them interchangeably. The agencies' own alert pages were not in the stored material; their
// warnings come from press reports quoting them, marked as reposts. Paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  // NYS Thruway Authority alert, quoted: real E-ZPass NY messages only point to e-zpassny.com / tollsbymailny.com.
  nyOfficialSites: { url: 'https://hot991.com/ixp/17/p/ez-pass-text-scam-new-york/', type: 'repost', checked: CHECKED },
  // NY Governor's office: E-ZPass / Tolls by Mail never text or email for card, birthday or SSN; phone numbers.
  nyGovernor: { url: 'https://nystateofpolitics.com/state-of-politics/new-york/news/2025/02/16/new-yorkers-warned-over-e-zpass-text-message-scam', type: 'repost', checked: CHECKED },
  nyThruway: { url: 'https://wour.com/ixp/40/p/ny-ez-pass-scam/', type: 'repost', checked: CHECKED },
  // FDOT statement: SunPass does not ask via text to pay; texts only from 786727, mail from sunpass.com.
  sunpass: { url: 'https://news.yahoo.com/sunpass-warns-drivers-fake-text-214320379.html', type: 'repost', checked: CHECKED },
  // FasTrak (Bay Area) does not use texts to request payment through a website; bayareafastrak.org, 877-BAY-TOLL.
  fastrak: { url: 'https://www.kalw.org/bay-area-news/2025-04-17/fastrak-warns-motorists-of-scam', type: 'repost', checked: CHECKED },
  fastrakNoText: { url: 'https://sfist.com/2024/03/22/avoid-being-scammed-by-fake-fastrak-texts-telling-you-to-pay-penalties/', type: 'repost', checked: CHECKED },
  ic3: {
    url: 'https://nbcbayarea.com/investigations/consumer/fastrak-texts-scams/3747947/?os=winDhGBITylrefDapp',
    type: 'repost',
    checked: CHECKED,
  },
  ftcTexts: { url: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages', type: 'official', checked: CHECKED },
  // The other E-ZPass state sites, the interagency group, EZDriveMA and The Toll Roads are general
  // knowledge, not confirmed on an agency page.
  domains: { url: 'https://www.e-zpassiag.com', type: 'unverified', checked: CHECKED },
} as const;

export const usTollAgencies = {
  id: 'us-toll-agencies',
  name: 'US toll agencies (E-ZPass, SunPass, FasTrak)',
  // "tolls by mail" as words is an ordinary phrase; only the programme's one-word name counts.
  aliases: ['e-zpass', 'e-z pass', 'ez pass', 'ez-pass', 'sunpass', 'sun pass', 'fastrak', 'fas trak', 'bay area fastrak', 'tollsbymail', 'e-zpass ny'],
  domainTokens: ['ezpass', 'e-zpass', 'sunpass', 'fastrak', 'tollsbymail'],
  officialWebDomains: [
    'e-zpassny.com',
    'tollsbymailny.com',
    'e-zpass.com',
    'e-zpassiag.com',
    'ezpassnj.com',
    'ezpassva.com',
    'ezpassmd.com',
    'ezpassde.com',
    'ezpassnh.com',
    'ezdrivema.com',
    'sunpass.com',
    'bayareafastrak.org',
    'thetollroads.com',
  ],
  officialSenderDomains: ['e-zpassny.com', 'tollsbymailny.com', 'sunpass.com', 'bayareafastrak.org'],
  statements: [
    {
      topic: 'personal-info',
      text: 'New York State has said E-ZPass and Tolls by Mail will never text or email you for private details. That means your birthday or Social Security number.',
      channels: ['sms', 'email'],
      source: SRC.nyGovernor,
    },
    {
      topic: 'card-details',
      text: 'New York State has said E-ZPass and Tolls by Mail never text or email you for your credit card number.',
      channels: ['sms', 'email'],
      source: SRC.nyGovernor,
    },
    {
      topic: 'lookalike-links',
      text: 'The New York State Thruway Authority has said real E-ZPass NY messages only link to its official websites. These include e-zpassny.com and tollsbymailny.com.',
      channels: ['sms', 'email'],
      source: SRC.nyOfficialSites,
    },
    {
      topic: 'pay-outside',
      text: 'Florida’s DOT has said SunPass does not text you to pay, or to act on your account right away.',
      channels: ['sms'],
      source: SRC.sunpass,
    },
    {
      topic: 'pay-outside',
      text: 'Bay Area FasTrak has said it does not use texts to ask for payment through a website.',
      channels: ['sms'],
      source: SRC.fastrak,
    },
    {
      topic: 'sender-domain',
      text: 'Florida’s DOT has said SunPass only texts from short code 786727 and emails from customerservice@sunpass.com or noreply@sunpass.com.',
      channels: ['sms', 'email'],
      source: SRC.sunpass,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links; type your toll agency’s address yourself (e-zpassny.com, sunpass.com, bayareafastrak.org…) and sign in.', url: 'https://www.e-zpassny.com' },
    ],
    sms: [
      { text: 'Do not tap the link or reply “Y”; toll agencies do not ask for payment by text.' },
      { text: 'Sign in to your toll account yourself: e-zpassny.com or tollsbymailny.com (New York), sunpass.com (Florida), bayareafastrak.org (Bay Area).', url: 'https://www.sunpass.com' },
    ],
    call: [
      { text: 'Hang up. Call your toll agency on the number on its website, or on a paper toll bill you got by mail.', url: 'https://www.bayareafastrak.org' },
    ],
  },
  afterEngagement: {
    received: ['Forward the text to 7726 (SPAM) or use Report Junk, then delete it.', 'If you want to be sure, sign in to your real toll account yourself.'],
    'clicked-link': ['Close the page without typing anything; do not reply to the text.'],
    'entered-password': ['Change your toll account password on the agency’s real website. Change it anywhere else you used it too.'],
    'shared-code': ['Change the password of the account the code belonged to, and check it for changes you did not make.'],
    'shared-card': [
      'Call your card issuer on the number on your card and ask them to block it and dispute the charge.',
      'If you paid on a fake toll site, tell the real agency too. FasTrak asks victims to contact their bank or card company.',
    ],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and uninstall the app that let them in. Then change your passwords from another device.'],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number; no toll agency takes gift cards.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment; report it to the FBI at ic3.gov.'],
    'shared-identity': ['If you gave your driver’s licence or Social Security number, get a recovery plan at IdentityTheft.gov.'],
  },
  hardening: [{ text: 'Check toll balances only by signing in on your agency’s own website or app; keep your toll account’s contact details current.' }],
  report: [
    {
      name: 'Forward toll scam texts to 7726',
      how: 'Forward the fake toll text to 7726 (SPAM) or use your phone’s Report Junk option.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: SRC.ftcTexts,
    },
    {
      name: 'FBI Internet Crime Complaint Center (IC3)',
      how: 'Report the fake toll text to the FBI’s IC3. Give the number it came from and the website it named.',
      kind: 'web',
      address: 'https://www.ic3.gov',
      channels: ['sms', 'email'],
      country: 'US',
      source: SRC.ic3,
    },
  ],
  publishedPhones: [
    {
      number: '+18003338655',
      country: 'US',
      confidence: 'unverified',
      note: 'E-ZPass New York Customer Service Center, 1-800-333-8655, as quoted from the NY Governor’s office by the press. Never show it as official; send people to e-zpassny.com instead.',
      source: SRC.nyGovernor,
    },
    {
      number: '+18448268400',
      country: 'US',
      confidence: 'unverified',
      note: 'Tolls by Mail NY, 1-844-826-8400, as quoted by the press. Never show it as official; send people to tollsbymailny.com instead.',
      source: SRC.nyGovernor,
    },
    {
      number: '+18888655352',
      country: 'US',
      confidence: 'unverified',
      note: 'SunPass, 1-888-TOLL-FLA, as quoted from Florida’s DOT by the press. Never show it as official; send people to sunpass.com instead.',
      source: SRC.sunpass,
    },
    {
      number: '+18772298655',
      country: 'US',
      confidence: 'unverified',
      note: 'Bay Area FasTrak, 877-BAY-TOLL, as quoted by the press. Never show it as official; send people to bayareafastrak.org instead.',
      source: SRC.fastrak,
    },
  ],
  smsSenders: [{ id: '786727', kind: 'short-code', country: 'US', source: SRC.sunpass }],
  giftCardNames: [],
  sources: [SRC.nyOfficialSites, SRC.nyGovernor, SRC.nyThruway, SRC.sunpass, SRC.fastrak, SRC.fastrakNoText, SRC.ic3, SRC.ftcTexts, SRC.domains],
} satisfies z.input<typeof BrandPack>;
