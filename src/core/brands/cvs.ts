import type { z } from 'zod';
import type { BrandPack } from './schema.js';
import { ftcNoCryptoStatement } from './jurisdictions.js';

// CVS (CVS Pharmacy / CVS Health) brand pack. Facts from CVS's own security-alerts help page; its
// phone warning as reported by local radio. Statements are paraphrased, never quoted.

const CHECKED = '2026-12-07';

const SRC = {
  securityAlerts: {
    url: 'https://www.cvs.com/help/help_subtopic_details.jsp;jsessionid=qGd8PM_eJWTG0xSuuAtt5fLRiPoZqwJ6YJQs_x1-.commerce_1104?subtopicName=Security&topicid=2400003',
    type: 'official',
    checked: CHECKED,
  },
  phoneWarning: { url: 'https://981thehawk.com/cvs-phone-scam-hits-broome-county/', type: 'repost', checked: CHECKED },
  ftcTexts: { url: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages', type: 'official', checked: CHECKED },
  // cvshealth.com, caremark.com and minuteclinic.com as CVS Health's are general knowledge.
  domains: { url: 'https://www.cvs.com', type: 'unverified', checked: CHECKED },
} as const;

export const cvs = {
  id: 'cvs',
  name: 'CVS Pharmacy',
  // "cvs" alone is also the old version-control system ("checked into CVS", "[CVS] commit"), common
  // in technical mail; the alias list therefore names the pharmacy and its programmes, plus "cvs"
  // only inside longer names.
  aliases: ['cvs pharmacy', 'cvs/pharmacy', 'cvs health', 'cvs caremark', 'cvs extracare', 'extracare', 'minuteclinic', 'cvs.com'],
  // "cvs" is too short and sits inside cvshome.org (the version-control project), so the tokens
  // are the longer names.
  domainTokens: ['cvspharmacy', 'cvshealth', 'minuteclinic'],
  officialWebDomains: ['cvs.com', 'cvshealth.com', 'caremark.com', 'minuteclinic.com'],
  officialSenderDomains: ['cvs.com', 'cvshealth.com', 'caremark.com'],
  statements: [
    {
      topic: 'personal-info',
      text: 'CVS Health says it does not ask customers for details through offer texts or emails like these. Do not reply to them or follow their links.',
      channels: ['email', 'sms'],
      source: SRC.securityAlerts,
    },
    {
      topic: 'sender-domain',
      text: 'CVS Health says it texts customers from short codes, not from ordinary 10-digit phone numbers.',
      channels: ['sms'],
      source: SRC.securityAlerts,
    },
    {
      topic: 'personal-info',
      text: 'CVS has said no one from the pharmacy will ask for your personal or money details by phone.',
      channels: ['call'],
      source: SRC.phoneWarning,
    },
    ftcNoCryptoStatement(CHECKED),
  ],
  verify: {
    email: [
      { text: 'Do not reply or use the links; type cvs.com yourself or open the CVS app to see real offers and ExtraCare rewards.', url: 'https://www.cvs.com' },
    ],
    sms: [
      { text: 'A CVS offer text from a 10-digit number is not from CVS; do not tap its link. Check offers in the CVS app or at cvs.com.', url: 'https://www.cvs.com' },
    ],
    call: [
      { text: 'Hang up and call your CVS pharmacy on the number on your prescription label or at cvs.com.', url: 'https://www.cvs.com' },
    ],
  },
  afterEngagement: {
    received: ['Forward the text to 7726 or report the email as phishing, then delete it.'],
    'clicked-link': ['Close the page without typing anything; a CVS “survey” or “reward” page that asks for card details is a scam.'],
    'entered-password': ['Change your cvs.com password now, and anywhere else you used it; check your ExtraCare account and prescriptions.'],
    'shared-code': ['Change your cvs.com password and check your account for changes you did not make.'],
    'shared-card': ['Call your card issuer on the number on your card and ask them to block it.'],
    'shared-bank': ['Call your bank on a number you know and tell them what you shared.'],
    'remote-access': ['Disconnect the device from the internet and uninstall the app that let them in. Then change your passwords from another device.'],
    'paid-gift-card': ['Contact the company that issued the gift card at once with the card number; keep the card and receipt.'],
    'sent-money': ['Call your bank or payment service now and ask them to stop or reverse the payment.'],
    'shared-identity': [
      'If you gave insurance or Medicare details, call your insurer on the number on your card. Watch your benefit statements.',
      'Get a recovery plan at IdentityTheft.gov.',
    ],
  },
  hardening: [{ text: 'Check offers and rewards only in the CVS app or at cvs.com.', url: 'https://www.cvs.com' }],
  report: [
    {
      name: 'Forward scam texts to 7726',
      how: 'Forward the fake CVS text to 7726 (SPAM) so your carrier can block the sender.',
      kind: 'sms',
      address: '7726',
      channels: ['sms'],
      country: 'US',
      source: SRC.ftcTexts,
    },
  ],
  giftCardNames: ['CVS gift card'],
  sources: [SRC.securityAlerts, SRC.phoneWarning, SRC.ftcTexts, SRC.domains],
} satisfies z.input<typeof BrandPack>;
