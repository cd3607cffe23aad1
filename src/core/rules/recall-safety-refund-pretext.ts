import { ev } from '../signals/match.js';
import { nearest, RECALL } from '../signals/pressure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Recall scams reuse a real fear (a product you bought is dangerous) to offer a "safety refund" that
// needs your card, bank login or a callback. Real recalls are announced by the maker or a regulator
// and never need payment details from you.

const REFUND_WORD = /refund|reimburse|compensation|erstattung|reembolso|remboursement|restituição|terugbetaling|entschädigung/iu;

export default defineRule({
  meta: {
    id: 'recall-safety-refund-pretext',
    title: 'Product-recall or safety-refund story',
    description:
      'The message says something you bought was recalled. It offers a refund or a new one if you follow its link, call, or give payment details. Check recalls on the maker’s or the safety agency’s own site, such as CPSC.gov.',
    category: 'pretext',
    channels: ['email', 'sms', 'call'],
    messages: {
      recallRefund: 'Uses a product recall to offer a refund ({{phrase}}).',
      recall: 'Tells a product-recall story ({{phrase}}).',
    },
    falsePositives: [
      'Genuine recall notices from a retailer or maker about a product you bought (they point to a recall page on their own site).',
      'News and mailing-list posts about recalls.',
    ],
    references: ['https://consumer.ftc.gov/features/how-avoid-imposter-scams', 'https://www.cpsc.gov/Recalls'],
  },
  check(ctx) {
    const rec = cues(ctx.facts, RECALL, 4);
    if (!rec.length) return [];
    const m = rec[0]!;
    const refunds = ctx.facts.pressure.refund.slice(0, 4);
    const window = ctx.text.slice(Math.max(0, m.start - 300), Math.min(ctx.text.length, m.end + 300));
    const r = nearest(refunds, m, 300);
    if (r || REFUND_WORD.test(window)) {
      const evidence = [ev(ctx.text, m)];
      if (r) evidence.push(ev(ctx.text, r));
      return [{ messageId: 'recallRefund', evidence, data: { phrase: m.text }, strength: r ? 1 : 0.8 }];
    }
    return [{ messageId: 'recall', evidence: [ev(ctx.text, m)], data: { phrase: m.text }, strength: 0.45 }];
  },
});
