import type { z } from 'zod';
import type { JurisdictionPack, Statement } from './schema.js';

// Country-level reporting routes, not tied to a brand. Facts from shared/reference/brand-facts.md
// §2 (United States) and §3 (United Kingdom).

const CHECKED = '2026-11-25';

/** The FTC's imposter-scam hub; its "Pass It On" text was retrieved without its own URL. */
export const FTC_IMPOSTER_HUB = 'https://consumer.ftc.gov/features/how-avoid-imposter-scams';

/**
 * FTC guidance for every business-impersonation scam: honest businesses do not demand gift cards,
 * cryptocurrency or wire transfers. None of the four brands' own pages in the fact sheet mention
 * crypto, so the text says plainly that this is the FTC speaking, not the brand.
 */
export function ftcNoCryptoStatement(checked: string): z.input<typeof Statement> {
  return {
    topic: 'crypto',
    text: 'FTC guidance: honest businesses do not demand payment in cryptocurrency, gift cards or wire transfers; a message that does is an impostor.',
    channels: ['email', 'sms', 'call'],
    source: { url: FTC_IMPOSTER_HUB, type: 'official', checked },
  };
}

/** FTC guidance that anyone asking for an account verification code is a scammer. */
export function ftcVerificationCodeStatement(checked: string): z.input<typeof Statement> {
  return {
    topic: 'one-time-code',
    text: 'FTC guidance: anyone who asks you for an account verification code is a scammer.',
    channels: ['email', 'sms', 'call'],
    source: { url: FTC_IMPOSTER_HUB, type: 'official', checked },
  };
}

const S = {
  ftcHub: { url: FTC_IMPOSTER_HUB, type: 'official', checked: CHECKED },
  ftcTexts: { url: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages', type: 'official', checked: CHECKED },
  ftcGiftCards: { url: 'https://consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams', type: 'official', checked: CHECKED },
  // The fact sheet's only URLs for ic3.gov are third-party pages that cite it.
  seniorsec: { url: 'https://seniorsec.org/scam-library/tech-support-scams', type: 'repost', checked: CHECKED },
  actionFraud: { url: 'https://www.actionfraud.police.uk/reportscam', type: 'official', checked: CHECKED },
  // Mobile UK is the mobile operators' body that runs the 7726 service.
  mobileUk: { url: 'http://www.mobileuk.org/stop-think-fraud-how-to-report', type: 'official', checked: CHECKED },
  stopThinkFraud: { url: 'https://stopthinkfraud.campaign.gov.uk/reporting-fraud', type: 'official', checked: CHECKED },
  reportFraud: { url: 'https://www.reportfraud.police.uk/how-to-report-suspicious-activity/', type: 'official', checked: CHECKED },
} as const;

export const US = {
  country: 'US',
  name: 'United States',
  routes: [
    {
      name: 'FTC — ReportFraud.ftc.gov',
      how: 'Report the scam to the Federal Trade Commission online.',
      kind: 'web',
      address: 'https://reportfraud.ftc.gov',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: S.ftcHub,
    },
    {
      name: 'Forward spam texts to 7726',
      how: 'Forward the text to 7726 (SPAM); your carrier then asks for the number it came from.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: S.ftcTexts,
    },
    {
      name: 'Report junk in your messaging app',
      how: 'Use the “report junk” or “report spam” option in your messaging app.',
      kind: 'in-app',
      address: 'Report junk / Report spam',
      channels: ['sms'],
      country: 'US',
      source: S.ftcTexts,
    },
    {
      name: 'FBI Internet Crime Complaint Center (IC3)',
      how: 'If the scam happened online or you lost money, file a complaint with the FBI’s IC3.',
      kind: 'web',
      address: 'https://www.ic3.gov',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: S.seniorsec,
    },
    {
      name: 'IdentityTheft.gov',
      how: 'If you gave out your Social Security number or other ID details, get a recovery plan at IdentityTheft.gov.',
      kind: 'web',
      address: 'https://www.identitytheft.gov',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: S.ftcHub,
    },
    {
      name: 'FTC by phone',
      how: 'Call the FTC at 1-877-FTC-HELP (1-877-382-4357); TTY 1-866-653-4261.',
      kind: 'phone',
      address: '+18773824357',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: S.ftcHub,
    },
    {
      name: 'The gift card company',
      how: 'If you paid with a gift card, contact the company that issued it right away. Ask for your money back, and keep the card and receipt. The FTC lists how to reach each company.',
      kind: 'web',
      address: 'https://consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams',
      channels: ['email', 'sms', 'call'],
      country: 'US',
      source: S.ftcGiftCards,
    },
  ],
} satisfies z.input<typeof JurisdictionPack>;

export const GB = {
  country: 'GB',
  name: 'United Kingdom',
  routes: [
    {
      name: 'NCSC Suspicious Email Reporting Service',
      how: 'Forward the email to report@phishing.gov.uk; if it will not forward, send a screenshot. You will not hear back about the outcome.',
      kind: 'email',
      address: 'report@phishing.gov.uk',
      channels: ['email'],
      country: 'GB',
      source: S.actionFraud,
    },
    {
      name: 'Forward scam texts to 7726',
      how: 'Forward the text to 7726; it is free.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'GB',
      source: S.actionFraud,
    },
    {
      name: 'Report scam calls to 7726',
      how: 'Text the word “Call” followed by the scam caller’s number to 7726.',
      kind: 'sms',
      address: '7726',
      channels: ['call'],
      country: 'GB',
      source: S.mobileUk,
    },
    {
      name: 'Report Fraud (formerly Action Fraud)',
      how: 'In England, Wales or Northern Ireland: if you lost money or were hacked, report it online at Report Fraud or call 0300 123 2040.',
      kind: 'web',
      address: 'https://www.reportfraud.police.uk',
      channels: ['email', 'sms', 'call'],
      country: 'GB',
      source: S.reportFraud,
    },
    {
      name: 'Report Fraud by phone',
      how: 'Call 0300 123 2040 (England, Wales and Northern Ireland).',
      kind: 'phone',
      address: '+443001232040',
      channels: ['email', 'sms', 'call'],
      country: 'GB',
      source: S.stopThinkFraud,
    },
    {
      name: 'Your bank via 159',
      how: 'If it is about your bank or you sent money, call 159 to reach your bank safely. Or use a number you already know.',
      kind: 'phone',
      address: '159',
      channels: ['email', 'sms', 'call'],
      country: 'GB',
      source: S.stopThinkFraud,
    },
    {
      name: 'Police Scotland',
      how: 'In Scotland, report fraud to Police Scotland on 101 (999 in an emergency).',
      kind: 'phone',
      address: '101',
      channels: ['email', 'sms', 'call'],
      country: 'GB',
      source: S.stopThinkFraud,
    },
  ],
} satisfies z.input<typeof JurisdictionPack>;

// India: the Department of Telecommunications' Chakshu facility on Sanchar Saathi (suspected fraud
// calls, SMS and WhatsApp messages, no money lost yet) and the Ministry of Home Affairs' National
// Cybercrime Reporting Portal with its 1930 helpline (money lost, or any cybercrime). Researched
// 2026-12-07; no sancharsaathi.gov.in or cybercrime.gov.in page was in the stored material, so the
// sources are the Kerala government's fact-check page and news copies of the DoT advisories.
const IN_CHECKED = '2026-12-07';
const IN_S = {
  keralaFactCheck: { url: 'https://factcheck.kerala.gov.in/180/-are-you-a-victim-of-online-scams---call-1930.html', type: 'official', checked: IN_CHECKED },
  dotAdvisory: {
    url: 'https://orissadiary.com/fake-calls-dont-take-any-calls-threatening-to-disconnect-your-mobile-on-behalf-of-dot-trai-and-report-at-www-sancharsaathi-gov-in/',
    type: 'repost',
    checked: IN_CHECKED,
  },
  chakshuLaunch: {
    url: 'https://www.lokmattimes.com/national/chakshu-govt-launches-portal-to-report-fraud-calls-messages-phone-number-leaks-by-firms-a517/',
    type: 'repost',
    checked: IN_CHECKED,
  },
  helplineSteps: { url: 'https://nagalandpost.com/citizens-asked-to-report-financial-frauds/', type: 'repost', checked: IN_CHECKED },
} as const;

export const IN = {
  country: 'IN',
  name: 'India',
  routes: [
    {
      name: 'Chakshu on Sanchar Saathi (DoT)',
      how: 'Report a fraud call, SMS or WhatsApp message from the last 30 days on Chakshu (Sanchar Saathi, Citizen Centric Services). It is for attempts where no money was lost.',
      kind: 'web',
      address: 'https://sancharsaathi.gov.in/sfc/',
      channels: ['sms', 'call'],
      country: 'IN',
      source: IN_S.dotAdvisory,
    },
    {
      name: 'Cyber financial fraud helpline 1930',
      how: 'If money was taken, call 1930 at once (24 hours): reporting early helps freeze the fraudster’s account. Then complete the complaint on cybercrime.gov.in within 24 hours.',
      kind: 'phone',
      address: '1930',
      channels: ['email', 'sms', 'call'],
      country: 'IN',
      source: IN_S.keralaFactCheck,
    },
    {
      name: 'National Cybercrime Reporting Portal',
      how: 'Report online money fraud or any other cyber crime at cybercrime.gov.in.',
      kind: 'web',
      address: 'https://cybercrime.gov.in',
      channels: ['email', 'sms', 'call'],
      country: 'IN',
      source: IN_S.keralaFactCheck,
    },
  ],
} satisfies z.input<typeof JurisdictionPack>;
