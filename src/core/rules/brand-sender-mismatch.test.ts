import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './brand-sender-mismatch.js';
import { eml, ids, runRule } from './test-utils.js';

const mail = (from: string, subject: string, body = 'Please review your account.', headers?: Record<string, string>) => ({ input: eml({ from, subject, body, headers }), channel: 'email' as const });

test('flags a brand display name on a foreign domain', async () => {
  const hits = await runRule(rule, mail('"Amazon.com" <service@amaz0n-support.top>', 'Your order'));
  assert.deepEqual(hits.map((h) => h.messageId), ['notBrandDomain']);
  assert.equal(hits[0]!.data?.domain, 'amaz0n-support.top');
  assert.equal(hits[0]!.evidence[0]!.kind, 'header');
});

test('flags a subject claim from an unrelated domain', async () => {
  assert.deepEqual(await ids(rule, mail('Billing <billing@randomshop.example>', 'Your PayPal account has been limited')), ['notBrandDomain']);
  assert.deepEqual(await ids(rule, mail('Support <help@mailer.example>', 'Notice', 'This is Microsoft Security. Your Microsoft account was used to sign in.')), ['notBrandDomain']);
});

test('near misses: genuine brand mail, list posts, unrelated mail', async () => {
  assert.deepEqual(await ids(rule, mail('"Amazon.com" <shipment-tracking@amazon.com>', 'Your Amazon order has shipped')), []);
  assert.deepEqual(await ids(rule, mail('"Amazon.co.uk" <order-update@amazon.co.uk>', 'Your order')), []);
  assert.deepEqual(
    await ids(rule, mail('Bob <bob@lists.example.org>', 'Re: Microsoft patch breaks Samba', 'The Microsoft patch from Tuesday breaks our build.', { 'List-Id': '<samba.lists.example.org>' })),
    [],
  );
  assert.deepEqual(await ids(rule, mail('Alice <alice@example.org>', 'Lunch?', 'Want to grab lunch?')), []);
});

// A forward whose inner From/Subject block parse can read is unwrapped and the inner message judged
// (parse/pasted.test.ts); this is the forward it cannot unwrap: only the "Fwd:" subject says so.
test('a forwarded brand mail counts at reduced strength', async () => {
  const hits = await runRule(rule, mail('Alice <alice@example.org>', 'Fwd: Your Amazon order #112-1234567-1234567', 'See below, it came from Amazon.com this morning.'));
  assert.equal(hits.length, 1);
  assert.ok((hits[0]!.strength ?? 1) < 0.5);
});
