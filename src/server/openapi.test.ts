import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { createApp } from './app.js';
import {
  AnalyzeJsonRequest,
  CheckResultBody,
  DomainJsonRequest,
  Health,
  IncidentReportBody,
  PlaybookBody,
  ReportBody,
  ReportJsonRequest,
  StageList,
  UrlJsonRequest,
} from './schemas.js';

// The document must describe every route the app serves, and its request schemas must be the ones
// that validate: each constraint the document states is tried against the running app.

type Json = Record<string, any>;
const app = () => createApp({ rateLimit: { max: 100_000, windowMs: 60_000 } });
const SMS = 'Amazon: your account is locked. Verify at http://amaz0n-verify.top/login within 24 hours.';

async function docOf(a = app()): Promise<Json> {
  const res = await a.request('/api/openapi.json');
  assert.equal(res.status, 200);
  return res.json();
}

const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z_]+)(\{[^}]*\})?/g, '{$1}');

test('every API route the app registers is in the document, and nothing else', async () => {
  const a = app();
  const doc = await docOf(a);
  const registered = new Set(
    a.routes
      // Middleware is registered as ALL; "/" and "/:name" serve the page's files, not the API.
      .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path === '/healthz'))
      .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`),
  );
  assert.ok(registered.size >= 12, `only ${registered.size} routes seen`);
  const documented = new Set(Object.entries(doc.paths as Json).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
  for (const r of registered) assert.ok(documented.has(r), `not in the OpenAPI document: ${r}`);
  for (const d of documented) assert.ok(registered.has(d), `documented but not served: ${d}`);
  for (const p of ['/api/playbooks', '/api/playbooks/{stage}', '/api/report', '/api/url', '/api/domain']) assert.ok(doc.paths[p], p);
});

test('request components are the validating schemas, converted', async () => {
  const doc = await docOf();
  const expected: [string, z.ZodType][] = [
    ['AnalyzeRequest', AnalyzeJsonRequest],
    ['ReportRequest', ReportJsonRequest],
    ['UrlRequest', UrlJsonRequest],
    ['DomainRequest', DomainJsonRequest],
  ];
  for (const [name, s] of expected) {
    const js = z.toJSONSchema(s, { io: 'input' }) as Json;
    delete js.$schema;
    assert.deepEqual(doc.components.schemas[name], js, name);
  }
  assert.equal(doc.components.schemas.ReportRequest.properties.checkAuth, undefined);
  assert.deepEqual(doc.components.schemas.ReportRequest.properties.format.enum, ['text', 'json', 'csv', 'stix']);
});

interface Baseline {
  path?: Record<string, string>;
  query?: Record<string, string>;
  json?: Json;
  /** A valid raw body, used when mutating the query of a POST. */
  raw?: { type: string; body: string };
  form?: Record<string, string>;
  /** Checks the 200 body against the schema the document was built from. */
  body?: z.ZodType;
}

const BASELINES: Record<string, Baseline> = {
  'get /healthz': { body: Health },
  'get /api/openapi.json': {},
  'get /api/rules': {},
  'get /api/brands': {},
  'post /api/analyze': { json: { text: SMS }, raw: { type: 'text/plain', body: SMS }, form: { text: SMS }, body: ReportBody },
  'get /api/playbooks': { body: StageList },
  'get /api/playbooks/{stage}': { path: { stage: 'shared-code' }, query: { brand: 'amazon' }, body: PlaybookBody },
  'post /api/report': { json: { text: SMS }, raw: { type: 'text/plain', body: SMS }, form: { text: SMS }, body: IncidentReportBody },
  'get /api/url': { query: { url: 'https://amazon.com/' }, body: CheckResultBody },
  'post /api/url': { json: { url: 'https://amazon.com/' }, body: CheckResultBody },
  'get /api/domain': { query: { name: 'amazon.com' }, body: CheckResultBody },
  'post /api/domain': { json: { name: 'amazon.com' }, body: CheckResultBody },
};

function send(a: ReturnType<typeof app>, method: string, template: string, b: Baseline, over: { path?: Json; query?: Json; json?: unknown; form?: Json } = {}) {
  const pathVals = { ...b.path, ...over.path };
  const path = template.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(String(pathVals[k])));
  const query = over.query ?? b.query;
  const url = query ? `${path}?${new URLSearchParams(query as Record<string, string>)}` : path;
  if (method === 'get') return a.request(url);
  if (over.form || (!over.json && !over.query && b.form && !b.json)) {
    const fd = new FormData();
    for (const [k, v] of Object.entries(over.form ?? b.form!)) fd.set(k, String(v));
    return a.request(url, { method: 'POST', body: fd });
  }
  if (over.query && b.raw) return a.request(url, { method: 'POST', headers: { 'content-type': b.raw.type }, body: b.raw.body });
  return a.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(over.json ?? b.json) });
}

/** Values a property schema forbids, derived from the document alone. */
function forbidden(s: Json): unknown[] {
  const out: unknown[] = [];
  if (Array.isArray(s.enum)) out.push('zz-not-a-member');
  if (typeof s.maxLength === 'number') out.push('a'.repeat(s.maxLength + 1));
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test('zz9')) out.push('zz9');
  if (typeof s.minLength === 'number' && s.minLength > 0) out.push('');
  return out;
}

test('what the document forbids, the server rejects with a documented status; baselines pass', async () => {
  const a = app();
  const doc = await docOf(a);
  const resolve = (s: Json): Json => (s.$ref ? doc.components.schemas[String(s.$ref).split('/').pop()!] : s);
  let rejected = 0;
  for (const [template, ops] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(ops as Json)) {
      const key = `${method} ${template}`;
      const b = BASELINES[key];
      assert.ok(b, `no baseline request for ${key}; add one`);
      const ok = await send(a, method, template, b);
      assert.equal(ok.status, 200, key);
      if (b.body) b.body.parse(await ok.json());
      const documented = new Set(Object.keys(op.responses));
      const mustReject = async (res: Response | Promise<Response>, what: string) => {
        const r = await res;
        assert.ok(r.status >= 400 && r.status < 500 && documented.has(String(r.status)), `${key} ${what} → ${r.status}`);
        rejected++;
      };
      for (const p of (op.parameters ?? []) as Json[]) {
        const where = p.in === 'path' ? 'path' : 'query';
        const base = (where === 'path' ? b.path : b.query) ?? {};
        for (const v of forbidden(p.schema)) await mustReject(send(a, method, template, b, { [where]: { ...base, [p.name]: v } }), `${p.name}=${String(v).slice(0, 20)}`);
        // A path parameter cannot be left out: that is another route.
        if (p.required && where === 'query') {
          const { [p.name]: _, ...rest } = base;
          await mustReject(send(a, method, template, b, { [where]: rest }), `without ${p.name}`);
        }
      }
      const jsonSchema = op.requestBody?.content?.['application/json']?.schema;
      if (jsonSchema && b.json) {
        const s = resolve(jsonSchema);
        if (s.additionalProperties === false) await mustReject(send(a, method, template, b, { json: { ...b.json, zzUnknown: 1 } }), 'unknown field');
        for (const [name, ps] of Object.entries(s.properties as Record<string, Json>)) {
          for (const v of forbidden(ps)) await mustReject(send(a, method, template, b, { json: { ...b.json, [name]: v } }), `${name}=${String(v).slice(0, 20)}`);
          const wrongType = ps.type === 'string' ? 7 : ps.type === 'boolean' ? 'yes' : undefined;
          if (wrongType !== undefined) await mustReject(send(a, method, template, b, { json: { ...b.json, [name]: wrongType } }), `${name} of the wrong type`);
        }
        for (const name of (s.required ?? []) as string[]) {
          const { [name]: _, ...rest } = b.json;
          await mustReject(send(a, method, template, b, { json: rest }), `without ${name}`);
        }
      }
      const formSchema = op.requestBody?.content?.['multipart/form-data']?.schema;
      if (formSchema && b.form) {
        for (const [name, ps] of Object.entries(formSchema.properties as Record<string, Json>)) {
          if (name === 'file' || name === 'text') continue;
          for (const v of forbidden(ps)) await mustReject(send(a, method, template, b, { form: { ...b.form, [name]: v } }), `form ${name}=${String(v).slice(0, 20)}`);
        }
      }
    }
  }
  assert.ok(rejected >= 40, `only ${rejected} forbidden requests were derived from the document`);
});
