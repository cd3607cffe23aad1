import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LANGUAGES, type Lang } from './lexicon.js';
import { coverageTable, LANGUAGE_DATA } from './coverage.js';

// The language data: every phrase group names its language, its letters are that language's
// alphabet, and the coverage table in docs/knowledge.md matches the data. Runs from the repository
// root (npm test), reading docs/knowledge.md.

/** The letters a group's phrases may use, by language (lower case; a-z is shared). */
const ALPHABET: Partial<Record<Lang, RegExp>> = {
  en: /^[a-z]$/u,
  de: /^[a-zäöüß]$/u,
  es: /^[a-záéíóúüñ]$/u,
  fr: /^[a-zàâæçéèêëîïôœùûüÿ]$/u,
  pt: /^[a-záâãàçéêíóôõú]$/u,
  it: /^[a-zàèéìíîòóù]$/u,
  nl: /^[a-zéëïöü]$/u,
};

/** The letters a phrase spells, with regex escapes (\p{L}, \d, \n, \u2019) taken out. */
function lettersOf(phrase: string): string[] {
  const bare = phrase.replace(/\\[pP]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[a-zA-Z]/gu, ' ');
  return bare.toLowerCase().match(/\p{L}/gu) ?? [];
}

const groups = LANGUAGE_DATA.flatMap(({ file, lists }) =>
  Object.entries(lists).flatMap(([name, list]) => list.phrases.map((g, i) => ({ where: `${file} ${name} group ${i}`, g, prev: list.phrases[i - 1] }))),
);

test('every phrase group has a known language code, phrases, and a language other than the group before it', () => {
  assert.ok(groups.length > 100, 'the data was read');
  for (const { where, g, prev } of groups) {
    assert.ok((LANGUAGES as readonly string[]).includes(g.lang), `${where}: unknown language ${g.lang}`);
    assert.ok(g.phrases.length > 0, `${where}: empty group`);
    assert.notEqual(g.lang, prev?.lang, `${where}: same language as the group before; merge them`);
  }
});

test("a language's phrases use only its alphabet; names and mixed phrases only Latin letters", () => {
  for (const { where, g } of groups) {
    const alphabet = ALPHABET[g.lang];
    for (const p of g.phrases) {
      for (const ch of lettersOf(p)) {
        if (alphabet) assert.match(ch, alphabet, `${where} (${g.lang}): "${ch}" in ${p}`);
        else assert.match(ch, /^\p{Script=Latin}$/u, `${where} (${g.lang}): "${ch}" in ${p}; a phrase in another script needs its language's code`);
      }
    }
  }
});

test('lettersOf drops regex escapes and keeps every written letter', () => {
  assert.deepEqual(lettersOf('(?<![\\p{L}\\p{N}])caf[ée]\\s\\d{1,3}\\u2019s'), ['c', 'a', 'f', 'é', 'e', 's']);
  // A Spanish "ñ" in a Portuguese group is a mis-tag the alphabet test reports.
  assert.doesNotMatch('ñ', ALPHABET.pt!);
  assert.doesNotMatch('ã', ALPHABET.es!);
});

test('the coverage table in docs/knowledge.md matches the data', () => {
  const docs = readFileSync('docs/knowledge.md', 'utf8');
  const m = docs.match(/<!-- coverage:start -->\n([\s\S]*?)\n<!-- coverage:end -->/u);
  assert.ok(m, 'docs/knowledge.md has no coverage table between <!-- coverage:start --> and <!-- coverage:end -->');
  const want = coverageTable();
  assert.equal(m[1], want, `docs/knowledge.md's coverage table is out of date; replace it with:\n${want}`);
});
