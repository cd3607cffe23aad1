import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './family-new-number-pretext.js';
import { at, ids, runRule } from './test-utils.js';

test('flags: Hi Mum, dropped my phone, new number, WhatsApp', async () => {
  const t = 'Hi Mum, I dropped my phone and this is my new number. Can you message me on WhatsApp?';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['newNumber']);
  assert.equal(hits[0]!.data!.phrase, 'dropped my phone');
  assert.deepEqual(hits[0]!.evidence, [at(t, 'Hi Mum'), at(t, 'dropped my phone'), at(t, 'Can you message me')]);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: Hello Dad with a delete-the-old-number story', async () => {
  const t = 'Hello Dad, my phone is broken so you can delete the old number and save this one.';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'Hello Dad'), at(t, 'my phone is broken')]);
  assert.equal(hits[0]!.strength, 0.85);
});

test('flags: German Hallo Mama, neue Nummer', async () => {
  assert.deepEqual(await ids(rule, 'Hallo Mama, das ist meine neue Nummer, mein Handy ist kaputt. Schreib mir auf WhatsApp.'), ['newNumber']);
});

test('near miss: ordinary family texts', async () => {
  assert.deepEqual(await ids(rule, "Hi Mum, I'll be home late tonight, save me some dinner x"), []);
  assert.deepEqual(await ids(rule, 'This is my new number, save it. Sam'), []);
});
