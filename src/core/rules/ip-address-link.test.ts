import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './ip-address-link.js';
import { runRule } from './test-utils.js';

test('flags links to public IP addresses', async () => {
  const hits = await runRule(rule, { input: 'Verify your account: http://203.0.113.45/paypal/signin', channel: 'sms' });
  assert.deepEqual(hits.map((h) => h.messageId), ['ipLink']);
  assert.equal(hits[0]!.data?.ip, '203.0.113.45');
  assert.equal(hits[0]!.strength, 1);
});

test('near misses: private addresses count little, names not at all', async () => {
  const priv = await runRule(rule, { input: 'The router page is http://192.168.1.1/setup', channel: 'sms' });
  assert.ok((priv[0]?.strength ?? 0) <= 0.2);
  assert.deepEqual(await runRule(rule, { input: 'See https://www.example.org/page', channel: 'sms' }), []);
});
