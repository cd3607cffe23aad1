import type { Evidence, Span } from '../types.js';

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
