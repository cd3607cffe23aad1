import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './auth-not-checked.js';
import { eml, ids } from './test-utils.js';

test('says so when a brand message could not be authenticated', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'auto-confirm@amazon.com', subject: 'Your order', body: 'x' }), channel: 'email' }), ['notChecked']);
  assert.deepEqual(await ids(rule, { input: eml({ from: '"Amazon" <a@notice.example>', subject: 'Your Amazon account', body: 'x' }), channel: 'email' }), ['notChecked']);
});

test('near misses: trusted results present, or no brand involved', async () => {
  const headers = { 'Authentication-Results': 'mx.google.com; dkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com' };
  assert.deepEqual(await ids(rule, { input: eml({ from: 'auto-confirm@amazon.com', subject: 'Your order', body: 'x', headers }), channel: 'email' }), []);
  assert.deepEqual(await ids(rule, { input: eml({ from: 'bob@example.org', subject: 'Lunch', body: 'x' }), channel: 'email' }), []);
});
