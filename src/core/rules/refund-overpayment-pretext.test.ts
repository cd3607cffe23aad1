import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './refund-overpayment-pretext.js';
import { ids, runRule } from './test-utils.js';

test('flags: overpaid refund, send back the difference (call)', async () => {
  const hits = await runRule(rule, {
    input: 'Agent: I typed an extra zero, we refunded you $4,000 instead of $400. You need to send back the difference with gift cards.',
    channel: 'call',
  });
  assert.deepEqual(hits.map((h) => h.messageId), ['overpayment']);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: unsolicited refund offer with amount', async () => {
  const hits = await runRule(rule, 'Amazon: you are eligible for a refund of $399. Reply YES to claim your refund.');
  assert.deepEqual(hits.map((h) => h.messageId), ['refundOffer']);
  assert.ok((hits[0]!.strength ?? 1) >= 0.6);
});

test('flags: German and Spanish refund lures', async () => {
  assert.deepEqual(await ids(rule, 'Sie haben Anspruch auf eine Rückerstattung von 129,99 €.'), ['refundOffer']);
  assert.deepEqual(await ids(rule, 'Usted tiene derecho a un reembolso de 250 €. Responda para recibir su reembolso.'), ['refundOffer']);
});

test('near miss: a genuine refund receipt is weak', async () => {
  const hits = await runRule(rule, 'Your refund of $23.99 has been issued to your original payment method.');
  assert.ok(hits.every((h) => (h.strength ?? 1) <= 0.25));
});

test('near miss: "overpaid" in everyday talk', async () => {
  assert.deepEqual(await ids(rule, 'Those consultants are overpaid and underworked, if you ask me.'), []);
});
