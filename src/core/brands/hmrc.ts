import type { z } from 'zod';
import type { BrandPack } from './schema.js';

// HM Revenue and Customs (UK). HMRC's own GOV.UK guidance backs the routes and sources; the
// statements cite dated copies of those same GOV.UK pages (govukdiff/govdiff) and people quoting
// HMRC, because a statement sourced on gov.uk is attributed to "UK government" rather than to the
// pack's own brand (regulators.ts). Researched 2026-12-07.

const CHECKED = '2026-12-07';

const SRC = {
  identifyScams: { url: 'https://gov.uk/guidance/identify-hmrc-related-scam-phone-calls-emails-and-text-messages', type: 'official', checked: CHECKED },
  genuineTexts: { url: 'https://www.gov.uk/guidance/check-if-a-text-message-youve-received-from-hmrc-is-genuine', type: 'official', checked: CHECKED },
  genuineContact: {
    url: 'https://www.gov.uk/government/publications/genuine-hmrc-contact-and-recognising-phishing-emails/genuine-hmrc-contact-and-recognising-phishing-emails',
    type: 'official',
    checked: CHECKED,
  },
  oldReporting: { url: 'http://www.hmrc.gov.uk/security/reporting.htm', type: 'official', checked: CHECKED },
  // Dated copies of the GOV.UK pages above.
  identifyCopy: {
    url: 'https://govukdiff.njk.onl/update/2024-01-31T10:00:00+00:00/www.gov.uk/guidance/identify-hmrc-related-scam-phone-calls-emails-and-text-messages',
    type: 'repost',
    checked: CHECKED,
  },
  textsCopy: {
    url: 'https://govdiff.njk.onl/update/2025-07-09T08:36:00+01:00/www.gov.uk/guidance/check-if-a-text-message-youve-received-from-hmrc-is-genuine',
    type: 'repost',
    checked: CHECKED,
  },
  // A tax charity quoting HMRC's advice on phone scams.
  taxaid: { url: 'https://taxaid.org.uk/telephone-scammers', type: 'repost', checked: CHECKED },
  // An accountant quoting HMRC's four tips.
  bishop: { url: 'https://bishopfm.com/2020/01/how-to-avoid-fake-emails-texts-and-phishing', type: 'repost', checked: CHECKED },
  // An accountants' body's copy of HMRC's genuine-contact page (sender no.reply@advice.hmrc.gov.uk).
  icpa: { url: 'https://www.icpa.org.uk/portal/hmrc/genuine_hmrc_contact_recognising_phishing_emails', type: 'repost', checked: CHECKED },
} as const;

export const hmrc = {
  id: 'hmrc',
  name: 'HMRC',
  aliases: ['hmrc', 'hm revenue & customs', 'hm revenue and customs'],
  domainTokens: ['hmrc'],
  // HMRC's pages live on www.gov.uk (gov.uk itself is a public suffix, so www.gov.uk is its own
  // registrable name); hmrc.gov.uk is its older site and its mail domain. www.gov.uk is shared by
  // all UK government departments: a link there is official, not proof that HMRC sent it.
  officialWebDomains: ['www.gov.uk', 'hmrc.gov.uk'],
  officialSenderDomains: ['hmrc.gov.uk'],
  statements: [
    {
      topic: 'personal-info',
      text: 'HMRC says it will never ask for personal or money details in a text. Do not reply to a text that offers a tax refund for such details.',
      channels: ['sms'],
      source: SRC.textsCopy,
    },
    {
      topic: 'lookalike-links',
      text: 'HMRC says a link in its text messages goes only to GOV.UK information or to HMRC webchat.',
      channels: ['sms'],
      source: SRC.textsCopy,
    },
    {
      topic: 'pressure',
      text: 'HMRC says it will never leave a voicemail that threatens legal action. It will never threaten arrest.',
      channels: ['call'],
      source: SRC.identifyCopy,
    },
    {
      topic: 'gift-cards',
      text: 'HMRC has said: if a caller who says they are HMRC threatens court or jail, or wants payment in vouchers, hang up. Then report it.',
      channels: ['call'],
      source: SRC.taxaid,
    },
    {
      topic: 'password',
      text: 'HMRC has said it will never contact you out of the blue for your PIN, password or bank details. Nor will your bank.',
      channels: ['email', 'sms', 'call'],
      source: SRC.bishop,
    },
    {
      topic: 'card-details',
      text: 'HMRC has said it will never contact you out of the blue to ask for your bank details. It only asks you to pay a debt you already know about.',
      channels: ['email', 'sms', 'call'],
      source: SRC.bishop,
    },
  ],
  verify: {
    email: [
      { text: 'Do not open attachments or click links in the email.' },
      { text: 'Type gov.uk yourself and sign in to your HMRC online account. Check there for any refund, bill or message.' },
      { text: 'Check HMRC’s list of genuine contact on GOV.UK to see whether the email is one it sends.', url: 'https://www.gov.uk/government/publications/genuine-hmrc-contact-and-recognising-phishing-emails/genuine-hmrc-contact-and-recognising-phishing-emails' },
    ],
    sms: [
      { text: 'Do not tap the link or reply; HMRC texts never ask for personal or financial details.' },
      { text: 'Check HMRC’s list of genuine text messages on GOV.UK.', url: 'https://www.gov.uk/guidance/check-if-a-text-message-youve-received-from-hmrc-is-genuine' },
    ],
    call: [
      { text: 'Hang up if the caller threatens arrest or legal action or wants payment in vouchers.' },
      { text: 'Call HMRC back from a different phone on a number you find on GOV.UK yourself.' },
      { text: 'Check the signs of a bogus HMRC call on GOV.UK.', url: 'https://www.gov.uk/guidance/identify-hmrc-related-scam-phone-calls-emails-and-text-messages' },
    ],
  },
  afterEngagement: {
    received: [
      'Forward emails to phishing@hmrc.gov.uk and texts to 60599, then delete them; report calls to phishing@hmrc.gov.uk with the number, date and time.',
    ],
    'clicked-link': ['Close the page without typing anything. Then run a virus scan on the device.'],
    'entered-password': [
      'Did you type your HMRC online account (Government Gateway) details on a fake page? Change that password on GOV.UK yourself now, and anywhere else you used it.',
    ],
    'shared-code': ['Change your HMRC online account password on GOV.UK yourself. Check your personal tax account for changes you did not make.'],
    'shared-card': ['Call your bank on the number on your card (or 159) and ask them to block it.', 'Tell HMRC at phishing@hmrc.gov.uk what happened.'],
    'shared-bank': ['Contact your bank (159) and Report Fraud at once, as HMRC advises after giving bank details to a fraudster.'],
    'remote-access': ['Take the device off the internet, uninstall the app they had you install and run a virus scan.', 'From another device, change your passwords.'],
    'paid-gift-card': ['Contact the company that issued the vouchers or gift cards at once with their numbers; keep the receipts, and report it to Report Fraud.'],
    'sent-money': ['Call your bank (159) now and ask them to stop or recover the payment, then report it to Report Fraud.'],
    'shared-identity': ['If you gave your National Insurance number or account details, tell HMRC at phishing@hmrc.gov.uk. Watch your personal tax account and credit file.'],
  },
  hardening: [
    { text: 'Check HMRC messages by signing in to your HMRC online account on GOV.UK yourself.' },
    { text: 'HMRC does not contact you on WhatsApp, except through the UK Government channel you signed up to.' },
  ],
  report: [
    {
      name: 'HMRC phishing team (email and calls)',
      how: 'Forward the suspicious email to phishing@hmrc.gov.uk, then delete it. For a call, send the number, date, time and what was said.',
      kind: 'email',
      address: 'phishing@hmrc.gov.uk',
      channels: ['email', 'call'],
      country: 'GB',
      source: SRC.identifyScams,
    },
    {
      name: 'HMRC phishing texts (60599)',
      how: 'Forward the text to 60599 (network charges apply), then delete it.',
      kind: 'sms',
      address: '60599',
      channels: ['sms'],
      country: 'GB',
      source: SRC.genuineTexts,
    },
  ],
  sources: [SRC.identifyScams, SRC.genuineTexts, SRC.genuineContact, SRC.oldReporting, SRC.identifyCopy, SRC.textsCopy, SRC.taxaid, SRC.bishop, SRC.icpa],
} satisfies z.input<typeof BrandPack>;
