import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './disguised-text.js';
import { eml, runRule } from './test-utils.js';

test('flags: brand name with a Cyrillic А', async () => {
  const hits = await runRule(rule, 'Your \u0410mazon account is on hold. Verify now.');
  assert.deepEqual(hits.map((h) => h.messageId), ['disguisedBrand']);
  assert.equal(hits[0]!.data!.word, '\u0410mazon');
});

test('flags: scam words with Cyrillic р and е, and other rules still see the folded words', async () => {
  const hits = await runRule(rule, { input: eml({ from: 'x@y.example', subject: 'Cry\u0440to is restrict\u0435d', body: 'Act now' }) });
  assert.deepEqual(hits.map((h) => h.messageId), ['disguisedWords']);
  assert.equal(hits[0]!.data!.count, 2);
  assert.equal(hits[0]!.evidence[0]!.kind === 'text' && hits[0]!.evidence[0]!.text, 'Crypto');
});

test('near miss: whole words in Cyrillic or Greek are not disguises', async () => {
  assert.deepEqual(await runRule(rule, 'Привет, как дела? Γειά σου. Amazon order shipped.'), []);
});

test('near miss: accented Latin is not a disguise', async () => {
  assert.deepEqual(await runRule(rule, 'Café crème, naïve façade, Amazon.'), []);
});

test('near miss: mis-decoded punctuation after words (a trailing Cyrillic letter) is not a disguise', async () => {
  assert.deepEqual(await runRule(rule, 'The bison\u0412 roam Alaska\u0412 and the industry\u0412 is booming'), []);
});
