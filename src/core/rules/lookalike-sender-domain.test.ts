import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './lookalike-sender-domain.js';
import { eml, ids, runRule } from './test-utils.js';

const mail = (from: string, headers?: Record<string, string>) => ({ input: eml({ from, subject: 'Hello', body: 'Hi', headers }), channel: 'email' as const });

test('flags lookalike From domains', async () => {
  const hits = await runRule(rule, mail('"Amazon" <no-reply@arnazon.com>'));
  assert.equal(hits[0]?.data?.technique, 'homoglyph');
  assert.equal(hits[0]?.data?.header, 'from');
  assert.equal((await runRule(rule, mail('x@amazon.co.uk.verify-id.top')))[0]?.data?.technique, 'brand-in-subdomain');
  assert.equal((await runRule(rule, mail('x@paypal-resolution-center.com')))[0]?.data?.technique, 'brand-keyword');
});

test('flags a lookalike Reply-To and a lookalike SMS sender address', async () => {
  const hits = await runRule(rule, mail('Shop <news@shop.example>', { 'Reply-To': 'help@micros0ft-support.com' }));
  assert.equal(hits[0]?.data?.header, 'reply-to');
  assert.deepEqual(await ids(rule, { input: 'Your parcel is waiting', channel: 'sms', from: 'info@amaz0n-delivery.com' }), ['lookalike']);
});

test('near misses: the brand’s own and unrelated domains', async () => {
  assert.deepEqual(await ids(rule, mail('"Amazon" <auto-confirm@amazon.com>')), []);
  assert.deepEqual(await ids(rule, mail('x@marketplace.amazon.co.uk')), []);
  assert.deepEqual(await ids(rule, mail('bob@applebees.com')), []);
  assert.deepEqual(await ids(rule, mail('ann@example.org')), []);
});
