import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './recall-safety-refund-pretext.js';
import { ids, runRule } from './test-utils.js';

test('flags: product recall with a refund to claim', async () => {
  const hits = await runRule(rule, 'Important: the air fryer you bought has been recalled. You are eligible for a refund of $89. Claim it at http://recall-refunds.example');
  assert.deepEqual(hits.map((h) => h.messageId), ['recallRefund']);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: recall story without a refund is weaker', async () => {
  const hits = await runRule(rule, 'Product recall notice: confirm your address for a replacement.');
  assert.deepEqual(hits.map((h) => h.messageId), ['recall']);
  assert.ok((hits[0]!.strength ?? 1) < 0.5);
});

test('flags: German and Spanish recalls with refunds', async () => {
  assert.deepEqual(await ids(rule, 'Produktrückruf: Sie erhalten eine Erstattung des Kaufpreises.'), ['recallRefund']);
  assert.deepEqual(await ids(rule, 'Retirada del producto: solicite su reembolso hoy.'), ['recallRefund']);
});

test('near miss: "recall" as memory', async () => {
  assert.deepEqual(await ids(rule, "I don't recall the meeting time, was it 3pm?"), []);
});
