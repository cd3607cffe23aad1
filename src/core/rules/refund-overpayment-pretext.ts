import { ev } from '../signals/match.js';
import { nearest, RETURN_MONEY } from '../signals/pressure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Refund scams: an unexpected refund is the bait, and the "overpayment" ("we typed an extra zero,
// please send back the difference") is the sting — the victim returns real money for a refund that
// was never made, often while the scammer controls their screen.

// A genuine refund receipt ("your refund of $23.99 has been issued to your original payment method").
const RECEIPT = /\b(?:has been|was|will be) (?:issued|processed|credited|refunded) (?:to|back to) (?:your|the) (?:original )?(?:payment method|card|account)/iu;

export default defineRule({
  meta: {
    id: 'refund-overpayment-pretext',
    title: 'Refund or overpayment story',
    description:
      'The message offers a refund you did not ask for. Or it claims you got too much back and must send the difference. Real refunds go back the way you paid; nobody needs you to return money.',
    category: 'pretext',
    channels: ['email', 'sms', 'call'],
    messages: {
      overpayment: 'Claims you were refunded or paid too much and must send money back ({{phrase}}).',
      refundOffer: 'Offers a refund you did not ask for ({{phrase}}).',
    },
    falsePositives: [
      'Genuine refund confirmations from a shop you returned something to.',
      'Tax refund notices from a tax preparer you use.',
    ],
    references: [
      'https://consumer.ftc.gov/features/pass-it-on/impersonator-scams/tech-support-scams',
      'https://consumer.ftc.gov/features/how-avoid-imposter-scams',
    ],
  },
  check(ctx) {
    const over = ctx.facts.pressure.overpayment.slice(0, 4);
    const refund = ctx.facts.pressure.refund.slice(0, 4);
    const back = cues(ctx.facts, RETURN_MONEY, 4);
    for (const m of over) {
      const b = nearest(back, m, 300);
      const money = ctx.byType('money').some((x) => x.span && Math.abs(x.span.start - m.start) <= 200);
      // A bare "overpaid" is everyday English ("overpaid executives"); it needs a refund, an amount
      // or a request to send money back.
      if (/^over/iu.test(m.text) && !b && !money && !refund.length) continue;
      const evidence = [ev(ctx.text, m)];
      if (b) evidence.push(ev(ctx.text, b));
      return [{ messageId: 'overpayment', evidence, data: { phrase: m.text }, strength: b || refund.length ? 1 : 0.8 }];
    }
    if (!refund.length) return [];
    const r = refund[0]!;
    const b = nearest(back, r, 300);
    if (b) return [{ messageId: 'overpayment', evidence: [ev(ctx.text, r), ev(ctx.text, b)], data: { phrase: b.text }, strength: 0.9 }];
    const line = ctx.text.slice(r.start, Math.min(ctx.text.length, r.end + 120));
    const money = ctx.byType('money').find((x) => x.span && Math.abs(x.span.start - r.start) <= 120);
    let strength = 0.55 + (money ? 0.15 : 0) + (refund.length > 1 ? 0.1 : 0);
    if (RECEIPT.test(line)) strength = 0.2;
    const evidence = [ev(ctx.text, r)];
    if (money?.span) evidence.push(ev(ctx.text, money.span));
    return [{ messageId: 'refundOffer', evidence, data: { phrase: r.text }, strength }];
  },
});
