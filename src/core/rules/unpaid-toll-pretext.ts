import { near } from '../signals/match.js';
import { spanEvidence } from '../signals/request-lexicon.js';
import type { Span } from '../types.js';
import { nearest } from '../signals/pressure-lexicon.js';
import { TOLL_PENALTY, TOLL_SERVICE, UNPAID_BALANCE } from '../signals/lure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Unpaid-toll smishing (FBI IC3 PSA April 2024, FTC January 2025): "E-ZPass: you have an unpaid toll
// balance of $6.99, pay by … to avoid a late fee", with a link to a lookalike toll site that takes
// card details. Toll agencies do send statements, so a toll word and a balance alone are not
// enough: the text must also carry a link or threaten a late fee, a fine or a licence suspension.

export default defineRule({
  meta: {
    id: 'unpaid-toll-pretext',
    title: 'Unpaid-toll story',
    description:
      'The message says you owe an unpaid toll (E-ZPass, SunPass, FasTrak, "toll services"). It says you must pay through a link or face a late fee, a fine or a licence suspension. Check your toll account on the agency\'s own website or app; never pay from a text.',
    category: 'pretext',
    channels: ['sms', 'email'],
    messages: {
      unpaidToll: 'Claims an unpaid toll ({{phrase}}) and pushes you to pay through the message.',
    },
    falsePositives: [
      'A genuine statement from your own toll account that links to the agency\'s real site.',
    ],
    references: [
      'https://www.ic3.gov/PSA/2024/PSA240412',
      'https://consumer.ftc.gov/consumer-alerts/2025/01/got-text-about-unpaid-tolls-its-probably-scam',
    ],
  },
  check(ctx) {
    const toll = cues(ctx.facts, TOLL_SERVICE, 6);
    if (!toll.length) return [];
    const unpaid = cues(ctx.facts, UNPAID_BALANCE, 6);
    const money = ctx.byType('money').filter((m) => m.span);
    // The debt: an "unpaid balance" phrase, or a toll phrase that says unpaid itself, or an amount near the toll word.
    const selfUnpaid = toll.find((t) => /unpaid|outstanding|overdue|due|owed|missed|unsettled|pending/iu.test(t.text));
    const debt = nearest(unpaid, toll[0]!, 200) ?? selfUnpaid;
    const amount = money.find((m) => toll.some((t) => near(t, m.span!, 120)));
    if (!debt && !amount) return [];
    const penalty = cues(ctx.facts, TOLL_PENALTY, 4)[0];
    const link = ctx.byType('url').find((u) => u.span);
    if (!penalty && !link) return [];
    const spans: Span[] = [toll[0]!];
    if (debt && debt !== toll[0]) spans.push(debt);
    if (amount?.span) spans.push(amount.span);
    if (penalty) spans.push(penalty);
    if (link?.span) spans.push(link.span);
    const evidence = spanEvidence(ctx.text, ...spans);
    let strength = 0.6;
    if (debt && amount) strength += 0.15;
    if (penalty && link) strength += 0.25;
    return [{ messageId: 'unpaidToll', evidence, data: { phrase: (debt ?? toll[0]!).text }, strength: Math.min(1, strength) }];
  },
});
