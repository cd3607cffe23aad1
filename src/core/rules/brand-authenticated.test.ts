import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './brand-authenticated.js';
import { eml, ids, runRule } from './test-utils.js';

const AR = (s: string) => ({ 'Authentication-Results': s });
const mail = (from: string, headers: Record<string, string>) => ({ input: eml({ from, subject: 'Your Amazon order', body: 'Verify your order details.', headers }), channel: 'email' as const });

test('a brand domain that passes aligned DKIM and DMARC lowers the score', async () => {
  const hits = await runRule(rule, mail('"Amazon.com" <auto-confirm@amazon.com>', AR('mx.google.com; dkim=pass header.i=@amazon.com header.s=x; spf=pass smtp.mailfrom=bounces.amazon.com; dmarc=pass header.from=amazon.com')));
  assert.deepEqual(hits.map((h) => h.messageId), ['authenticated']);
  assert.equal(hits[0]!.effect, 'lower');
});

test('an online verdict passed as options.auth is used', async () => {
  const auth = { source: 'online', authservId: '', spf: null, dkim: [{ result: 'pass', domain: 'amazon.com', selector: 's', aligned: true }], dmarc: { result: 'pass', headerFrom: 'amazon.com', policy: 'quarantine' }, arc: null, header: 'online-check', value: 'dkim=pass; dmarc=pass' };
  assert.deepEqual(await ids(rule, { input: eml({ from: 'a@amazon.com', subject: 'x', body: 'y' }), channel: 'email' }, { auth }), ['authenticated']);
});

test('near misses: untrusted header, unaligned signature, DMARC fail, not a brand domain', async () => {
  assert.deepEqual(await ids(rule, mail('a@amazon.com', AR('evil.example; dkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com'))), []);
  assert.deepEqual(await ids(rule, mail('a@amazon.com', AR('mx.google.com; dkim=pass header.i=@mailer.example; dmarc=pass header.from=amazon.com'))), []);
  assert.deepEqual(await ids(rule, mail('a@amazon.com', AR('mx.google.com; dkim=fail header.i=@amazon.com; dmarc=fail header.from=amazon.com'))), []);
  assert.deepEqual(await ids(rule, mail('a@shop.example', AR('mx.google.com; dkim=pass header.i=@shop.example; dmarc=pass header.from=shop.example'))), []);
});

test('near miss: a free mailbox passes its own DKIM and DMARC for anyone who has one', async () => {
  const m = mail('Microsoft Support <helpdesk-team@outlook.com>', AR('mx.google.com; dkim=pass header.i=@outlook.com header.s=x; spf=pass smtp.mailfrom=outlook.com; dmarc=pass header.from=outlook.com'));
  assert.deepEqual(await ids(rule, m), []);
});
