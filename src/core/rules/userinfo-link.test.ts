import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './userinfo-link.js';
import { eml, runRule } from './test-utils.js';

test('flags a domain-looking user name before @', async () => {
  const hits = await runRule(rule, { input: eml({ from: 'x@example.org', subject: 'Hi', html: '<a href="http://www.amazon.com@203.0.113.9/login">Sign in</a>' }), channel: 'email' });
  assert.deepEqual(hits.map((h) => h.messageId), ['userinfo']);
  assert.equal(hits[0]!.data?.userinfo, 'www.amazon.com');
  assert.equal(hits[0]!.strength, 1);
});

test('near misses: ordinary links and e-mail addresses', async () => {
  assert.deepEqual(await runRule(rule, { input: 'Write to help@example.org or see https://example.org/help', channel: 'sms' }), []);
  const plainUser = await runRule(rule, { input: eml({ from: 'x@example.org', subject: 'Hi', html: '<a href="https://build@ci.example.org/job">job</a>' }), channel: 'email' });
  assert.ok((plainUser[0]?.strength ?? 0) < 1);
});
