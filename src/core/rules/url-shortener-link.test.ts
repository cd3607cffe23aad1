import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './url-shortener-link.js';
import { ids, runRule } from './test-utils.js';

test('flags shortened links, more strongly on a brand claim', async () => {
  const brand = await runRule(rule, { input: 'Amazon: your refund is ready, claim at https://bit.ly/3xYzAbc', channel: 'sms' });
  assert.deepEqual(brand.map((h) => h.messageId), ['shortener']);
  assert.equal(brand[0]!.data?.host, 'bit.ly');
  const plain = await runRule(rule, { input: 'see tinyurl.com/abcd1234', channel: 'sms' });
  assert.ok((plain[0]?.strength ?? 0) < (brand[0]!.strength ?? 1));
});

test('near misses: ordinary links', async () => {
  assert.deepEqual(await ids(rule, { input: 'Track at https://www.amazon.com/progress-tracker', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'Meeting notes: https://docs.example.org/notes', channel: 'sms' }), []);
});
