import { planEagerly } from '../signals/scan-plan.js';

// The one lexicon engine. A lexicon is a list of phrases (regular-expression sources, one per
// alternative, tried in order, grouped by language) for one tactic, stored as data under knowledge/language/ (and in a
// few rules). `compileLexicon` turns it into ONE global, case-insensitive, Unicode alternation,
// word-bounded on Unicode letters, at module load; a scan plan (scan-plan.ts) then tries it only at
// the word starts where a match can begin.
//
// JavaScript's \b is ASCII-only even with the `u` flag ("\búltimo" never matches), so words are
// bounded with Unicode lookarounds instead. Every gap in a phrase is bounded ([^\n]{0,N}) and no
// quantified group holds another quantifier over the same characters, so every lexicon runs in
// linear time.
//
// Speed: a big Unicode alternation costs microseconds per message even when nothing matches, and
// most messages match nothing. A lexicon may carry a prefilter that skips the scan when the text
// cannot match; a wrong prefilter would hide matches, so the lexicon tests expand every phrase and
// check each expansion against it:
// - `stems`: space-separated words whose first four letters are trigger stems; every match holds a
//   word with one of those stems (stemsOf, mayMatch). Used when a lexicon has no scan plan yet.
// - `gate`: space-separated lower-case substrings; every match contains one (passesGate).

/**
 * The languages a phrase group may be tagged with: ISO 639-1 codes, plus two tags for phrases that
 * belong to no one language. `any`: the phrase reads the same in every language (a brand or product
 * name, an acronym, a URL or number shape). `mul` (the ISO 639-2 code for "multiple languages"): one
 * phrase written for several languages at once ("(?:bist du|eres tú|é você) NAME").
 * A word spelled the same in several languages ("urgente", "confirmar") goes in the group of the
 * first language it was written for. To add a language, add its code here, to LANGUAGE_NAMES and to
 * the alphabets in language.test.ts (docs/knowledge.md, "How to add a language").
 */
export const LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'any', 'mul'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The names the docs' coverage table uses, in its column order. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
  any: 'Any',
  mul: 'Several',
};

/** The phrases of one language within a lexicon, in the order they are tried. */
export interface PhraseGroup {
  readonly lang: Lang;
  /** Regular-expression sources, one per alternative. */
  readonly phrases: readonly string[];
}

/** How a lexicon is compiled: its prefilter, word bound and flags. */
export interface LexiconOptions {
  /** Trigger words (only their first four letters count); one must occur for a match. */
  readonly stems?: string;
  /** Lower-case ASCII substrings; every string the lexicon can match contains one. */
  readonly gate?: string;
  /**
   * What may not touch a match: 'letters' (the default), no letter or digit; 'word', no letter,
   * digit or underscore (the request lexicons).
   */
  readonly bound?: 'letters' | 'word';
  /** Regular-expression flags; 'giu' unless told. */
  readonly flags?: string;
}

/**
 * A lexicon as data: what knowledge/language/ files hold. `phrases` are groups, one per run of one
 * language; the engine tries them in the data's order, so one language may have several groups
 * when the order of the alternatives matters.
 */
export interface PhraseList extends LexiconOptions {
  readonly phrases: readonly PhraseGroup[];
}

/** Every phrase of a list, in the order the compiled lexicon tries them. */
export function phrasesOf(list: PhraseList): readonly string[] {
  return list.phrases.flatMap((g) => g.phrases);
}

const BOUNDS = {
  letters: ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'],
  word: ['(?<![\\p{L}\\p{N}_])', '(?![\\p{L}\\p{N}_])'],
} as const;

const STEM = 4;

interface Compiled {
  parts: readonly string[];
  stems: readonly string[] | undefined;
  gate: readonly string[] | undefined;
}
const COMPILED = new WeakMap<RegExp, Compiled>();

/** Compile one lexicon from its data: its groups' phrases in order, as compileAlternatives does. */
export function compileLexicon(list: PhraseList): RegExp {
  return compileAlternatives(phrasesOf(list), list);
}

/**
 * Compile a list of alternatives that is not language data (a rule's own short list): one
 * alternation, word-bounded, with its prefilter kept.
 */
export function compileAlternatives(parts: readonly string[], options: LexiconOptions = {}): RegExp {
  const [b, e] = BOUNDS[options.bound ?? 'letters'];
  const re = new RegExp(`${b}(?:${parts.join('|')})${e}`, options.flags ?? 'giu');
  COMPILED.set(re, {
    parts,
    stems: options.stems ? [...new Set(options.stems.split(/\s+/u).filter(Boolean).map((w) => w.toLowerCase().slice(0, STEM)))] : undefined,
    gate: options.gate ? options.gate.split(/\s+/u).filter(Boolean) : undefined,
  });
  return planEagerly(re);
}

/** Compile every lexicon of a data file, in its order: `const { A, B } = compileLexicons(DATA)`. */
export function compileLexicons<T extends Record<string, PhraseList>>(lists: T): { [K in keyof T]: RegExp } {
  const out = {} as { [K in keyof T]: RegExp };
  for (const k of Object.keys(lists) as (keyof T)[]) out[k] = compileLexicon(lists[k]!);
  return out;
}

/** The phrases and trigger stems of a lexicon (for the test that checks the triggers). */
export function triggersOf(re: RegExp): { parts: readonly string[]; stems: readonly string[] | undefined } {
  const c = COMPILED.get(re);
  return { parts: c?.parts ?? [], stems: c?.stems };
}

/** The gate of a lexicon (for the test), or undefined. */
export function gateOf(re: RegExp): { words: readonly string[]; parts: readonly string[] } | undefined {
  const c = COMPILED.get(re);
  return c?.gate ? { words: c.gate, parts: c.parts } : undefined;
}

/** The word stems of a text (lower-cased first four letters of every word). */
export function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    out.add(w.slice(0, STEM));
    // "24hrs", "48stunden": the lexicons write \d{1,3} ?hours, so the letters after leading digits
    // count as a word too.
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const rest = w.replace(/^\p{N}+/u, '');
      if (rest) out.add(rest.slice(0, STEM));
    }
  }
  return out;
}

/** Could `re` match a text with these stems? (true when the lexicon has no trigger stems) */
export function mayMatch(re: RegExp, stems: ReadonlySet<string>): boolean {
  const t = COMPILED.get(re)?.stems;
  if (!t) return true;
  for (const s of t) if (stems.has(s)) return true;
  return false;
}

/**
 * Lower-cases for the gate test. The lexicons match case-insensitively by Unicode simple case
 * folding, which also maps the long s (U+017F) to "s" where toLowerCase keeps it; every other
 * folding onto an ASCII letter (Kelvin sign) toLowerCase already does.
 */
export function foldForGate(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

let foldedOf: string | null = null;
let folded = '';

/** Could the gated lexicon `re` match `text`? (true when it has no gate) */
export function passesGate(re: RegExp, text: string): boolean {
  const g = COMPILED.get(re)?.gate;
  if (!g) return true;
  if (text !== foldedOf) {
    folded = foldForGate(text);
    foldedOf = text;
  }
  for (const w of g) if (folded.includes(w)) return true;
  return false;
}
