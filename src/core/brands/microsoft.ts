import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement, ftcVerificationCodeStatement } from './jurisdictions.js';

// Microsoft brand pack. Facts from shared/reference/brand-facts.md §5 (and the FTC tech-support
// guidance in §2), with the sheet's confidence marks. Statements are paraphrased, never quoted.

const CHECKED = '2026-11-25';

const SRC = {
  techSupportScams: {
    url: 'https://support.microsoft.com/en-us/help/4013405/windows-protect-from-tech-support-scams',
    type: 'official',
    checked: CHECKED,
  },
  defenderScams: { url: 'https://learn.microsoft.com/en-us/defender-endpoint/malware/support-scams', type: 'official', checked: CHECKED },
  blog2013: {
    url: 'https://www.microsoft.com/security/blog/2013/05/23/how-to-combat-tech-support-phone-scams/',
    type: 'official',
    checked: CHECKED,
  },
  // A Microsoft Q&A answer (community forum on learn.microsoft.com), not a Microsoft policy page.
  securityAlertQa: {
    url: 'https://learn.microsoft.com/en-us/answers/questions/5788289/how-do-i-know-if-a-security-alert-is-from-microsof',
    type: 'repost',
    checked: CHECKED,
  },
  ibmNote: { url: 'https://www.ibm.com/support/pages/node/7262731', type: 'practitioner', checked: CHECKED },
  reportAScam: { url: 'https://www.microsoft.com/reportascam', type: 'unverified', checked: CHECKED },
  // The fact sheet names Outlook's Report → Phishing without a source page.
  outlookReport: { url: 'https://support.microsoft.com', type: 'unverified', checked: CHECKED },
  ftcTechSupport: {
    url: 'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams',
    type: 'official',
    checked: CHECKED,
  },
  // live.com, outlook.com, office.com and microsoftonline.com are Microsoft's by general knowledge;
  // the fact sheet does not list them.
  webDomains: { url: 'https://www.microsoft.com', type: 'unverified', checked: CHECKED },
} as const;

export const microsoft = {
  id: 'microsoft',
  name: 'Microsoft',
  // Brand-specific names only: "windows" and "outlook" alone are ordinary words, "hotmail" appears
  // inside people's addresses.
  aliases: [
    'microsoft',
    'microsoft account',
    'microsoft support',
    'microsoft 365',
    'office 365',
    'microsoft defender',
    'windows defender',
    'xbox',
  ],
  domainTokens: ['microsoft', 'office365'],
  // forms.office.com (below) and sharepoint.com host pages anyone can make; sharepoint.com is not
  // listed at all, and Forms is named as user content so a link there is not counted as official.
  officialWebDomains: ['live.com', 'microsoft.com', 'microsoftonline.com', 'office.com', 'outlook.com'],
  userContentHosts: [
    {
      host: 'forms.office.com',
      note: 'Microsoft Forms: anyone with an account can publish a form here, including fake sign-in forms.',
      source: SRC.webDomains,
    },
  ],
  // Only microsoft.com (which covers accountprotection.microsoft.com and mail.support.microsoft.com).
  // outlook.com and live.com are free mailbox domains anyone can send from. microsoftsupport.com is
  // named only in a low-confidence forum answer, so it is left out.
  officialSenderDomains: ['microsoft.com'],
  statements: [
    {
      topic: 'unsolicited-call',
      text: 'Microsoft says it does not make surprise calls or send surprise emails offering to fix your computer. You always start contact with Microsoft support.',
      channels: ['call', 'email', 'sms'],
      source: SRC.techSupportScams,
    },
    {
      topic: 'unsolicited-call',
      text: 'Microsoft says its real error and warning messages never include a phone number to call.',
      channels: ['email', 'sms'],
      source: SRC.techSupportScams,
    },
    {
      topic: 'personal-info',
      text: 'Microsoft says it does not send surprise emails or make surprise calls to ask for personal or money details.',
      channels: ['email', 'sms', 'call'],
      source: SRC.techSupportScams,
    },
    {
      topic: 'card-details',
      text: 'Microsoft says it does not contact people out of the blue to ask for money details such as card numbers.',
      channels: ['email', 'sms', 'call'],
      source: SRC.techSupportScams,
    },
    {
      topic: 'remote-access',
      text: 'Microsoft says it does not reach out unasked to fix your computer. So a surprise caller who wants to connect to your PC is not Microsoft.',
      channels: ['call', 'email', 'sms'],
      source: SRC.techSupportScams,
    },
    {
      topic: 'install-software',
      text: 'Microsoft says to get software only from official stores and sites, never from a link or a caller.',
      channels: ['email', 'sms', 'call'],
      source: SRC.defenderScams,
    },
    {
      topic: 'gift-cards',
      text: 'FTC guidance: tech-support scammers ask to be paid by gift card, wire transfer, prepaid card or payment app; a real tech company will not.',
      channels: ['email', 'sms', 'call'],
      source: SRC.ftcTechSupport,
    },
    {
      topic: 'wire-transfer',
      text: 'FTC guidance: tech-support scammers ask to be paid by wire transfer, gift card, prepaid card or payment app; a real tech company will not.',
      channels: ['email', 'sms', 'call'],
      source: SRC.ftcTechSupport,
    },
    {
      topic: 'sender-domain',
      text: 'Genuine Microsoft account security alerts come from account-security-noreply@accountprotection.microsoft.com; even then, check Recent activity at account.microsoft.com instead of clicking.',
      channels: ['email'],
      source: SRC.securityAlertQa,
    },
    ftcVerificationCodeStatement(CHECKED),
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not use the links or phone numbers in the email.' },
      { text: 'Type account.microsoft.com yourself, sign in, and look at Recent activity under Security.', url: 'https://account.microsoft.com' },
    ],
    sms: [
      { text: 'Do not tap the link or reply.' },
      { text: 'Type account.microsoft.com yourself, sign in, and look at Recent activity under Security.', url: 'https://account.microsoft.com' },
    ],
    call: [
      { text: 'Hang up. Microsoft does not cold-call people to fix their computers.' },
      { text: 'Do not let the caller connect to your computer, and do not call any number shown in a pop-up.' },
      { text: 'If you need Microsoft’s help, start the contact yourself from support.microsoft.com.', url: 'https://support.microsoft.com' },
    ],
  },
  afterEngagement: {
    received: ['Sign in at account.microsoft.com yourself and check Recent activity; report the message as phishing.'],
    'clicked-link': ['Close the page without signing in or typing anything.', 'If you signed in or typed card details, follow the steps below.'],
    'entered-password': [
      'Change your Microsoft account password now at account.microsoft.com, and anywhere else you used it.',
      'Look at Recent activity for sign-ins you do not know. Turn on 2-step sign-in or a passkey.',
    ],
    'shared-code': [
      'Change your Microsoft account password now and check Recent activity at account.microsoft.com.',
      'Check the phone numbers and email addresses in the account’s security info. Look for changes you did not make.',
    ],
    'shared-card': ['Call your card company on the number on your card, block the card and dispute any charge.'],
    'shared-bank': ['Call your bank on a number you already know and tell them what you shared.'],
    'remote-access': [
      'Take the computer off the internet and uninstall the program that let them in.',
      'Run a full scan with Microsoft Defender or another up-to-date virus scanner.',
      'From another device, change your passwords. Call your card company about any payment you made.',
    ],
    'paid-gift-card': ['Contact the company that issued the gift cards at once with the card numbers; keep the cards and receipts.'],
    'sent-money': ['Call your bank or the payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': ['Change your Microsoft account password and check its security info and Recent activity.'],
  },
  hardening: [
    { text: 'Turn on two-step verification or use a passkey for your Microsoft account.', url: 'https://account.microsoft.com' },
    { text: 'Install software only from official sources, and keep Windows and Microsoft Defender up to date.' },
    { text: 'Treat any pop-up that shows a phone number as a scam; close the browser instead.' },
  ],
  report: [
    {
      name: 'Microsoft tech-support scam report',
      how: 'Report a fake Microsoft call, pop-up or message on Microsoft’s scam report page.',
      kind: 'web',
      address: 'https://www.microsoft.com/reportascam',
      channels: ['email', 'sms', 'call'],
      country: null,
      source: SRC.reportAScam,
    },
    {
      name: 'Report in Outlook',
      how: 'In Outlook, select the message and choose Report, then Phishing, to send it to Microsoft.',
      kind: 'in-app',
      address: 'Outlook → Report → Phishing',
      channels: ['email'],
      country: null,
      source: SRC.outlookReport,
    },
  ],
  publishedPhones: [],
  giftCardNames: ['Microsoft gift card', 'Xbox gift card', 'Xbox card'],
  giftCardWords: ['xbox'],
  // Azure sites and CDNs, SharePoint and onmicrosoft.com tenants, and office.com (forms.office.com
  // and sway.office.com) host anyone's pages and forms.
  userContentDomains: ['azurewebsites.net', 'windows.net', 'azureedge.net', 'azurefd.net', 'sharepoint.com', 'onmicrosoft.com', 'office.com'],
  // Short links, sign-in CDNs and the store (Majestic top 15k).
  infrastructureDomains: ['aka.ms', 'msauth.net', 'msftauth.net', 'microsoftstore.com'],
  brandTlds: ['microsoft'],
  sources: [SRC.techSupportScams, SRC.defenderScams, SRC.blog2013, SRC.securityAlertQa, SRC.ibmNote, SRC.ftcTechSupport, SRC.webDomains],
} satisfies z.input<typeof BrandPack>;
