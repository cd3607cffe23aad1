import { ev, type Match } from '../signals/match.js';
import { CALL_BACK } from '../signals/pressure-lexicon.js';
import type { PressureFacts } from '../facts/types.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { cues } from '../facts/text.js';

// Robocalls ("press 1 to speak to a representative") and callback phishing ("if you did not
// authorize this charge, call 1-888-…") move the victim to a live scammer, outside any channel the
// brand controls. A callback request alone is ordinary (a doctor's office asking you to call back),
// so a number only counts next to a scam story: an order or charge, a refund, a suspension, a
// security alert, a prize, a legal threat, an unsolicited "you qualify for 50% off".

const GENUINE_ADVICE = /(?<![\p{L}])(?:never (?:share|disclose|give out|reveal)|never asks?|will never (?:ask|call))(?![\p{L}])/iu;
const BARE_CALL = /^(?:please |kindly |immediately )?(?:call|ring|dial|contact|text)(?: (?:at|on))?:?$/iu;

const STORIES = ['notYou', 'orderPlaced', 'overpayment', 'refund', 'suspension', 'serviceCutoff', 'securityAlert', 'billingFailure', 'prize', 'legalThreat', 'qualifyOffer'] as const satisfies readonly (keyof PressureFacts)[];

function scamContext(ctx: RuleContext): Match | undefined {
  // In the order the stories are tried; each lexicon is scanned only when the ones before found nothing.
  const p = ctx.facts.pressure;
  for (const story of STORIES) {
    const m = p[story][0];
    if (m) return m;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'press-one-callback',
    title: 'Asks you to press a key or call a number back',
    description:
      'A recorded call asks you to "press 1". Or a message tells a scam story and asks you to call a number it gives. Call the brand only on a number from its own website or app.',
    category: 'pretext',
    channels: ['call', 'sms', 'email'],
    statement: 'unsolicited-call',
    messages: {
      pressKey: 'A recorded message asks you to press a key ({{phrase}}) to reach a live agent.',
      callbackNumber: 'Asks you to call {{phone}} (“{{context}}”): call a brand only on a number from its own website or app.',
    },
    falsePositives: [
      'Genuine appointment reminders ("press 1 to confirm") from a practice you use.',
      'Real card-issuer fraud alerts that ask you to call the number on the back of your card.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/robocalls',
      'https://consumer.ftc.gov/features/how-avoid-imposter-scams',
    ],
  },
  check(ctx) {
    const press = ctx.facts.pressure.pressKey.slice(0, 4);
    const context = press.length || ctx.byType('phone').length ? scamContext(ctx) : undefined;
    if (press.length) {
      const m = press[0]!;
      const call = ctx.message.channel === 'call';
      if (!call && !context) return [];
      const evidence = [ev(ctx.text, m)];
      if (context) evidence.push(ev(ctx.text, context));
      return [{ messageId: 'pressKey', evidence, data: { phrase: m.text }, strength: context ? 1 : 0.8 }];
    }
    if (!context) return [];
    const phones = ctx.byType('phone');
    const asks = cues(ctx.facts, CALL_BACK, 8);
    // Genuine bank alerts end "NEVER share your OTP … If not done by you, call 1800…": a bare
    // "call <number>" next to that safety advice is the bank's own line, not a callback lure.
    const advice = GENUINE_ADVICE.test(ctx.text);
    for (const p of phones) {
      if (!p.span) continue;
      const ask = asks.find((a) => (a.end <= p.span!.start ? p.span!.start - a.end <= 80 : a.start >= p.span!.end && a.start - p.span!.end <= 30));
      if (!ask) continue;
      if (advice && BARE_CALL.test(ask.text)) continue;
      return [
        {
          messageId: 'callbackNumber',
          evidence: [ev(ctx.text, ask), ev(ctx.text, p.span), ev(ctx.text, context)],
          data: { phone: p.value, context: context.text },
          strength: 0.85,
        },
      ];
    }
    return [];
  },
});
