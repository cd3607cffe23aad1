import { MODEL } from '../model/weights.js';
import { loadModel, modelInputOf, TextModel } from '../model/predict.js';
import type { Channel, Evidence } from '../types.js';
import { defineRule, textEvidence } from './define-rule.js';

// The learned text classifier as one signal beside the hand-written rules: hashed word and
// character n-grams, logistic regression, Platt-calibrated per channel on a validation split
// (scripts/train.ts). Its strength is the calibrated probability, so the policy weight decides how
// far it alone can move the verdict; its evidence is the words that pushed the score up most.

/**
 * Below an even chance the model does not report: a "12% likely" finding would read as a red flag
 * while saying the opposite. Calls need more: the model has seen only a few dozen genuine
 * voicemails, and "this is X calling from Y, call us back at …" reads like a robocall to it, so on
 * calls it speaks only when it is fairly sure and leaves the rest to the rules.
 */
export const REPORT_FLOOR: Readonly<Record<Channel, number>> = Object.freeze({ email: 0.5, sms: 0.5, call: 0.8 });
const TOP_TERMS = 5;

export default defineRule({
  meta: {
    id: 'learned-model',
    title: 'Wording resembles known scams (learned model)',
    description:
      'A text classifier trained on real scam and genuine emails, texts and call transcripts rates how closely the wording matches known scams. It is one signal among the rules, never the only reason for a verdict on its own evidence.',
    category: 'model',
    channels: ['email', 'sms', 'call'],
    messages: {
      resemblesScams: 'The wording closely matches known scams ({{percent}}% by a trained classifier); words that weighed most: {{terms}}.',
    },
    falsePositives: [
      'Marketing and newsletters written in a pushy, prize-and-offer style.',
      'Genuine messages in languages or styles the training data has few examples of.',
    ],
    references: ['https://en.wikipedia.org/wiki/Feature_hashing', 'https://en.wikipedia.org/wiki/Platt_scaling'],
  },
  check(ctx) {
    // options.model: false turns the model off (rules-only evaluation); a TextModel replaces the
    // committed one (cross-validation folds).
    const opt = ctx.options.model;
    if (opt === false) return [];
    const model = opt instanceof TextModel ? opt : loadModel(MODEL);
    const input = modelInputOf(ctx.message);
    // One featurisation gives both the score and (only above the floor) the words that explain it.
    const { probability: p, terms } = model.assess(input, REPORT_FLOOR[ctx.message.channel], TOP_TERMS);
    if (!(p >= REPORT_FLOOR[ctx.message.channel]) || !terms) return [];
    const evidence: Evidence[] = [];
    for (const t of terms) for (const s of t.spans.slice(0, 1)) evidence.push(textEvidence(ctx.text, s.start, s.end));
    if (evidence.length === 0) {
      // The score came from character n-grams or link hosts, not whole words: point at the opening.
      const end = Math.min(ctx.text.length, 120);
      if (end > 0) evidence.push(textEvidence(ctx.text, 0, end));
    }
    const probability = Math.round(p * 1000) / 1000;
    return [
      {
        messageId: 'resemblesScams' as const,
        strength: probability,
        evidence,
        data: { probability, percent: Math.round(p * 100), terms: terms.map((t) => t.term).join(', ') || '(none stand out)' },
      },
    ];
  },
});
