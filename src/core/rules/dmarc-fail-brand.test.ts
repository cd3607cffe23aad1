import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './dmarc-fail-brand.js';
import { eml, ids, runRule } from './test-utils.js';

const mail = (from: string, ar: string, extra: Record<string, string> = {}) => ({ input: eml({ from, subject: 'Your account', body: 'Please verify.', headers: { 'Authentication-Results': ar, ...extra } }), channel: 'email' as const });

test('flags a brand From that fails DMARC at a trusted receiver', async () => {
  const hits = await runRule(rule, mail('"PayPal" <service@paypal.com>', 'mx.google.com; dkim=none; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=REJECT) header.from=paypal.com'));
  assert.deepEqual(hits.map((h) => h.messageId), ['dmarcFail']);
  assert.equal(hits[0]!.data?.authserv, 'mx.google.com');
  assert.deepEqual(await ids(rule, mail('a@amazon.com', 'spf=fail smtp.mailfrom=evil.example; dkim=none header.d=none', { 'X-MS-Exchange-Organization-AuthAs': 'Anonymous' })), ['spfAndDkimFail']);
});

test('near misses: pass, untrusted receiver, non-brand domain', async () => {
  assert.deepEqual(await ids(rule, mail('service@paypal.com', 'mx.google.com; dkim=pass header.i=@paypal.com; dmarc=pass header.from=paypal.com')), []);
  assert.deepEqual(await ids(rule, mail('service@paypal.com', 'mx.evil.example; dmarc=fail header.from=paypal.com')), []);
  assert.deepEqual(await ids(rule, mail('bob@example.org', 'mx.google.com; dmarc=fail header.from=example.org')), []);
});
