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
