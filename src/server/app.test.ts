import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { analyze, BRANDS, RULES, type Report } from '../core/index.js';
import { createApp, type AppOptions } from './app.js';
import { memoryLogger } from './logging.js';
import { AnalyzeJsonRequest, ErrorBody, Health, ReportBody } from './schemas.js';
import { SCAM_EML as EML, SCAM_SMS } from './test-fixtures.js';

function app(opts: AppOptions = {}) {
  return createApp({ rateLimit: { max: 10_000, windowMs: 60_000 }, ...opts });
}

function postJson(a: ReturnType<typeof createApp>, body: unknown, headers: Record<string, string> = {}) {
  return a.request('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(res: Response): Promise<z.infer<typeof ErrorBody>['error']> {
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return ErrorBody.parse(await res.json()).error;
}

const roundTrip = (r: Report): unknown => JSON.parse(JSON.stringify(r));

test('healthz answers with security headers', async () => {
  const res = await app().request('/healthz');
  assert.equal(res.status, 200);
  const health = Health.parse(await res.json());
  assert.equal(health.status, 'ok');
  assert.equal(health.onlineAuth, false);
  assert.equal(Health.parse(await (await app({ onlineAuth: async () => ({}) }).request('/healthz')).json()).onlineAuth, true);
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /script-src 'self'/);
  // JavaScript eval and inline script stay forbidden; 'wasm-unsafe-eval' lets only WebAssembly compile
  // (the page's OCR, src/web/screenshot.ts).
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  assert.ok(res.headers.get('x-request-id'));
});

test('JSON analyze returns the core report unchanged', async () => {
  const res = await postJson(app(), { text: SCAM_SMS, channel: 'sms', from: '+1 202 555 0143' });
  assert.equal(res.status, 200);
  const body = (await res.json()) as Report;
  ReportBody.parse(body);
  const direct = await analyze({ input: SCAM_SMS, channel: 'sms', from: '+1 202 555 0143' }, { country: 'US' });
  assert.deepEqual(body, roundTrip(direct));
  assert.equal(body.channel, 'sms');
  assert.ok(body.findings.length > 0, 'a gift-card demand is a red flag');
});

test('channel auto and omitted channel both detect', async () => {
  const a = app();
  const auto = await (await postJson(a, { text: SCAM_SMS, channel: 'auto' })).json();
  const none = await (await postJson(a, { text: SCAM_SMS })).json();
  assert.deepEqual(auto, none);
});

test('raw message/rfc822 body is analysed as an email', async () => {
  const res = await app().request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'message/rfc822' }, body: EML });
  assert.equal(res.status, 200);
  const body = (await res.json()) as Report;
  ReportBody.parse(body);
  assert.equal(body.channel, 'email');
  const direct = await analyze({ input: new TextEncoder().encode(EML), channel: 'email' }, { country: 'US' });
  assert.deepEqual(body, roundTrip(direct));
});

test('multipart .eml upload gives the same report as the raw body', async () => {
  const a = app();
  const form = new FormData();
  form.append('file', new File([EML], 'suspicious.eml', { type: 'message/rfc822' }));
  const up = await a.request('/api/analyze', { method: 'POST', body: form });
  assert.equal(up.status, 200);
  const raw = await a.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'message/rfc822' }, body: EML });
  assert.deepEqual(await up.json(), await raw.json());
});

test('multipart text field with channel and sender', async () => {
  const form = new FormData();
  form.append('text', SCAM_SMS);
  form.append('channel', 'sms');
  form.append('from', '12345');
  const res = await app().request('/api/analyze', { method: 'POST', body: form });
  assert.equal(res.status, 200);
  const body = (await res.json()) as Report;
  assert.equal(body.channel, 'sms');
  assert.equal(body.message.sender, (await analyze({ input: SCAM_SMS, channel: 'sms', from: '12345' })).message.sender);
});

// Issue 15, "the sender everywhere": every way of posting a message carries the sender into analyze().
const PASTED_BODY = 'Dear customer,\n\nYour PayPal account is limited. Confirm your details within 24 hours at https://paypal-resolve.example/login\n\nPayPal Team';
const EMAIL_SENDER = 'PayPal <service@paypa1-support.example>';

test('a sender given as an email address turns a pasted body into an email, whichever way it is posted', async () => {
  const a = app();
  const direct = roundTrip(await analyze({ input: PASTED_BODY, from: EMAIL_SENDER }, { country: 'US' }));
  const form = new FormData();
  form.append('text', PASTED_BODY);
  form.append('from', EMAIL_SENDER);
  const replies = [
    await postJson(a, { text: PASTED_BODY, from: EMAIL_SENDER }),
    await a.request(`/api/analyze?${new URLSearchParams({ from: EMAIL_SENDER })}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: PASTED_BODY }),
    await a.request('/api/analyze', { method: 'POST', body: form }),
  ];
  for (const res of replies) {
    assert.equal(res.status, 200);
    const body = ReportBody.parse(await res.json()) as unknown as Report;
    assert.equal(body.channel, 'email');
    assert.deepEqual(body.message.from, { name: 'PayPal', address: 'service@paypa1-support.example', domain: 'paypa1-support.example' });
    assert.equal(body.message.sender, EMAIL_SENDER);
    assert.ok(body.warnings.some((w) => w.startsWith('no_headers:') && w.includes('could not be checked')), body.warnings.join('; '));
    assert.ok(body.findings.some((f) => f.ruleId === 'lookalike-sender-domain'));
    assert.deepEqual(body, direct);
  }
});

test('a phone-number sender reaches analyze() from a raw text/plain body too', async () => {
  const res = await app().request('/api/analyze?from=%2B12025550143&channel=sms', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: SCAM_SMS });
  assert.equal(res.status, 200);
  const body = (await res.json()) as Report;
  assert.equal(body.channel, 'sms');
  assert.equal(body.message.sender, '+12025550143');
  assert.deepEqual(body.advice.checked.slice(0, 1), ['the sender you gave']);
});

test('the OpenAPI document offers the sender field in JSON, query and form', async () => {
  const doc = (await (await app().request('/api/openapi.json')).json()) as Record<string, any>;
  const fromJson = doc.components.schemas.AnalyzeRequest.properties.from;
  assert.match(JSON.stringify(fromJson), /email address/);
  const op = doc.paths['/api/analyze'].post;
  const q = op.parameters.find((p: { name: string; in: string }) => p.name === 'from' && p.in === 'query');
  assert.ok(q, 'from is a documented query parameter');
  assert.equal(q.schema.maxLength, 320);
  const formSchema = JSON.stringify(op.requestBody.content['multipart/form-data'].schema);
  assert.match(formSchema, /"from"/);
});

test('a report names who published each statement and carries every route address', async () => {
  const res = await postJson(app(), { text: 'PayPal: your account is limited. To restore it, pay the $50 fee with Google Play gift cards and text us the codes.', channel: 'sms' });
  const body = ReportBody.parse(await res.json()) as unknown as Report;
  const gift = body.findings.find((f) => f.ruleId === 'gift-card-payment-request');
  assert.ok(gift?.policy, body.findings.map((f) => f.ruleId).join(', '));
  assert.equal(gift.policy.brand, 'PayPal');
  assert.equal(gift.policy.by, 'FTC');
  assert.equal(gift.policy.byKind, 'regulator');
  const texts = body.advice.report.find((r) => r.address === '7726');
  assert.equal(texts?.kind, 'sms');
  assert.equal(body.schemaVersion, '1.2.0');
});

test('multipart without file or text is a 400', async () => {
  const form = new FormData();
  form.append('channel', 'sms');
  const res = await app().request('/api/analyze', { method: 'POST', body: form });
  assert.equal(res.status, 400);
  assert.equal((await errorOf(res)).code, 'invalid_request');
});

test('malformed JSON → 400 invalid_json', async () => {
  const res = await postJson(app(), '{"text": "hello",');
  assert.equal(res.status, 400);
  assert.equal((await errorOf(res)).code, 'invalid_json');
});

test('unknown channel → 400, in JSON, query and form', async () => {
  const a = app();
  const j = await postJson(a, { text: SCAM_SMS, channel: 'fax' });
  assert.equal(j.status, 400);
  const je = await errorOf(j);
  assert.equal(je.code, 'unsupported_channel');
  assert.ok(je.issues?.some((i) => i.path === 'channel'));
  const q = await a.request('/api/analyze?channel=pigeon', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: SCAM_SMS });
  assert.equal(q.status, 400);
  assert.equal((await errorOf(q)).code, 'unsupported_channel');
  const form = new FormData();
  form.append('text', SCAM_SMS);
  form.append('channel', 'telex');
  const f = await a.request('/api/analyze', { method: 'POST', body: form });
  assert.equal(f.status, 400);
});

test('invalid JSON shapes → 400 invalid_request with issues', async () => {
  const a = app();
  for (const body of [{}, { text: 42 }, { text: '' }, { text: 'hi', chanel: 'sms' }, [], null, 'just a string', { text: 'x', from: 7 }]) {
    const res = await postJson(a, JSON.stringify(body));
    assert.equal(res.status, 400, JSON.stringify(body));
    const e = await errorOf(res);
    assert.equal(e.code, 'invalid_request');
    assert.ok(e.issues && e.issues.length > 0);
  }
});

test('blank or binary input → 400 from the core error table', async () => {
  const a = app();
  const blank = await postJson(a, { text: '   \n  ' });
  assert.equal(blank.status, 400);
  assert.equal((await errorOf(blank)).code, 'empty_input');
  const bin = new Uint8Array(4096);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 7) % 32;
  const res = await a.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: bin });
  assert.equal(res.status, 400);
  assert.equal((await errorOf(res)).code, 'invalid_input');
});

test('oversize → 413 with a clear JSON message, with and without Content-Length', async () => {
  const a = app({ maxBodyBytes: 1024 });
  const big = 'a'.repeat(2048);
  const withLength = await a.request('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', 'Content-Length': String(big.length) },
    body: big,
  });
  assert.equal(withLength.status, 413);
  const e = await errorOf(withLength);
  assert.equal(e.code, 'input_too_large');
  assert.match(e.message, /1024 bytes/);
  const streamed = await a.request('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: new Blob([JSON.stringify({ text: big })]).stream(),
    duplex: 'half',
  } as RequestInit);
  assert.equal(streamed.status, 413);
  const ok = await postJson(a, { text: SCAM_SMS });
  assert.equal(ok.status, 200, 'a body under the limit still passes');
});

test('unsupported content type → 415', async () => {
  const res = await app().request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: 'x' });
  assert.equal(res.status, 415);
  assert.equal((await errorOf(res)).code, 'unsupported_media_type');
});

test('rate limit → 429 with Retry-After, per client, and resets after the window', async () => {
  let t = 1_000_000;
  let who = 'a';
  const a = createApp({ rateLimit: { max: 3, windowMs: 60_000 }, now: () => t, clientKey: () => who });
  for (let i = 0; i < 3; i++) assert.equal((await a.request('/api/rules')).status, 200);
  const limited = await a.request('/api/rules');
  assert.equal(limited.status, 429);
  assert.equal((await errorOf(limited)).code, 'rate_limited');
  assert.equal(limited.headers.get('retry-after'), '60');
  who = 'b';
  assert.equal((await a.request('/api/rules')).status, 200, 'another client has its own budget');
  who = 'a';
  t += 60_001;
  assert.equal((await a.request('/api/rules')).status, 200, 'the window resets');
});

test('strict CORS: other origins refused, allow-listed origins get headers', async () => {
  const a = app({ corsOrigins: ['https://intranet.example'] });
  const evil = await postJson(a, { text: SCAM_SMS }, { Origin: 'https://evil.example' });
  assert.equal(evil.status, 403);
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  const same = await postJson(a, { text: SCAM_SMS }, { Origin: 'http://localhost' });
  assert.equal(same.status, 200);
  const pre = await a.request('/api/analyze', {
    method: 'OPTIONS',
    headers: { Origin: 'https://intranet.example', 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), 'https://intranet.example');
  const listed = await postJson(a, { text: SCAM_SMS }, { Origin: 'https://intranet.example' });
  assert.equal(listed.status, 200);
  assert.equal(listed.headers.get('access-control-allow-origin'), 'https://intranet.example');
  const preEvil = await app().request('/api/analyze', { method: 'OPTIONS', headers: { Origin: 'https://intranet.example' } });
  assert.equal(preEvil.status, 403, 'no origin is allowed unless configured');
});

test('rules and brands catalogues mirror the core', async () => {
  const a = app();
  const rules = await (await a.request('/api/rules')).json();
  assert.deepEqual(
    rules.map((r: { id: string }) => r.id),
    RULES.map((r) => r.meta.id),
  );
  assert.ok(rules.every((r: { title: string; category: string }) => r.title && r.category));
  const brands = await (await a.request('/api/brands')).json();
  assert.deepEqual(
    brands.map((b: { id: string }) => b.id),
    BRANDS.map((b) => b.id),
  );
});

test('OpenAPI document is generated from the request schemas', async () => {
  const res = await app().request('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = await res.json();
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/api/analyze', '/api/rules', '/api/brands', '/healthz']) assert.ok(doc.paths[p], p);
  const expected = z.toJSONSchema(AnalyzeJsonRequest, { io: 'input' }) as Record<string, unknown>;
  delete expected.$schema;
  assert.deepEqual(doc.components.schemas.AnalyzeRequest, expected);
  assert.deepEqual(doc.components.schemas.AnalyzeRequest.properties.channel.enum, ['auto', 'email', 'sms', 'call']);
  assert.ok(doc.paths['/api/analyze'].post.responses['413']);
  assert.ok(doc.paths['/api/analyze'].post.parameters.some((p: { name: string }) => p.name === 'checkAuth'));
});

test('logs are JSON-safe metadata and never contain message content or sender', async () => {
  const log = memoryLogger();
  const a = app({ logger: log });
  const marker = 'ZQXJ-unique-marker-9137';
  const sender = '+44 7700 900123';
  await postJson(a, { text: `${SCAM_SMS} ${marker}`, from: sender });
  await a.request(`/api/analyze?from=${encodeURIComponent(sender)}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: marker });
  await postJson(a, `{"text":"${marker}`);
  const all = log.entries.map((e) => JSON.stringify(e)).join('\n');
  assert.ok(!all.includes(marker), 'message text leaked into logs');
  assert.ok(!all.includes('7700'), 'sender leaked into logs');
  const first = log.entries[0]!;
  assert.equal(first.msg, 'request');
  assert.equal(first.status, 200);
  assert.equal(first.path, '/api/analyze');
  assert.ok(['likely_scam', 'suspicious', 'no_red_flags'].includes(String(first.verdict)));
  assert.equal(log.entries[2]!.status, 400);
});

test('online auth: unavailable is reported as a warning; when present it gets the raw email', async () => {
  const without = await (
    await app().request('/api/analyze?checkAuth=true', { method: 'POST', headers: { 'Content-Type': 'message/rfc822' }, body: EML })
  ).json();
  assert.ok(without.warnings.some((w: string) => w.startsWith('auth_check_unavailable')));
  const seen: Uint8Array[] = [];
  const a = app({
    onlineAuth: async (raw) => {
      seen.push(raw);
      return {};
    },
  });
  const off = await a.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'message/rfc822' }, body: EML });
  assert.equal(off.status, 200);
  assert.equal(seen.length, 0, 'no DNS unless asked');
  const on = await postJson(a, { text: EML, checkAuth: true });
  assert.equal(on.status, 200);
  assert.equal(seen.length, 1);
  assert.equal(new TextDecoder().decode(seen[0]), EML);
  const sms = await (await postJson(a, { text: SCAM_SMS, channel: 'sms', checkAuth: true })).json();
  assert.equal(seen.length, 1, 'texts are never sent for DNS checks');
  assert.ok(sms.warnings.some((w: string) => w.startsWith('auth_check_skipped')));
});

test('request timeout → 503 JSON', async () => {
  const a = app({ timeoutMs: 30, onlineAuth: () => new Promise((r) => setTimeout(() => r({}), 300)) });
  const res = await postJson(a, { text: EML, checkAuth: true });
  assert.equal(res.status, 503);
  assert.equal((await errorOf(res)).code, 'timeout');
});

test('an unexpected failure is a generic 500 that logs no details', async () => {
  const log = memoryLogger();
  const a = app({
    logger: log,
    onlineAuth: async () => {
      throw new Error('resolver exploded while reading SECRET-CONTENT');
    },
  });
  const res = await postJson(a, { text: EML, checkAuth: true });
  assert.equal(res.status, 500);
  assert.equal((await errorOf(res)).code, 'internal');
  assert.ok(!JSON.stringify(log.entries).includes('SECRET-CONTENT'));
});

test('unknown API path → JSON 404', async () => {
  const res = await app().request('/api/nope');
  assert.equal(res.status, 404);
  assert.equal((await errorOf(res)).code, 'not_found');
});

test('page files are served by exact name only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'impostor-web-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'notes.exe'), 'MZ');
    const a = app({ webRoot: dir });
    const index = await a.request('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match((await a.request('/app.js')).headers.get('content-type') ?? '', /javascript/);
    writeFileSync(join(dir, 'big.js'), 'console.log("padding");\n'.repeat(500));
    const gz = await app({ webRoot: dir }).request('/big.js', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.ok((await gz.arrayBuffer()).byteLength < 2000);
    assert.equal((await a.request('/notes.exe')).status, 404);
    assert.equal((await a.request('/..%2F..%2Fetc%2Fpasswd')).status, 404);
    assert.equal((await a.request('/%2e%2e/package.json')).status, 404);
    assert.equal((await app({ webRoot: null }).request('/')).status, 503);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

test('content never causes a 500', async () => {
  const a = app({ maxBodyBytes: 256 * 1024 });
  const rnd = lcg(20250304);
  const nested = (depth: number): string =>
    depth === 0
      ? 'Content-Type: text/plain\r\n\r\nleaf'
      : `Content-Type: multipart/mixed; boundary="b${depth}"\r\n\r\n--b${depth}\r\n${nested(depth - 1)}\r\n--b${depth}--`;
  const hostile: (string | Uint8Array)[] = [
    `From: x\r\nSubject: ${'=?utf-8?B?'.repeat(500)}\r\n\r\nbody`,
    `MIME-Version: 1.0\r\n${nested(120)}`,
    `From: a@b.c\r\nContent-Type: text/html\r\n\r\n${'<div>'.repeat(20_000)}<a href="javascript:alert(1)">x</a>`,
    `From: a@b.c\r\n${'X-H: v\r\n'.repeat(5000)}\r\nbody`,
    'Caller: '.repeat(10_000),
    `${'http://'.repeat(3000)}amazon.com`,
    '\u202e\u0000\ud800\udfff\ufeff amazon gift card \u0000',
    `${'a@'.repeat(20_000)}`,
    `Subject: =?x-unknown?Q?=FF=FE?=\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!not base64!!!!`,
    `${'1'.repeat(50_000)}`,
    `+1${'-555'.repeat(5000)}`,
  ];
  for (let i = 0; i < 25; i++) {
    const len = Math.floor(rnd() * 4000) + 1;
    const bytes = new Uint8Array(len);
    for (let j = 0; j < len; j++) bytes[j] = rnd() < 0.8 ? 32 + Math.floor(rnd() * 95) : Math.floor(rnd() * 256);
    hostile.push(bytes);
  }
  for (const [k, body] of hostile.entries()) {
    for (const ct of ['message/rfc822', 'text/plain']) {
      const res = await a.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': ct }, body: body as BodyInit });
      assert.ok(res.status < 500, `input ${k} as ${ct} gave ${res.status}`);
    }
    if (typeof body === 'string') {
      for (const channel of ['auto', 'email', 'sms', 'call']) {
        const res = await postJson(a, { text: body, channel });
        assert.ok(res.status < 500, `input ${k} as JSON/${channel} gave ${res.status}`);
        if (res.status === 200) ReportBody.parse(await res.json());
      }
    }
  }
});
