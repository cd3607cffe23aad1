import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../core/index.js';
import type { Resolver } from '../node/auth.js';
import { offlineDkim, tableResolver } from '../node/dkim-fixture.js';
import { createApp } from './app.js';
import { createOnlineAuth } from './online-auth.js';

// POST /api/analyze with the online check, end to end through mailauth, with no network: the mail
// is DKIM-signed with a key made here and DNS is answered from a table.

const dkim = offlineDkim();
const TABLE: Record<string, string[][]> = {
  'TXT sel1._domainkey.amazon.com': [[dkim.publicRecord]],
  'TXT _dmarc.amazon.com': [['v=DMARC1; p=reject; adkim=r; aspf=r']],
  'TXT amazon.com': [['v=spf1 ip4:192.0.2.10 -all']],
};
const { resolver, asked } = tableResolver(TABLE);

const BODY = 'Your order #112-7654321-7654321 has shipped. Track it in Your Orders on amazon.com.';
const mail = (body = BODY) =>
  [
    'From: "Amazon.com" <shipment-tracking@amazon.com>',
    'To: you@example.org',
    'Subject: Your Amazon.com order has shipped',
    'Date: Mon, 2 Jun 2025 10:00:00 +0000',
    'Message-ID: <0100abc@email.amazon.com>',
    'Received: from a1-2.smtp-out.amazonses.com (a1-2.smtp-out.amazonses.com [192.0.2.10]) by mx.example.org with ESMTPS id x1; Mon, 2 Jun 2025 10:00:01 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');

const signed = (raw: string): Promise<string> => dkim.sign(raw, 'amazon.com', 'sel1');

const app = () => createApp({ rateLimit: { max: 1000, windowMs: 60_000 }, onlineAuth: createOnlineAuth({ resolver }) });
const analyzeJson = async (a: ReturnType<typeof app>, body: unknown): Promise<Report> => {
  const res = await a.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(res.status, 200);
  return (await res.json()) as Report;
};
const ruleIds = (r: Report) => r.findings.map((f) => f.ruleId);

test('healthz says the online check is on', async () => {
  assert.equal((await (await app().request('/healthz')).json()).onlineAuth, true);
});

test('a signed brand mail checked online passes DKIM with DMARC alignment', async () => {
  const a = app();
  const raw = await signed(mail());
  asked.length = 0;
  const on = await analyzeJson(a, { text: raw, checkAuth: true });
  const lower = on.findings.find((f) => f.ruleId === 'brand-authenticated');
  assert.equal(lower?.effect, 'lower');
  assert.ok(!ruleIds(on).includes('auth-not-checked'));
  assert.ok(asked.includes('TXT sel1._domainkey.amazon.com'), 'the DKIM key was looked up through the injected resolver');
  // Same mail uploaded raw with checkAuth in the query string.
  const raw2 = await a.request('/api/analyze?checkAuth=true', { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: raw });
  assert.ok(ruleIds((await raw2.json()) as Report).includes('brand-authenticated'));
});

test('without the option nothing is looked up and the report says it was not checked', async () => {
  const raw = await signed(mail());
  asked.length = 0;
  const off = await analyzeJson(app(), { text: raw });
  assert.deepEqual(asked, []);
  assert.ok(ruleIds(off).includes('auth-not-checked'));
  assert.ok(!ruleIds(off).includes('brand-authenticated'));
});

test('a tampered brand mail fails DMARC online and is flagged', async () => {
  const raw = (await signed(mail())).replace('has shipped. Track it in Your Orders on amazon.com.', 'is on hold. Call 1-844-555-0199 to release it.');
  const r = await analyzeJson(app(), { text: raw, checkAuth: true });
  assert.ok(ruleIds(r).includes('dmarc-fail-brand'));
  assert.ok(!ruleIds(r).includes('brand-authenticated'));
});

test('a pasted text message with channel auto causes no DNS look-up', async () => {
  asked.length = 0;
  await analyzeJson(app(), { text: 'Amazon: your parcel is held. Pay the fee at http://amzn-parcel.top/pay', checkAuth: true });
  assert.deepEqual(asked, []);
});

test('a failing resolver leaves the report offline, not a 500', async () => {
  const broken: Resolver = async () => {
    throw Object.assign(new Error('SERVFAIL'), { code: 'ESERVFAIL' });
  };
  const a = createApp({ onlineAuth: createOnlineAuth({ resolver: broken }) });
  const res = await a.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: await signed(mail()), checkAuth: true }) });
  assert.equal(res.status, 200);
  assert.ok(!ruleIds((await res.json()) as Report).includes('brand-authenticated'));
});
