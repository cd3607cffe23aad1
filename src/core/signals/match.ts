import type { Evidence, Span } from '../types.js';
import { indexOf, planOf, stickyOf, triePasses, type ScanPlan } from './scan-plan.js';

// Tiny helpers shared by rules: find all matches of a global regex with spans, and test whether two
// spans are close. Rules use these instead of re-implementing the loop (and its zero-length guard).

export interface Match extends Span {
  text: string;
  groups: (string | undefined)[];
}

/**
 * The one exec loop: every match of a global regex, mapped by `each` (null drops it), at most `max`
 * kept, empty matches skipped so the loop always advances.
 */
export function mapMatches<T>(text: string, re: RegExp, max: number, each: (m: RegExpExecArray) => T | null): T[] {
  if (!re.global) throw new Error(`mapMatches needs a global regex: ${re}`);
  const plan = planOf(re);
  if (plan) return mapPlanned(text, re, plan, max, each);
  const out: T[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const v = each(m);
    if (v !== null) out.push(v);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * mapMatches for a lexicon with a scan plan (scan-plan.ts): the same pattern, tried as a sticky regex
 * at the candidate word starts only. Same matches, same order, and `re.lastIndex` is left where the
 * plain loop would leave it (0 when the scan ran to the end, the last match's end when `max` stopped it).
 */
function mapPlanned<T>(text: string, re: RegExp, plan: ScanPlan, max: number, each: (m: RegExpExecArray) => T | null): T[] {
  const out: T[] = [];
  const { count, starts, pairs } = indexOf(text);
  const sticky = plan.sticky;
  let from = 0;
  for (let k = 0; k < count; k++) {
    const pair = pairs[k]!;
    if (plan.next2[pair] === 0) continue;
    const p = starts[k]!;
    if (p < from || !triePasses(plan, text, p, pair)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    if (m[0].length === 0) {
      from = p + 1;
      continue;
    }
    from = p + m[0].length;
    const v = each(m);
    if (v !== null) out.push(v);
    if (out.length >= max) {
      re.lastIndex = from;
      return out;
    }
  }
  re.lastIndex = 0;
  return out;
}

/**
 * mapMatches with `re` tried only where `cands` matches. A global exec tries `re` at every position
 * from where the last match ended; this tries the same pattern, made sticky, at the candidate
 * positions in the same order, so the first position that matches is the same and so is every match.
 * Exact when, scanning from any position, `cands` finds every later position where `re` can match
 * (each caller says why that holds) and `re` never matches empty.
 */
export function mapMatchesAt<T>(text: string, re: RegExp, cands: RegExp, max: number, each: (m: RegExpExecArray) => T | null): T[] {
  const sticky = stickyOf(re);
  const out: T[] = [];
  let from = 0;
  cands.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = cands.exec(text)) !== null) {
    if (c.index < from) continue;
    sticky.lastIndex = c.index;
    const m = sticky.exec(text);
    if (m === null) continue;
    from = c.index + m[0].length;
    if (cands.lastIndex < from) cands.lastIndex = from;
    const v = each(m);
    if (v !== null) out.push(v);
    if (out.length >= max) break;
  }
  return out;
}

export function findAll(text: string, re: RegExp, max = 20): Match[] {
  return mapMatches(text, re, max, (m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) }));
}

export function first(text: string, re: RegExp): Match | null {
  const r = new RegExp(re.source, re.flags.replace('g', ''));
  const m = r.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) } : null;
}

/** Characters between two spans (0 when they overlap). */
export function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

export function near(a: Span, b: Span, maxChars: number): boolean {
  return gap(a, b) <= maxChars;
}

export function ev(text: string, s: Span): Evidence {
  return { kind: 'text', text: text.slice(s.start, s.end), start: s.start, end: s.end };
}
