import assert from 'node:assert/strict';
import { test } from 'node:test';
import { de } from './de.js';
import { en } from './en.js';
import { lookup, pickLocale } from './index.js';

test('the browser language picks the page language; a stored choice wins; unknown falls back to English', () => {
  assert.equal(pickLocale(null, ['de-DE', 'en']), 'de');
  assert.equal(pickLocale(null, ['de-AT']), 'de');
  assert.equal(pickLocale(null, ['nl-NL', 'de']), 'de');
  assert.equal(pickLocale(null, ['nl-NL']), 'en');
  assert.equal(pickLocale('en', ['de-DE']), 'en');
  assert.equal(pickLocale('xx', ['de-DE']), 'de');
});

test('German has every English key, with its own words and the same placeholders', () => {
  const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    const g = de[key];
    assert.equal(typeof g, 'string', `de lacks ${key}`);
    assert.ok(g.trim() !== '', `de.${key} is empty`);
    assert.deepEqual(vars(g), vars(en[key]), `placeholders of ${key}`);
  }
  assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
  // Mostly its own words: a German set that copied the English would pass the key check.
  const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => de[k] === en[k] && en[k].length > 12);
  assert.deepEqual(same, []);
});

test('lookup fills placeholders and says which language the text is in', () => {
  assert.deepEqual(lookup('de', 'dontCall', { number: '0800 1' }), { s: 'Rufen Sie 0800 1 nicht an.', lang: 'de' });
  assert.deepEqual(lookup('en', 'verdict.likely_scam'), { s: 'Likely scam', lang: 'en' });
});
