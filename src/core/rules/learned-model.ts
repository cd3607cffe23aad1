import { committedTextModel } from '../model/assets.js';
import { modelInputOf, TextModel } from '../model/predict.js';
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

/**
 * Short email notes are judged against the model's own prior for short mail (email only). In the
 * training data short mail is nearly always phishing (109 of 811 phishing emails have under 20
 * words, 22 of 2,927 genuine ones), so the classifier gives any short text a high score — an empty
 * email gets about 0.7 — and "See you at noon. Ana" read as a scam: it learned the sources, not the
 * lures. Below MIN_WORDS words, and when the note gives the reader nothing to act on (no link,
 * attachment or phone number), only what the model sees beyond that prior counts:
 * p' = (p − p0) / (1 − p0) with p0 = p(empty) × (1 − words / MIN_WORDS).
 */
export const MIN_WORDS: Readonly<Record<Channel, number>> = Object.freeze({ email: 40, sms: 0, call: 0 });
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

const priors = new WeakMap<TextModel, Partial<Record<Channel, number>>>();

/** What the model says about an empty message of the channel: its prior for short texts. */
function emptyPrior(model: TextModel, channel: Channel): number {
  let byChannel = priors.get(model);
  if (!byChannel) priors.set(model, (byChannel = {}));
  return (byChannel[channel] ??= model.probability({ channel, text: '', hosts: [] }));
}

function wordCount(text: string, cap: number): number {
  if (cap <= 0) return cap;
  let n = 0;
  WORD.lastIndex = 0;
  while (n < cap && WORD.exec(text)) n++;
  return n;
}

export default defineRule({
  meta: {
    id: 'learned-model',
    title: 'Wording resembles known scams (learned model)',
    description:
      'A text classifier rates how closely the wording matches known scams. It was trained on real scam emails, texts and call transcripts, and on genuine ones. It is one signal among the rules, never the only reason for a verdict on its own evidence.',
    category: 'model',
    channels: ['email', 'sms', 'call'],
    messages: {
      resemblesScamsShort: 'This short note ({{words}} words, no link, attachment or number) matches known scams ({{percent}}% by a trained classifier); words that weighed most: {{terms}}. The score allows for how it rates any short email.',
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
    // committed one (cross-validation folds). The committed one is read on first use (model/assets.ts).
    const opt = ctx.options.model;
    if (opt === false) return [];
    const model = opt instanceof TextModel ? opt : committedTextModel();
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
    // A short note that gives the reader nothing to act on — no link, attachment or number — is
    // where the length artefact bites; a short mail with a link or a file is judged in full.
    const actionable = ctx.message.links.length > 0 || ctx.message.attachments.length > 0 || ctx.byType('phone').length > 0;
    const need = actionable ? 0 : MIN_WORDS[ctx.message.channel];
    const words = wordCount(input.text.slice(0, 20000), need);
    const p0 = need > 0 && words < need ? emptyPrior(model, ctx.message.channel) * (1 - words / need) : 0;
    const adjusted = p0 > 0 ? Math.max(0, (p - p0) / (1 - p0)) : p;
    if (!(adjusted >= REPORT_FLOOR[ctx.message.channel])) return [];
    const probability = Math.round(adjusted * 1000) / 1000;
    return [
      {
        messageId: p0 > 0 ? ('resemblesScamsShort' as const) : ('resemblesScams' as const),
        strength: probability,
        evidence,
        data: { probability, percent: Math.round(adjusted * 100), words, terms: terms.map((t) => t.term).join(', ') || '(none stand out)' },
      },
    ];
  },
});
