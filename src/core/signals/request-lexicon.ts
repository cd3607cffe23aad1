import type { Evidence, Span } from '../types.js';
import { compileAlternatives, compileLexicons, passesGate } from '../knowledge/lexicon.js';
import * as PHRASES from '../knowledge/language/requests.js';
import { ev, findAll, type Match } from './match.js';
import { hasPlan } from './scan-plan.js';

// Shared multilingual vocabulary of the "requests the brand never makes" rules: the verbs that turn
// a topic (a code, a card number, a wallet) into an ask, and the warnings that turn it back into
// advice ("Never share this code"). The lexicons are compiled by the one lexicon engine
// (knowledge/lexicon.ts); their phrases are data (knowledge/language/requests.ts). Request lexicons
// are word-bounded with underscores too (bound 'word').

export { foldForGate, gateOf, passesGate } from '../knowledge/lexicon.js';

/** One alternation, word-bounded on Unicode letters, global + case-insensitive + unicode. */
export function lexicon(parts: readonly string[], flags = 'giu'): RegExp {
  return compileAlternatives(parts, { bound: 'word', flags });
}

/** `lexicon` with a gate: `words` are space-separated lower-case ASCII substrings, one must occur. */
export function gatedLexicon(parts: readonly string[], words: string): RegExp {
  return compileAlternatives(parts, { bound: 'word', gate: words });
}

/** Rules scan at most this much text: asks sit near the top, and 200k-char mails must stay fast. */
export const SCAN_CAP = 30_000;

// The phrase data lives in knowledge/language/requests.ts, compiled here once by the one lexicon
// engine (knowledge/lexicon.ts).
const REQUESTS = compileLexicons(PHRASES);
export const {
  ASK_SHARE,
  PAY,
  INSTALL,
} = REQUESTS;
const { WARN_ANYWHERE, NEG_BEFORE, NEG_AFTER } = REQUESTS;

const SENTENCE_END = /[.!?\n;]/;

/** The sentence around a span, bounded to `maxBack` / `maxFwd` characters. */
export function sentenceAround(text: string, span: Span, maxBack = 200, maxFwd = 200): Span {
  let start = span.start;
  const lo = Math.max(0, span.start - maxBack);
  while (start > lo && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = span.end;
  const hi = Math.min(text.length, span.end + maxFwd);
  while (end < hi && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end };
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/**
 * True when the ask at `span` is really a warning: "Don't share this code with anyone", "Amazon will
 * never ask for your PIN", "If someone asks you to install AnyDesk, hang up".
 */
export function isWarning(text: string, span: Span): boolean {
  const s = sentenceAround(text, span);
  if (test(WARN_ANYWHERE, text.slice(s.start, span.start))) return true;
  if (test(NEG_BEFORE, text.slice(Math.max(s.start, span.start - 24), span.start))) return true;
  if (test(NEG_AFTER, text.slice(span.end, Math.min(s.end, span.end + 50)))) return true;
  return false;
}

/**
 * The first (ask, target) pair within `maxGap` characters of each other whose ask is not a warning.
 * Asks and targets are both in text order; the scan is O(asks × targets) with both capped.
 */
export function firstAskNear<T extends Span>(text: string, asks: readonly Match[], targets: readonly T[], maxGap: number): { ask: Match; target: T } | null {
  for (const target of targets) {
    for (const ask of asks) {
      const g = ask.end <= target.start ? target.start - ask.end : target.end <= ask.start ? ask.start - target.end : 0;
      if (g > maxGap) continue;
      // "transfer" inside "bank transfer" is the topic, not an ask about it.
      if (ask.start >= target.start && ask.end <= target.end) continue;
      if (isWarning(text, ask) || isWarning(text, target)) continue;
      return { ask, target };
    }
  }
  return null;
}

// PAY, INSTALL and ASK_SHARE are scanned by several rules over the same scanned text (PAY by three):
// the matches of the last text are kept per shared lexicon, so each is scanned once per message.
// A cached list answers a call when it was collected with at least that cap, or is complete (fewer
// matches than its cap); findAll returns matches in text order, so a prefix equals a capped scan.
// Keyed on the text's value, so it can never serve another message's matches.
const SHARED = new Set<RegExp>();
let sharedText: string | null = null;
const sharedHits = new Map<RegExp, { max: number; all: Match[] }>();
for (const re of [ASK_SHARE, PAY, INSTALL]) SHARED.add(re);

/** findAll with a cheap cap, on the scanned text. */
export function matches(text: string, re: RegExp, max = 40): Match[] {
  // A lexicon with a scan plan (scan-plan.ts) only tries the word starts that can begin a match,
  // which is cheaper than the substring gate; the gate serves the others.
  if (!SHARED.has(re)) return hasPlan(re) || passesGate(re, text) ? findAll(text, re, max) : [];
  if (text !== sharedText) {
    sharedText = text;
    sharedHits.clear();
  }
  const hit = sharedHits.get(re);
  if (hit && (hit.max >= max || hit.all.length < hit.max)) return hit.all.slice(0, max);
  const all = findAll(text, re, max);
  sharedHits.set(re, { max, all });
  return all.slice();
}

/** Text evidence for spans in order, with overlapping spans merged (an ask can also be the topic). */
export function spanEvidence(text: string, ...spans: Span[]): Evidence[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged.map((s) => ev(text, s));
}
