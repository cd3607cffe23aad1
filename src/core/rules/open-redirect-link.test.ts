import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './open-redirect-link.js';
import { runRule } from './test-utils.js';

test('flags a redirect parameter leading to a lookalike', async () => {
  const hits = await runRule(rule, { input: 'Sign in: https://tracking.example.net/r?url=https://amaz0n-login.top/ap', channel: 'sms' });
  assert.deepEqual(hits.map((h) => h.messageId), ['redirect']);
  assert.equal(hits[0]!.data?.target, 'amaz0n-login.top');
  assert.equal(hits[0]!.strength, 1);
});

test('near misses: a Google wrapper (unwrapped), same-site return URLs, redirects to the brand', async () => {
  assert.deepEqual(await runRule(rule, { input: `https://www.google.com/url?q=${encodeURIComponent('https://example.org/a')}`, channel: 'sms' }), []);
  assert.deepEqual(await runRule(rule, { input: 'https://login.example.org/?next=https://www.example.org/home', channel: 'sms' }), []);
  assert.deepEqual(await runRule(rule, { input: 'https://click.example.net/?url=https://www.amazon.com/deals', channel: 'sms' }), []);
});
