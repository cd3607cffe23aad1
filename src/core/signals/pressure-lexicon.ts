import type { Span } from '../types.js';
import { compileAlternatives, compileLexicons, mayMatch, stemsOf } from '../knowledge/lexicon.js';
import * as PHRASES from '../knowledge/language/pressure.js';
import { findAll, type Match } from './match.js';
import { hasPlan } from './scan-plan.js';

// Multilingual lexicons for the "pressure and pretext" rules: urgency, threats, fake orders, billing
// failures, refunds, security alerts, delivery problems, recalls, prizes, IVR "press 1" scripts,
// secrecy and fake support desks. Each tactic is ONE combined alternation compiled at module load by
// the one lexicon engine (knowledge/lexicon.ts) from its phrase data (knowledge/language/pressure.ts).

export { mayMatch, stemsOf, triggersOf } from '../knowledge/lexicon.js';

/**
 * A global, case-insensitive, Unicode regex that matches any of the alternatives as whole words.
 * `triggers`: space-separated words (only their first four letters count); one must occur.
 */
export function lexicon(alternatives: readonly string[], triggers?: string): RegExp {
  return compileAlternatives(alternatives, triggers ? { stems: triggers } : {});
}

/** Only the head of very long messages is scanned: pressure and pretexts sit near the top. */
export const SCAN_CAP = 20_000;

/** First match of `list` within `maxChars` of span `s`, or undefined. */
export function nearest(list: readonly Match[], s: Span, maxChars: number): Match | undefined {
  let best: Match | undefined;
  let bestGap = Infinity;
  for (const m of list) {
    const g = m.end <= s.start ? s.start - m.end : s.end <= m.start ? m.start - s.end : 0;
    if (g <= maxChars && g < bestGap) {
      best = m;
      bestGap = g;
    }
  }
  return best;
}

// The phrase data lives in knowledge/language/pressure.ts; each tactic's lexicon is compiled here
// once, at module load, by the one lexicon engine (knowledge/lexicon.ts).
const PRESSURE = compileLexicons(PHRASES);

export const {
  URGENCY_WORDS,
  HARD_DEADLINE,
  SOFT_DEADLINE,
  CONSEQUENCE,
  LEGAL_THREAT,
  SUSPENSION,
  SERVICE_CUTOFF,
  EXPENSIVE_ITEM,
  ORDER_PLACED,
  NOT_YOU,
  BILLING_FAILURE,
  OVERPAYMENT,
  RETURN_MONEY,
  REFUND,
  SECURITY_ALERT,
  DELIVERY_PROBLEM,
  ADDRESS_UPDATE,
  PARCEL,
  RECALL,
  PRIZE,
  PRIZE_SOFT,
  QUALIFY_OFFER,
  PRESS_KEY,
  CALL_BACK,
  SECRECY,
  SUPPORT_DESK,
  FIRST_PERSON,
} = PRESSURE;
