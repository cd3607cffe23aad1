import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileAlternatives, foldForGate, phrasesOf, gateOf, mayMatch, passesGate, stemsOf, triggersOf } from './lexicon.js';
import * as PRESSURE_DATA from './language/pressure.js';
import * as REQUEST_DATA from './language/requests.js';
import * as LURE_DATA from './language/lures.js';
import * as PRESSURE from '../signals/pressure-lexicon.js';
import * as REQUEST from '../signals/request-lexicon.js';
import * as LURE from '../signals/lure-lexicon.js';

// The one lexicon engine: word bounds, prefilters, and that every phrase list in
// knowledge/language/ is compiled and exported by its lexicon module (no list is dead data).

const regexNames = (m: object) => Object.entries(m).filter(([, v]) => v instanceof RegExp).map(([k]) => k).sort();

test('every phrase list is compiled and exported under its own name', () => {
  assert.deepEqual(regexNames(PRESSURE), Object.keys(PRESSURE_DATA).sort());
  assert.deepEqual(regexNames(LURE), Object.keys(LURE_DATA).sort());
  // The request module keeps its three warning lists to itself (isWarning uses them).
  const privateLists = ['NEG_AFTER', 'NEG_BEFORE', 'WARN_ANYWHERE'];
  assert.deepEqual([...regexNames(REQUEST), ...privateLists].sort(), Object.keys(REQUEST_DATA).sort());
  for (const [name, list] of Object.entries(PRESSURE_DATA)) {
    const re = (PRESSURE as unknown as Record<string, RegExp>)[name]!;
    assert.deepEqual(triggersOf(re).parts, phrasesOf(list), name);
  }
});

test('letters bound: no letter or digit beside a match; word bound: nor an underscore', () => {
  const letters = compileAlternatives(['gift card']);
  const word = compileAlternatives(['gift card'], { bound: 'word' });
  for (const [text, l, w] of [
    ['a gift card now', true, true],
    ['Gift Card', true, true],
    ['giftcards', false, false],
    ['_gift card_', true, false],
    ['égift card', false, false],
    ['2gift card', false, false],
  ] as const) {
    letters.lastIndex = 0;
    word.lastIndex = 0;
    assert.equal(letters.test(text), l, `letters: ${text}`);
    assert.equal(word.test(text), w, `word: ${text}`);
  }
  assert.equal(letters.flags, 'giu');
  assert.equal(compileAlternatives(['x'], { flags: 'iu' }).flags, 'iu');
});

test('phrases are tried in their order: the first that matches at a position wins', () => {
  const re = compileAlternatives(['act now', 'act now or lose']);
  assert.equal(re.exec('act now or lose it')?.[0], 'act now');
});

test('stems: the lexicon may match only a text with one of its trigger stems', () => {
  const re = compileAlternatives(['within \\d{1,3} ?hours'], { stems: 'Within hours' });
  assert.deepEqual(triggersOf(re).stems, ['with', 'hour']);
  assert.ok(mayMatch(re, stemsOf('Reply within 24hrs')));
  assert.ok(mayMatch(re, stemsOf('48hours left')), 'letters after leading digits are stemmed too');
  assert.ok(!mayMatch(re, stemsOf('Lunch at noon?')));
  assert.ok(mayMatch(compileAlternatives(['x']), new Set()), 'no stems, no gate');
});

test('gate: the lexicon may match only a text holding one of its gate words', () => {
  const re = compileAlternatives(['seed phrase', 'recovery phrase'], { bound: 'word', gate: 'seed recovery' });
  assert.deepEqual(gateOf(re), { words: ['seed', 'recovery'], parts: ['seed phrase', 'recovery phrase'] });
  assert.ok(passesGate(re, 'Enter your SEED phrase'));
  assert.ok(passesGate(re, 'your \u017Feed phrase'), 'the long s folds to s, as the regex folds it');
  assert.equal(foldForGate('\u017FEED'), 'seed');
  assert.ok(!passesGate(re, 'Lunch at noon?'));
  assert.equal(gateOf(compileAlternatives(['x'])), undefined);
});
