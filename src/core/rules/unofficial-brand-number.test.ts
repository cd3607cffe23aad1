import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './unofficial-brand-number.js';
import { ids, runRule } from './test-utils.js';

test('flags a number given for a brand that is not the brand’s', async () => {
  const hits = await runRule(rule, { input: 'Amazon Security: a charge of $499 was made. If this was not you call 1-844-555-0199 now.', channel: 'sms' });
  assert.deepEqual(hits.map((h) => h.messageId), ['notOfficial']);
  assert.equal(hits[0]!.data?.brand, 'Amazon');
  assert.deepEqual(await ids(rule, { input: 'This is Microsoft Support. Your computer is infected, call (415) 555-0100.', channel: 'sms' }), ['notOfficial']);
});

test('near misses: numbers without a brand claim, brand claims without numbers', async () => {
  assert.deepEqual(await ids(rule, { input: 'Call me back at (415) 555-0100 when you can', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'Amazon: your package was delivered.', channel: 'sms' }), []);
});
