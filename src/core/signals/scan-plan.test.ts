import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { findAll, mapMatches } from './match.js';
import * as P from './pressure-lexicon.js';
import * as R from './request-lexicon.js';
import { admits, hasPlan, keyOf, planEagerly, planOf, plannedRegexes, prefixesOf, triePasses, type ScanPlan } from './scan-plan.js';

/** A regex is planned on its eighth scan: ask until it is (or stays unplanned). */
function plan(re: RegExp): ScanPlan | null {
  let p: ScanPlan | null = null;
  for (let i = 0; i < 10 && !p; i++) p = planOf(re);
  return p;
}

// The planned scan must return exactly what the plain global exec loop returns. These tests check
// the two things its exactness rests on (the case-folding keys and the prefix sets) and then compare
// both scans on generated text for every lexicon that got a plan.

/**
 * The plain scan (reference): a fresh copy of the regex is never planned (a regex is planned on its
 * eighth scan), so mapMatches runs its plain exec loop on it.
 */
function plain(text: string, re: RegExp, max: number): { all: [number, number, (string | undefined)[]][]; lastIndex: number } {
  const copy = new RegExp(re.source, re.flags);
  const all = mapMatches(text, copy, max, (m) => [m.index, m.index + m[0].length, m.slice(1)] as [number, number, (string | undefined)[]]);
  return { all, lastIndex: copy.lastIndex };
}

function planned(text: string, re: RegExp, max: number): { all: [number, number, (string | undefined)[]][]; lastIndex: number } {
  const all = mapMatches(text, re, max, (m) => [m.index, m.index + m[0].length, m.slice(1)] as [number, number, (string | undefined)[]]);
  return { all, lastIndex: re.lastIndex };
}

test('keys agree with the regex engine: characters that match each other case-insensitively share a key', () => {
  const ascii = Array.from({ length: 128 }, (_, a) => new RegExp(`^[\\u{${a.toString(16)}}]$`, 'iu'));
  const anyAscii = /^[\u0000-\u007f]$/iu;
  let foldsOntoAscii = 0;
  for (let t = 0; t <= 0xffff; t++) {
    if (t >= 0xd800 && t <= 0xdfff) continue;
    const ch = String.fromCharCode(t);
    if (t >= 128 && !anyAscii.test(ch)) {
      assert.equal(keyOf(t), 128, `U+${t.toString(16)} folds onto nothing ASCII and must share the non-ASCII key`);
      continue;
    }
    if (t >= 128) foldsOntoAscii++;
    for (let a = 0; a < 128; a++) {
      if (ascii[a]!.test(ch)) assert.equal(keyOf(t), keyOf(a), `U+${t.toString(16)} matches ${JSON.stringify(String.fromCharCode(a))}`);
    }
  }
  // The long s and the Kelvin sign (a regression guard: if Unicode adds one, the key must map it).
  assert.equal(foldsOntoAscii, 2);
});

test('prefix sets: every way a pattern can start, up to four characters', () => {
  assert.deepEqual([...prefixesOf('abcde|d(?:ef|g)')].sort(), ['abcd', 'def', 'dg']);
  assert.deepEqual([...prefixesOf('a?bc')].sort(), ['abc', 'bc']);
  assert.deepEqual([...prefixesOf("don[’']t")].sort(), ["don'", 'don’']);
  // \d and anything variable end the prefix.
  assert.deepEqual([...prefixesOf('\\d{1,3} ?hours')].sort(), '0123456789'.split(''));
  assert.deepEqual([...prefixesOf('ab\\s+c')].sort(), ['ab']);
  assert.deepEqual([...prefixesOf('x[a-z]{2}')].sort(), ['x']);
  // Lookarounds consume nothing; a lazy quantifier is still a quantifier.
  assert.deepEqual([...prefixesOf('(?=a)ab(?![\\p{L}])')].sort(), ['ab']);
  assert.deepEqual([...prefixesOf('(?:no )??way')].sort(), ['no w', 'way']);
  assert.ok(prefixesOf('(?:\\s+)?x').has(''), 'a pattern that can start with anything has the empty prefix');
  assert.throws(() => prefixesOf('(a)\\1'), /backreference/u);
  assert.throws(() => prefixesOf('^ab'), /unexpected/u);
});

test('only word-start lexicons get a plan', () => {
  const fresh = /(?<![\p{L}\p{N}])(?:abc)/gu;
  assert.equal(planOf(fresh), null, 'not on its first scan');
  assert.equal(hasPlan(fresh), false);
  assert.ok(plan(fresh));
  assert.equal(hasPlan(fresh), true);
  const eager = planEagerly(/(?<![\p{L}\p{N}])(?:abd)/gu);
  assert.ok(planOf(eager), 'a lexicon marked at load is planned on its first scan');
  assert.ok(planOf(P.lexicon(['xyzzy'])), 'the lexicon builders mark theirs');
  assert.ok(planOf(R.lexicon(['plugh'])));
  assert.ok(plan(P.URGENCY_WORDS));
  assert.ok(plan(R.PAY));
  assert.equal(plan(/\b(?:abc)\b/giu), null, 'no word-start lookbehind');
  assert.equal(plan(/(?<![\p{L}\p{N}])(?:\s*abc)/giu), null, 'can start with anything');
  assert.equal(plan(/(?<![\p{L}\p{N}])(?:(a)\1)/giu), null, 'backreference');
});

// Text built from the lexicons' own words, so matches are frequent, mixed with the characters that
// could trip the planner: case variants, the long s and Kelvin sign, dotted İ, combining marks,
// astral letters, digits glued to words, apostrophes, and line breaks.
function phraseBank(re: RegExp): string[] {
  return re.source
    .replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]|\[[^\]]*\]|\{\d+(?:,\d*)?\}/gu, ' ')
    .split(/[|()?:*+]+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && s.length < 40);
}

const NOISE = [' ', ' ', ' ', '\n', '. ', ', ', '-', "'", '’', '24', 'x', 'é', 'ſ', 'K', 'İ', 'e\u0301', '𝐀', '😀', '_', '\u00a0', 'Ü', 'ñ'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every regex planned so far (the lexicons, once a few messages have been analysed). */
function plannedLexicons(): RegExp[] {
  const regexes = [...plannedRegexes()];
  assert.ok(regexes.length >= 30, `expected the lexicons to be planned, got ${regexes.length}`);
  return regexes;
}

function variant(w: string, r: () => number): string {
  const x = r();
  if (x < 0.15) return w.toUpperCase();
  if (x < 0.3) return w[0]!.toUpperCase() + w.slice(1);
  if (x < 0.35) return w.replaceAll('s', 'ſ').replaceAll('k', '\u212a');
  if (x < 0.4) return `${NOISE[Math.floor(r() * NOISE.length)]}${w}`;
  return w;
}

test('every planned lexicon: same matches, groups and lastIndex as the plain scan on generated text', async () => {
  // Analysing a few messages plans every lexicon the rules use (plans are made on the eighth scan).
  for (let round = 0; round < 10; round++) for (const input of ['Your Amazon account is suspended. Call 1-800-555-0100 now, read me the code and buy gift cards.', 'Wir sind von Amazon. Ihr Konto wurde gesperrt. Sofort zahlen!']) {
    for (const channel of ['sms', 'call'] as const) await analyze({ input, channel });
  }
  for (const v of [...Object.values(P), ...Object.values(R)]) if (v instanceof RegExp && v.global) plan(v);
  const regexes = plannedLexicons();
  const r = rng(7);
  let compared = 0;
  let matched = 0;
  for (const re of regexes) {
    const bank = phraseBank(re);
    assert.ok(bank.length > 0, re.source.slice(0, 60));
    for (let n = 0; n < 60; n++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(r() * 12);
      for (let i = 0; i < len; i++) {
        parts.push(r() < 0.6 ? variant(bank[Math.floor(r() * bank.length)]!, r) : NOISE[Math.floor(r() * NOISE.length)]!);
        parts.push(r() < 0.8 ? ' ' : NOISE[Math.floor(r() * NOISE.length)]!);
      }
      const text = parts.join('');
      for (const max of [1, 3, 40]) {
        const want = plain(text, re, max);
        const got = planned(text, re, max);
        assert.deepEqual(got, want, `${re.source.slice(0, 60)} on ${JSON.stringify(text)} (max ${max})`);
        compared++;
        matched += want.all.length;
      }
    }
  }
  assert.ok(matched > compared / 4, `the generated texts should match often (${matched} matches in ${compared} scans)`);
});

/** The key pair of the two UTF-16 units at `p`, as the word-start index stores it for a BMP start. */
function pairAt(text: string, p: number): number {
  return keyOf(text.charCodeAt(p)) * 130 + (p + 1 < text.length ? keyOf(text.charCodeAt(p + 1)) : 129);
}

test('the prefix trie decides every position exactly as the prefix sets do', () => {
  const regexes = plannedLexicons();
  const r = rng(11);
  let admitted = 0;
  let checked = 0;
  for (const re of regexes) {
    const p = planOf(re)!;
    const bank = phraseBank(re);
    for (let n = 0; n < 20; n++) {
      const parts: string[] = [];
      for (let i = 0; i < 8; i++) parts.push(variant(bank[Math.floor(r() * bank.length)]!, r), NOISE[Math.floor(r() * NOISE.length)]!);
      // Cut anywhere, so prefixes also meet the end of the text.
      const text = parts.join('').slice(0, 1 + Math.floor(r() * 200));
      for (let at = 0; at < text.length; at++) {
        const c = text.charCodeAt(at);
        if (c >= 0xd800 && c <= 0xdfff) continue; // the index never stores a pair for half a surrogate
        const want = admits(p, text, at);
        assert.equal(triePasses(p, text, at, pairAt(text, at)), want, `${re.source.slice(0, 50)} at ${at} of ${JSON.stringify(text)}`);
        checked++;
        if (want) admitted++;
      }
    }
  }
  assert.ok(admitted > checked / 50, `the generated texts should often admit (${admitted} of ${checked})`);
});

test('a plan too big for the byte-sized trie falls back to the prefix sets and stays exact', () => {
  // 600 three-letter words over 600 different first pairs: more trie rows than a byte can number.
  const words: string[] = [];
  for (let a = 0; a < 26 && words.length < 600; a++) for (let b = 0; b < 26 && words.length < 600; b++) words.push(String.fromCharCode(97 + a, 97 + b, 97 + ((a + b) % 26)));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})`, 'giu');
  const p = plan(re)!;
  assert.ok(p, 'the big alternation gets a plan');
  assert.ok([...p.next2].includes(255), 'some pairs defer to the prefix sets');
  const r = rng(5);
  for (let n = 0; n < 200; n++) {
    const text = Array.from({ length: 10 }, () => (r() < 0.5 ? words[Math.floor(r() * words.length)]! : String.fromCharCode(97 + Math.floor(r() * 26), 97 + Math.floor(r() * 26), 97 + Math.floor(r() * 26)))).join(' ');
    for (let at = 0; at < text.length; at++) assert.equal(triePasses(p, text, at, pairAt(text, at)), admits(p, text, at));
    assert.deepEqual(planned(text, re, 40), plain(text, re, 40));
  }
});

test('findAll through a plan on real phrases', () => {
  const text = 'URGENT: please act now. Ihr Konto wurde gesperrt, handeln Sie sofort!';
  const got = findAll(text, P.URGENCY_WORDS).map((m) => m.text);
  assert.deepEqual(got, ['URGENT', 'act now', 'handeln Sie sofort']);
});
