import { SCAN_CAP as PRESSURE_CAP, mayMatch, stemsOf } from '../signals/pressure-lexicon.js';
import { SCAN_CAP as REQUEST_CAP } from '../signals/request-lexicon.js';
import { findAll, type Match } from '../signals/match.js';
import { hasPlan } from '../signals/scan-plan.js';
import type { TextFacts } from './types.js';

// The text the pressure and request lexicons scan: only the head of very long messages, where
// pressure, pretexts and asks sit (200k-character mails must stay fast).

export function pressureText(text: string): string {
  return text.length > PRESSURE_CAP ? text.slice(0, PRESSURE_CAP) : text;
}

export function requestText(text: string): string {
  return text.length > REQUEST_CAP ? text.slice(0, REQUEST_CAP) : text;
}

/**
 * All matches of a pressure lexicon in the scanned head of the text. A lexicon with a scan plan
 * (scan-plan.ts) only tries the word starts that can begin a match, which is cheaper than the
 * stems; the stem gate (trigger stems of pressure-lexicon.ts) serves the others.
 */
export function cues(facts: { readonly text: TextFacts }, re: RegExp, max = 12): Match[] {
  if (!hasPlan(re) && !mayMatch(re, facts.text.stems)) return [];
  return findAll(facts.text.pressure, re, max);
}

export { stemsOf };
