import { ev } from '../signals/match.js';
import { CONSEQUENCE, HARD_DEADLINE, nearest, SOFT_DEADLINE, URGENCY_WORDS } from '../signals/pressure-lexicon.js';
import { defineRule, type RuleHit } from './define-rule.js';
import { cues } from '../facts/text.js';

// Manufactured urgency is the lever of nearly every impersonation scam: a short window ("within 24
// hours"), a "final notice", and a consequence if the window passes. One "urgent" is weak (real
// mail says it too); a hard deadline tied to a threat is strong.

type Id = 'deadlineWithThreat' | 'hardDeadline' | 'softDeadline' | 'legalThreat' | 'urgentWording';

// Vague connectors are consequences only right next to a deadline, not next to a lone "immediately".
const VAGUE = /^(?:otherwise|sinon|andernfalls|de lo contrario|caso contrário)$/iu;
// A time window is pressure only when it is about the reader acting ("verify within 24 hours"), not
// a technical fact ("the build finishes within 30 minutes").
const ACTION = /(?<![\p{L}])(?:you|your|verify|confirm|update|pay|call|click|respond|reply|claim|act|sign in|log in|ihr|ihre|sie|bestätigen|zahlen|usted|su|tu|verifique|confirme|pague|vous|votre|você|sua|u|uw|je)(?![\p{L}])/iu;

export default defineRule({
  meta: {
    id: 'urgency-deadline',
    title: 'Pressure to act within a deadline',
    description:
      'The message sets a short deadline ("within 24 hours", "final notice", "today only") or threatens legal action. Often it says what happens if you do not act. Brands do not rush you into verifying, paying or calling.',
    category: 'pressure',
    channels: ['email', 'sms', 'call'],
    statement: 'pressure',
    messages: {
      deadlineWithThreat: 'Sets a deadline ({{deadline}}) and threatens a consequence ({{consequence}}).',
      hardDeadline: 'Puts you under time pressure: {{deadline}}.',
      softDeadline: 'Uses a countdown-style deadline: {{deadline}}.',
      legalThreat: 'Threatens legal action or arrest ({{phrase}}). Agencies and brands do not threaten arrest by phone or text.',
      urgentWording: 'Uses urgent wording ({{phrase}}).',
    },
    falsePositives: [
      'Genuine reminders with real deadlines (a bill due date, an expiring password at work, a sale ending tonight).',
      'Technical discussion that says "immediately" or "urgent" about a bug fix.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
      'https://consumer.ftc.gov/features/how-avoid-imposter-scams',
    ],
  },
  check(ctx) {
    const hard = cues(ctx.facts, HARD_DEADLINE).filter(
      (m) => !/^(?:within|in|binnen|innerhalb|en|dentro|sous|dans|d'ici|em)\b/iu.test(m.text) || ACTION.test(ctx.text.slice(Math.max(0, m.start - 100), m.end + 100)),
    );
    const soft = cues(ctx.facts, SOFT_DEADLINE);
    const legal = ctx.facts.pressure.legalThreat.slice(0, 4);
    const weak = cues(ctx.facts, URGENCY_WORDS);
    if (!hard.length && !soft.length && !legal.length && !weak.length) return [];
    const cons = cues(ctx.facts, CONSEQUENCE);
    const extra = (weak.length ? 0.1 : 0) + (legal.length ? 0.2 : 0);
    const hits: RuleHit<Id>[] = [];

    for (const [list, base, withThreat] of [
      [hard, 0.6, 1],
      [soft, 0.35, 0.65],
    ] as const) {
      for (const d of list) {
        const c = nearest(cons, d, 160);
        if (c) {
          hits.push({
            messageId: 'deadlineWithThreat',
            evidence: [ev(ctx.text, d), ev(ctx.text, c)],
            data: { deadline: d.text, consequence: c.text },
            strength: Math.min(1, withThreat + extra),
          });
          break;
        }
      }
      if (hits.length) break;
      if (list.length) {
        const d = list[0]!;
        hits.push({
          messageId: list === hard ? 'hardDeadline' : 'softDeadline',
          evidence: [ev(ctx.text, d)],
          data: { deadline: d.text },
          strength: Math.min(1, base + extra + (list.length > 1 ? 0.1 : 0)),
        });
        break;
      }
    }
    if (hits.length) return hits;

    if (legal.length) {
      const l = legal[0]!;
      return [{ messageId: 'legalThreat', evidence: [ev(ctx.text, l)], data: { phrase: l.text }, strength: 0.7 }];
    }

    // Only weak urgency words. Count them when they are in the subject, repeated with different
    // words, or tied to a concrete consequence; a single "immediately" in a long mail is noise.
    const w = weak[0]!;
    const subj = ctx.message.subjectSpan;
    const inSubject = !!subj && weak.some((m) => m.start >= subj.start && m.end <= subj.end);
    const distinct = new Set(weak.map((m) => m.text.toLowerCase())).size;
    const c = weak.map((m) => nearest(cons.filter((x) => !VAGUE.test(x.text)), m, 100)).find(Boolean);
    // Texts and calls have no subject: a headline "URGENT!" at the very start plays that role.
    const headline = ctx.message.channel !== 'email' && w.start < 40;
    if (!inSubject && distinct < 2 && !c && !headline) return [];
    const strength = c ? 0.5 : inSubject || distinct >= 2 ? 0.35 : 0.25;
    return [
      {
        messageId: 'urgentWording',
        evidence: c ? [ev(ctx.text, w), ev(ctx.text, c)] : [ev(ctx.text, w)],
        data: { phrase: w.text },
        strength,
      },
    ];
  },
});
