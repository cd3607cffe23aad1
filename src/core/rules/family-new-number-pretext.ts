import { ev } from '../signals/match.js';
import { FAMILY_GREETING, NEW_NUMBER_ASK, PHONE_CHANGE } from '../signals/lure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// "Hi Mum, I dropped my phone, this is my new number, message me on WhatsApp" (Action Fraud "friend
// in need", ACMA "Hi Mum"): a stranger poses as a son or daughter on a new number, then asks for
// money for a bill or a new phone. "Hi Mum" alone is an ordinary family text, and friends do change
// numbers, so the rule needs the phone-change story together with the family greeting or with a
// move to WhatsApp.

export default defineRule({
  meta: {
    id: 'family-new-number-pretext',
    title: '"Hi Mum, this is my new number" story',
    description:
      'The message greets you as Mum or Dad, or asks you to move to WhatsApp. It says the sender lost or broke their phone and is texting from a new number. This is how "Hi Mum" scams begin. Call your child on the number you already have before you reply or send money.',
    category: 'pretext',
    channels: ['sms'],
    messages: {
      newNumber: 'Poses as family on a new number ({{phrase}}).',
    },
    falsePositives: [
      'A family member who really changed numbers (call the old number to check before you save the new one).',
    ],
    references: [
      'https://www.acma.gov.au/articles/2024-01/scam-alert-re-emergence-hi-mum-scam',
      'https://www.acma.gov.au/articles/2023-01/scam-alert-variation-hi-mum-scam-sms',
      'https://bankenverband.de/en/consumers/whatsapp-and-sms-scam-hi-mum-trick/',
    ],
  },
  check(ctx) {
    const change = cues(ctx.facts, PHONE_CHANGE, 4);
    if (!change.length) return [];
    const greet = cues(ctx.facts, FAMILY_GREETING, 2)[0];
    const ask = cues(ctx.facts, NEW_NUMBER_ASK, 2)[0];
    if (!greet && !ask) return [];
    const parts = [change[0]!, ...(greet ? [greet] : []), ...(ask ? [ask] : [])].sort((a, b) => a.start - b.start);
    const strength = greet && ask ? 1 : greet ? 0.85 : 0.7;
    return [{ messageId: 'newNumber', evidence: parts.map((m) => ev(ctx.text, m)), data: { phrase: change[0]!.text }, strength }];
  },
});
