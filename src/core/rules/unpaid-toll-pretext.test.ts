import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './unpaid-toll-pretext.js';
import { at, ids, runRule } from './test-utils.js';

test('flags: E-ZPass unpaid toll balance with a late fee and a link', async () => {
  const t = 'E-ZPass: You have an unpaid toll balance of $6.99. Pay by 11/12 to avoid a late fee of $50.00: https://ezpass-tolls.top/pay';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['unpaidToll']);
  assert.equal(hits[0]!.data!.phrase, 'unpaid toll balance');
  assert.deepEqual(hits[0]!.evidence, [
    at(t, 'E-ZPass'),
    at(t, 'unpaid toll balance'),
    at(t, '$6.99'),
    at(t, 'avoid a late fee'),
    at(t, 'https://ezpass-tolls.top/pay'),
  ]);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: toll services outstanding amount with a link only', async () => {
  const t = 'Toll Services: We have noticed an outstanding toll amount of $12.51 on your record. Visit https://toll-pay.top to settle your balance.';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['unpaidToll']);
  assert.deepEqual(hits[0]!.evidence[0], at(t, 'Toll Services'));
});

test('flags: SunPass licence suspension threat', async () => {
  assert.deepEqual(await ids(rule, 'SunPass Final Notice: unpaid balance of $4.35. Pay now to avoid registration suspension.'), ['unpaidToll']);
});

test('near miss: toll-agency statement without a link or threat', async () => {
  assert.deepEqual(await ids(rule, 'E-ZPass NY: your statement is ready. Balance due $12.50 by 03/15. Log in to your account to view it.'), []);
});

test('near miss: road-trip chat about tolls', async () => {
  assert.deepEqual(await ids(rule, 'The turnpike tolls were crazy, we paid like $20 total. See you tonight!'), []);
});
