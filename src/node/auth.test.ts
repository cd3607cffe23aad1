import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../core/index.js';
import { authenticateEmail } from './auth.js';
import { offlineDkim, tableResolver } from './dkim-fixture.js';

// Offline: the message is DKIM-signed with a key made here, and every DNS question is answered
// from a table (a missing name fails like NXDOMAIN), so the test never touches the network.

const dkim = offlineDkim();
const TABLE: Record<string, string[][]> = {
  'TXT s1._domainkey.amazon.com': [[dkim.publicRecord]],
  'TXT _dmarc.amazon.com': [['v=DMARC1; p=reject; adkim=r; aspf=r']],
  'TXT amazon.com': [['v=spf1 ip4:192.0.2.10 -all']],
  'TXT _dmarc.paypal.com': [['v=DMARC1; p=reject']],
  'TXT paypal.com': [['v=spf1 ip4:198.51.100.0/24 -all']],
};
const { resolver, asked } = tableResolver(TABLE);

const message = (from: string, body: string) =>
  [`From: ${from}`, 'To: you@example.org', 'Subject: Your Amazon order has shipped', 'Date: Mon, 2 Jun 2025 10:00:00 +0000', 'Message-ID: <abc@amazon.com>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');

const signed = (raw: string, domain: string): Promise<string> => dkim.sign(raw, domain, 's1');

const BODY = 'Your order #112-1234567-1234567 has shipped. Verify the delivery details in Your Orders.';

test('a DKIM-signed brand mail passes DKIM and DMARC and lowers the score', async () => {
  const raw = await signed(message('"Amazon.com" <shipment-tracking@amazon.com>', BODY), 'amazon.com');
  const auth = await authenticateEmail(raw, { resolver, ip: '192.0.2.10', helo: 'a.amazon.com', sender: 'bounce@amazon.com' });
  assert.equal(auth.dkim[0]?.result, 'pass');
  assert.equal(auth.dkim[0]?.aligned, true);
  assert.equal(auth.dmarc?.result, 'pass');
  assert.equal(auth.spf?.result, 'pass');
  const report = await analyze({ input: raw, channel: 'email' }, { auth });
  const lower = report.findings.find((f) => f.ruleId === 'brand-authenticated');
  assert.equal(lower?.effect, 'lower');
  assert.ok(!report.findings.some((f) => f.ruleId === 'auth-not-checked'));
  assert.ok(asked.includes('TXT s1._domainkey.amazon.com'));
});

test('a tampered body fails DKIM; from another IP, DMARC fails and is flagged', async () => {
  const raw = (await signed(message('"Amazon.com" <shipment-tracking@amazon.com>', BODY), 'amazon.com')).replace('has shipped', 'is on hold, call 1-844-555-0199');
  const auth = await authenticateEmail(raw, { resolver, ip: '203.0.113.66', helo: 'mx.evil.example', sender: 'x@amazon.com' });
  assert.equal(auth.dkim[0]?.result, 'fail');
  assert.equal(auth.dmarc?.result, 'fail');
  const report = await analyze({ input: raw, channel: 'email' }, { auth });
  assert.ok(report.findings.some((f) => f.ruleId === 'dmarc-fail-brand'));
  assert.ok(!report.findings.some((f) => f.ruleId === 'brand-authenticated'));
});

test('a forged paypal.com sender without a signature fails DMARC', async () => {
  const raw = message('"PayPal" <service@paypal.com>', 'Your PayPal account is limited. Log in to restore access.');
  const auth = await authenticateEmail(raw, { resolver, ip: '203.0.113.66', helo: 'mx.evil.example', sender: 'service@paypal.com' });
  assert.equal(auth.spf?.result, 'fail');
  assert.equal(auth.dmarc?.result, 'fail');
});

test('without an online check or trusted header, the report says authentication was not checked', async () => {
  const raw = await signed(message('"Amazon.com" <shipment-tracking@amazon.com>', BODY), 'amazon.com');
  const report = await analyze({ input: raw, channel: 'email' });
  assert.ok(report.findings.some((f) => f.ruleId === 'auth-not-checked' && f.weight === 0));
});

// Hostile input: DNS look-ups per message are capped, and SPF's client comes only from a trusted hop.

test('500 DKIM signatures cause at most the capped look-ups, with a warning and complete: false', async () => {
  const one = await signed(message('"Amazon.com" <shipment-tracking@amazon.com>', BODY), 'amazon.com');
  const sig = one.slice(0, one.indexOf('From: '));
  const many = Array.from({ length: 500 }, (_, i) => sig.replace(/s=s1;/, `s=x${i};`)).join('') + one;
  const { resolver: r, asked: q } = tableResolver(TABLE);
  const auth = await authenticateEmail(many, { resolver: r, ip: '192.0.2.10', helo: 'a.amazon.com', sender: 'bounce@amazon.com' });
  assert.ok(q.length <= 30, `${q.length} DNS questions`);
  assert.ok(q.filter((k) => k.includes('._domainkey.')).length <= 5);
  assert.match(auth.warnings?.[0] ?? '', /^dns_lookups_capped: .*501 DKIM signature/);
  const report = await analyze({ input: many, channel: 'email' }, { auth });
  assert.ok(report.warnings.some((w) => w.startsWith('dns_lookups_capped')));
  assert.equal(report.complete, false);
  // A mail under the caps carries no warning.
  const fine = await authenticateEmail(one, { resolver, ip: '192.0.2.10', helo: 'a.amazon.com', sender: 'bounce@amazon.com' });
  assert.equal(fine.warnings, undefined);
  assert.equal((await analyze({ input: one, channel: 'email' }, { auth: fine })).complete, true);
});

test('an SPF include chain stops at the look-up cap', async () => {
  const chain: Record<string, string[][]> = { 'TXT _dmarc.chain.example': [['v=DMARC1; p=none']] };
  for (let i = 0; i < 40; i++) chain[`TXT s${i}.chain.example`] = [[`v=spf1 include:s${i + 1}.chain.example -all`]];
  chain['TXT chain.example'] = [['v=spf1 include:s0.chain.example -all']];
  const { resolver: r, asked: q } = tableResolver(chain);
  const raw = message('"Shop" <news@chain.example>', 'Hello');
  const auth = await authenticateEmail(raw, { resolver: r, ip: '198.51.100.7', helo: 'mx.chain.example', sender: 'bounce@chain.example', maxDnsLookups: 8 });
  assert.ok(q.length <= 8, `${q.length} DNS questions`);
  assert.notEqual(auth.spf?.result, 'pass');
});

const forged = (received: string[]) =>
  [
    'Return-Path: <bounce@amazon.com>',
    ...received,
    'From: "Amazon.com" <shipment-tracking@amazon.com>',
    'To: you@example.org',
    'Subject: Your order',
    'Date: Mon, 2 Jun 2025 10:00:00 +0000',
    'Message-ID: <f1@amazon.com>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Your order is on hold.',
    '',
  ].join('\r\n');
// The attacker's own Received line claims Amazon's SPF address.
const LIE = 'Received: from a.amazon.com (a.amazon.com [192.0.2.10]) by mx.example.org with ESMTPS id 1; Mon, 2 Jun 2025 10:00:01 +0000';
const REAL = 'Received: from mx.evil.example (mx.evil.example [203.0.113.66]) by mx.example.org with ESMTPS id 2; Mon, 2 Jun 2025 10:00:02 +0000';

test('by default no Received line is trusted: no SPF from an attacker-written client IP', async () => {
  const { resolver: r, asked: q } = tableResolver(TABLE);
  const auth = await authenticateEmail(forged([LIE]), { resolver: r });
  assert.equal(auth.spf, null);
  assert.ok(!q.includes('TXT amazon.com'), `asked ${q.join(', ')}`);
  assert.notEqual(auth.dmarc?.result, 'pass');
});

test('with trusted hops the client comes from the last trusted Received header, never a lower one', async () => {
  const { resolver: r } = tableResolver(TABLE);
  // Our MX wrote the top line (the real client 203.0.113.66); the lie below it is ignored.
  const auth = await authenticateEmail(forged([REAL, LIE]), { resolver: r, trustedHops: 1 });
  assert.equal(auth.spf?.result, 'fail');
  assert.equal(auth.dmarc?.result, 'fail');
  // Only when our own infrastructure wrote two hops does the second count (and then it says pass).
  const two = await authenticateEmail(forged([REAL, LIE]), { resolver: r, trustedHops: 2 });
  assert.equal(two.spf?.result, 'pass');
  // A trusted receiver name that the header does not carry: nothing is taken.
  const pinned = await authenticateEmail(forged([LIE]), { resolver: r, trustedHops: 1, trustedReceivers: ['mx.our-company.example'] });
  assert.equal(pinned.spf, null);
  const named = await authenticateEmail(forged([REAL]), { resolver: r, trustedHops: 1, trustedReceivers: ['MX.example.org'] });
  assert.equal(named.spf?.result, 'fail');
});
