import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openCaseStore, type CaseStore } from '../node/store/index.js';
import { createApp } from './app.js';
import { createMetrics } from './metrics.js';
import { parseTokenFile, TokenFileError, TokenSet } from './tokens.js';

// /api/cases through the app (app.request), on a real embedded store; tokens and roles; /metrics.

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const TOKENS = `# test tokens\nreader sha256:${sha('r-1')}\nanalyst sha256:${sha('a-2')}\nadmin sha256:${sha('d-3')}\n`;
const SMS = { channel: 'sms', text: 'USPS: your parcel is on hold, pay the $1.99 fee at https://usps-redelivery-fee.top/pay today or it is returned.' };
const CALL = { channel: 'call', text: 'Caller: This is Amazon support. Please install AnyDesk so I can fix your account, then buy Google Play gift cards for the refund.' };

describe('/api/cases', () => {
  let store: CaseStore;
  const parent = mkdtempSync(join(tmpdir(), 'impostor-routes-'));
  before(async () => {
    store = await openCaseStore({ dataDir: join(parent, 'data') });
  });
  after(async () => {
    await store.close();
    rmSync(parent, { recursive: true, force: true });
  });

  const appWith = (tokens: TokenSet | null, requireTokens = false) =>
    createApp({ cases: { store: Promise.resolve(store), tokens, requireTokens }, metrics: createMetrics({ processMetrics: false }), rateLimit: { max: 10_000, windowMs: 60_000 } });
  const send = (app: ReturnType<typeof createApp>, method: string, path: string, body?: unknown, token?: string) =>
    app.request(path, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });

  it('creates a case, adds a call to it, takes feedback, lists it by brand, counts it in /metrics', async () => {
    const app = appWith(null);
    const created = await send(app, 'POST', '/api/cases', SMS);
    assert.equal(created.status, 201);
    const c = (await created.json()) as { id: string; verdict: string; messages: unknown[] };
    assert.equal(created.headers.get('location'), `/api/cases/${c.id}`);
    assert.equal(c.messages.length, 1);
    assert.equal((await send(app, 'POST', `/api/cases/${c.id}/messages`, CALL)).status, 200);
    const fb = await send(app, 'POST', `/api/cases/${c.id}/feedback`, { label: 'wrong_brand', brand: 'amazon', by: 'bar' });
    assert.equal(fb.status, 201);
    const got = (await (await send(app, 'GET', `/api/cases/${c.id}`)).json()) as { channels: string[]; feedback: { label: string; brand: string; by: string }[]; messages: { report: { channel: string } }[] };
    assert.deepEqual(got.channels, ['sms', 'call']);
    assert.deepEqual(got.messages.map((m) => m.report.channel), ['sms', 'call']);
    assert.deepEqual(got.feedback.map((f) => [f.label, f.brand, f.by]), [['wrong_brand', 'amazon', 'bar']]);
    const listed = (await (await send(app, 'GET', `/api/cases?verdict=${c.verdict}&limit=5`)).json()) as { cases: { id: string; feedback: string }[] };
    assert.equal(listed.cases.find((x) => x.id === c.id)?.feedback, 'wrong_brand');
    const metrics = await (await app.request('/metrics')).text();
    assert.match(metrics, /^impostor_analyses_total\{channel="sms",verdict="[a-z_]+"\} 1$/m);
    assert.match(metrics, /^impostor_analyses_total\{channel="call",verdict="likely_scam"\} 1$/m);
    assert.match(metrics, /^impostor_analysis_duration_seconds_count\{channel="call"\} 1$/m);
    assert.match(metrics, /^impostor_case_events_total\{event="feedback"\} 1$/m);
  });

  it('validates input: bad label, wrong_brand without brand, unknown case, bad query, bad id', async () => {
    const app = appWith(null);
    const { id } = (await (await send(app, 'POST', '/api/cases', SMS)).json()) as { id: string };
    assert.equal((await send(app, 'POST', `/api/cases/${id}/feedback`, { label: 'maybe' })).status, 400);
    assert.equal((await send(app, 'POST', `/api/cases/${id}/feedback`, { label: 'wrong_brand' })).status, 400);
    assert.equal((await send(app, 'POST', '/api/cases/00000000-0000-4000-8000-000000000000/feedback', { label: 'scam' })).status, 404);
    assert.equal((await send(app, 'POST', '/api/cases/00000000-0000-4000-8000-000000000000/messages', CALL)).status, 404);
    assert.equal((await send(app, 'GET', '/api/cases/x')).status, 404);
    assert.equal((await send(app, 'GET', '/api/cases?limit=0')).status, 400);
    assert.equal((await send(app, 'GET', '/api/cases?since=yesterday')).status, 400);
    assert.equal((await send(app, 'POST', '/api/cases', { channel: 'sms', text: '' })).status, 400);
    const form = await app.request('/api/cases', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    assert.equal(form.status, 415);
  });

  it('with tokens: 401 without one, reader reads but cannot write (403), analyst writes, admin deletes', async () => {
    const app = appWith(new TokenSet(parseTokenFile(TOKENS)));
    assert.equal((await send(app, 'POST', '/api/cases', SMS)).status, 401);
    assert.equal((await send(app, 'POST', '/api/cases', SMS, 'wrong')).status, 401);
    assert.match((await send(app, 'GET', '/api/cases')).headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await send(app, 'POST', '/api/cases', SMS, 'r-1')).status, 403);
    const made = await send(app, 'POST', '/api/cases', SMS, 'a-2');
    assert.equal(made.status, 201);
    const { id } = (await made.json()) as { id: string };
    assert.equal((await send(app, 'GET', `/api/cases/${id}`, undefined, 'r-1')).status, 200);
    assert.equal((await send(app, 'POST', `/api/cases/${id}/feedback`, { label: 'scam' }, 'r-1')).status, 403);
    assert.equal((await send(app, 'POST', `/api/cases/${id}/feedback`, { label: 'scam' }, 'a-2')).status, 201);
    const fb = ((await (await send(app, 'GET', `/api/cases/${id}`, undefined, 'r-1')).json()) as { feedback: { token: string }[] }).feedback;
    assert.equal(fb[0]!.token, `analyst:${sha('a-2').slice(0, 12)}`, 'feedback records which token gave it');
    assert.equal((await send(app, 'DELETE', `/api/cases/${id}`, undefined, 'a-2')).status, 403);
    assert.equal((await send(app, 'DELETE', `/api/cases/${id}`, undefined, 'd-3')).status, 204);
    assert.equal((await send(app, 'GET', `/api/cases/${id}`, undefined, 'd-3')).status, 404);
    // The stateless analysis stays open.
    assert.equal((await send(app, 'POST', '/api/analyze', SMS)).status, 200);
  });

  it('with cases and metrics on, the OpenAPI document lists exactly the routes served, each with a 4xx and security', async () => {
    const app = appWith(null);
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string; security: unknown[]; responses: Record<string, unknown> }>> };
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path === '/healthz' || r.path === '/metrics'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, '{$1}')}`),
    );
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
    assert.deepEqual([...served].filter((r) => !documented.has(r)), []);
    assert.deepEqual([...documented].filter((r) => !served.has(r)), []);
    for (const k of ['post /api/cases', 'get /api/cases', 'get /api/cases/{id}', 'delete /api/cases/{id}', 'post /api/cases/{id}/messages', 'post /api/cases/{id}/feedback', 'get /metrics']) assert.ok(documented.has(k), k);
    const ops = Object.values(doc.paths).flatMap((o) => Object.values(o));
    assert.equal(new Set(ops.map((o) => o.operationId)).size, ops.length, 'operation ids are unique');
    for (const o of ops) assert.ok(Array.isArray(o.security) && Object.keys(o.responses).some((c) => c.startsWith('4')), o.operationId);
    assert.ok(doc.paths['/api/cases/{id}']!.delete!.responses['204'] && doc.paths['/api/cases']!.post!.responses['401'] && doc.paths['/api/cases']!.post!.responses['403']);
  });

  it('beyond loopback without tokens the case endpoints are refused', async () => {
    const app = appWith(null, true);
    const r = await send(app, 'GET', '/api/cases');
    assert.equal(r.status, 403);
    assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'tokens_required');
  });
});

describe('token file', () => {
  it('reads roles and hashes, and names the bad line', () => {
    assert.deepEqual(parseTokenFile(TOKENS).map((t) => t.role), ['reader', 'analyst', 'admin']);
    assert.throws(() => parseTokenFile('reader abc\n'), (e: Error) => e instanceof TokenFileError && /line 1/.test(e.message));
    assert.throws(() => parseTokenFile(`\nroot sha256:${sha('x')}`), /line 2: unknown role "root"/);
    assert.throws(() => parseTokenFile('# nothing\n'), /no tokens/);
  });
});
