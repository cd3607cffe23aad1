import { senderEvidence } from '../facts/sender.js';
import { defineRule } from './define-rule.js';

// Brands text from short codes or registered alphanumeric sender ids. A text that claims a brand
// but arrives from an email address (iMessage/email-to-SMS) or an ordinary ten-digit number came
// from someone's phone or a bulk gateway, not the brand.

export default defineRule({
  meta: {
    id: 'sms-sender-mismatch',
    title: 'Text claims a brand but comes from an ordinary number or email address',
    description:
      'The text message presents itself as a brand but was sent from an email address or a regular phone number. Brands send texts from short codes or their registered sender name.',
    category: 'sender',
    channels: ['sms'],
    statement: 'sender-domain',
    messages: {
      emailSender: 'Claims to be {{brand}} but was sent from the email address {{sender}}.',
      longNumber: 'Claims to be {{brand}} but was sent from the ordinary phone number {{sender}}, not a short code.',
    },
    falsePositives: [
      'Brand notifications relayed by a carrier through a ten-digit toll-free number (some US senders use verified toll-free numbers).',
      'A friend forwarding a genuine brand text.',
    ],
    references: ['https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages'],
  },
  check(ctx) {
    const claim = ctx.facts.claim;
    const sender = ctx.message.sender?.trim();
    if (!claim || !sender || claim.strength < 2) return [];
    if (sender.includes('@')) {
      return [{ messageId: 'emailSender' as const, evidence: [senderEvidence(ctx.message), ...claim.evidence.slice(0, 1)], data: { brand: claim.pack.name, sender } }];
    }
    const num = ctx.facts.sender.number;
    if (!num) return [];
    // Verified toll-free senders exist, so they count for less than a mobile or landline number.
    const strength = num.type === 'TOLL_FREE' ? 0.5 : 1;
    return [{ messageId: 'longNumber' as const, evidence: [senderEvidence(ctx.message), ...claim.evidence.slice(0, 1)], data: { brand: claim.pack.name, sender: num.e164 }, strength }];
  },
});
