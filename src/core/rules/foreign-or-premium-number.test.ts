import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './foreign-or-premium-number.js';
import { ids, runRule } from './test-utils.js';

test('flags premium-rate numbers', async () => {
  const hits = await runRule(rule, { input: 'You have won a prize! Call 09061701461 to claim.', channel: 'sms' }, { country: 'GB' });
  assert.deepEqual(hits.map((h) => h.messageId), ['premium']);
});

test('flags a foreign number on a brand claim', async () => {
  const hits = await runRule(rule, { input: 'Amazon Security: unusual order. Call +63 2 8888 1234 to cancel.', channel: 'sms' }, { country: 'US' });
  assert.deepEqual(hits.map((h) => h.messageId), ['foreign']);
  assert.equal(hits[0]!.data?.country, 'PH');
});

test('near misses: a home-country number, a foreign number without a brand claim', async () => {
  assert.deepEqual(await ids(rule, { input: 'Amazon Security: call (415) 555-0100.', channel: 'sms' }, { country: 'US' }), []);
  assert.deepEqual(await ids(rule, { input: 'Landed in London, call me on +44 20 7946 0958', channel: 'sms' }, { country: 'US' }), []);
});
