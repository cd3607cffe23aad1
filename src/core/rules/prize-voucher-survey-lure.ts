import { ev } from '../signals/match.js';
import { PRIZE_SOFT } from '../signals/pressure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Prize, voucher and survey lures ("you have been selected", "claim your reward", "Gutschein
// gewinnen", "has ganado") ask for a small shipping fee, card details or personal data for a prize
// that does not exist. Brands do not pick random customers to win phones by text or email.

export default defineRule({
  meta: {
    id: 'prize-voucher-survey-lure',
    title: 'Prize, voucher or survey lure',
    description:
      'The message says you won or were picked for a prize, voucher or reward. Or it offers a reward for a survey. Brands do not hand out prizes this way; winners of real contests are never asked to pay.',
    category: 'pretext',
    channels: ['email', 'sms', 'call'],
    statement: 'prize-contest',
    messages: {
      prizeClaim: 'Says you won or were selected for a reward ({{phrase}}).',
      prizeWords: 'Uses prize-draw wording ({{phrase}}).',
    },
    falsePositives: [
      'Genuine sweepstakes you entered, and loyalty-programme newsletters from shops you use.',
    ],
    references: ['https://consumer.ftc.gov/articles/fake-prize-sweepstakes-and-lottery-scams', 'https://consumer.ftc.gov/features/how-avoid-imposter-scams'],
  },
  check(ctx) {
    const strong = ctx.facts.pressure.prize.slice(0, 6);
    const soft = cues(ctx.facts, PRIZE_SOFT, 6);
    if (strong.length) {
      const m = strong[0]!;
      const distinct = new Set(strong.map((x) => x.text.toLowerCase())).size;
      const evidence = [ev(ctx.text, m)];
      if (soft[0]) evidence.push(ev(ctx.text, soft[0]));
      const strength = distinct >= 2 || soft.length || ctx.byType('gift_card').length ? 1 : 0.7;
      return [{ messageId: 'prizeClaim', evidence, data: { phrase: m.text }, strength }];
    }
    // Soft words alone ("congratulations", "winner") only count in numbers and with a voucher.
    const distinctSoft = new Set(soft.map((x) => x.text.toLowerCase())).size;
    if (distinctSoft >= 2 || (distinctSoft >= 1 && ctx.byType('gift_card').length)) {
      const m = soft[0]!;
      return [{ messageId: 'prizeWords', evidence: soft.slice(0, 2).map((x) => ev(ctx.text, x)), data: { phrase: m.text }, strength: 0.45 }];
    }
    return [];
  },
});
