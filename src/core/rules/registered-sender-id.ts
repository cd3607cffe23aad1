import { senderEvidence } from '../facts/sender.js';
import { defineRule } from './define-rule.js';

// Genuine evidence, and deliberately weak. Brands text from short codes and registered sender
// names; scammers mostly text from ordinary mobile numbers and email addresses (sms-sender-mismatch
// says so when a text claims a brand). A sender shown as a short code or a registered-format name
// therefore leans genuine — but sender names can be spoofed on some routes, and this cannot be
// checked from the message, so the finding says exactly that.

// India's commercial senders: under TRAI's TCCCPR 2018, commercial texts may only be sent from
// headers registered to the sending entity on the operators' DLT platforms; phones show them as a
// two-letter operator/circle prefix and the six-character header ("VM-ICICIB").
// https://main.trai.gov.in/sites/default/files/RegulationUcc19072018.pdf
const DLT_HEADER = /^[A-Z]{2}-[A-Z0-9]{6}$/i;
// US common short codes: 5 or 6 digits, leased through the Short Code Registry with vetting of
// the lessee and the brand (https://www.usshortcodes.com/scr/help/registrant/FAQ/faq.htm).
const SHORT_CODE = /^\d{5,6}$/;
// An alphanumeric originator: at most 11 characters, at least one letter (3GPP TS 23.040).
const ALPHANUMERIC = /^(?=[^a-z]{0,10}[a-z])[a-z0-9][a-z0-9 .&_-]{1,10}$/i;

export default defineRule({
  meta: {
    id: 'registered-sender-id',
    title: 'Sent from a short code or a registered sender name',
    description:
      'The text came from a short code or a sender name in a registered format. That is how brands send texts; scam texts mostly come from ordinary phone numbers or email addresses. Sender names can be faked on some routes and cannot be checked from the message, so this weighs little.',
    category: 'genuine',
    channels: ['sms'],
    messages: {
      brandSender: 'Sent from {{sender}}, which {{brand}} lists as one of its own senders. Sender names can still be spoofed on some routes.',
      dltHeader: 'Sent from {{sender}}, a sender name in India’s registered (DLT) header format. It cannot be verified from here, and sender names can be spoofed.',
      shortCode: 'Sent from the short code {{sender}}, as brands send texts. It cannot be verified from here.',
      alphanumeric: 'Sent from the sender name {{sender}}, not an ordinary phone number. Sender names can be spoofed, so this weighs little.',
    },
    falsePositives: [
      'Spoofed alphanumeric sender names, where operators do not block them (a scam text can land in the same thread as the real brand’s texts).',
      'Scammers who register a header or rent a short code of their own.',
    ],
    references: [
      'https://main.trai.gov.in/sites/default/files/RegulationUcc19072018.pdf',
      'https://www.usshortcodes.com/scr/help/registrant/FAQ/faq.htm',
    ],
  },
  check(ctx) {
    const sender = ctx.message.sender?.trim();
    if (!sender || sender.length > 20 || sender.includes('@')) return [];
    const evidence = [senderEvidence(ctx.message)];
    const claim = ctx.facts.claim;
    if (claim) {
      const header = DLT_HEADER.test(sender) ? sender.slice(3) : null;
      const own = claim.pack.smsSenders.find((s) =>
        s.kind === 'dlt-header' ? header !== null && s.id.toUpperCase() === header.toUpperCase() : s.id.toLowerCase() === sender.toLowerCase(),
      );
      if (own) return [{ messageId: 'brandSender' as const, evidence, data: { sender, brand: claim.pack.name }, effect: 'lower' as const }];
    }
    if (DLT_HEADER.test(sender)) return [{ messageId: 'dltHeader' as const, evidence, data: { sender }, strength: 0.8, effect: 'lower' as const }];
    if (SHORT_CODE.test(sender)) return [{ messageId: 'shortCode' as const, evidence, data: { sender }, strength: 0.7, effect: 'lower' as const }];
    if (ALPHANUMERIC.test(sender)) return [{ messageId: 'alphanumeric' as const, evidence, data: { sender }, strength: 0.45, effect: 'lower' as const }];
    return [];
  },
});
