import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDomain, checkUrl } from '../core/index.js';
import { createApp } from './app.js';
import { memoryLogger } from './logging.js';
import { CheckResultBody, ErrorBody, MAX_DOMAIN_CHARS, MAX_URL_CHARS } from './schemas.js';

const app = (logger = memoryLogger()) => createApp({ rateLimit: { max: 10_000, windowMs: 60_000 }, logger });
const getJson = async (path: string, a = app()) => {
  const res = await a.request(path);
  return { status: res.status, body: await res.json() };
};
const postJson = (path: string, body: unknown, a = app()) =>
  a.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const q = (k: string, v: string) => `${k}=${encodeURIComponent(v)}`;

test('GET /api/url flags a lookalike and names the brand it imitates', async () => {
  const { status, body } = await getJson(`/api/url?${q('url', 'http://amaz0n-account-verify.top/signin')}`);
  assert.equal(status, 200);
  const r = CheckResultBody.parse(body);
  assert.notEqual(r.verdict, 'no_red_flags');
  assert.equal(r.lookalikeOf?.brand, 'amazon');
  assert.ok(r.findings.some((f) => f.ruleId === 'lookalike-link-domain'));
});

test('GET /api/url reports link tricks: userinfo, IP host, script scheme', async () => {
  const cases: [string, string][] = [
    ['https://paypal.com@evil.example/', 'userinfo-link'],
    ['http://192.0.2.5/login', 'ip-address-link'],
    ['javascript:alert(1)', 'script-or-data-link'],
  ];
  for (const [url, rule] of cases) {
    const { status, body } = await getJson(`/api/url?${q('url', url)}`);
    assert.equal(status, 200, url);
    assert.ok(CheckResultBody.parse(body).findings.some((f) => f.ruleId === rule), `${url} → ${rule}`);
  }
});

test('near misses: the brand’s own links and unrelated sites are not flagged', async () => {
  for (const url of ['https://www.amazon.com/gp/your-account/order-history', 'https://www.amazon.co.uk/', 'https://github.com/nodejs/node']) {
    const { body } = await getJson(`/api/url?${q('url', url)}`);
    const r = CheckResultBody.parse(body);
    assert.equal(r.verdict, 'no_red_flags', url);
    assert.deepEqual(r.findings, [], url);
    assert.equal(r.lookalikeOf, null, url);
  }
  const own = CheckResultBody.parse((await getJson(`/api/domain?${q('name', 'pay.amazon.com')}`)).body);
  assert.equal(own.officialBrand, 'amazon');
  assert.equal(own.verdict, 'no_red_flags');
  assert.equal(CheckResultBody.parse((await getJson(`/api/domain?${q('name', 'example.org')}`)).body).verdict, 'no_red_flags');
});

test('the API answers exactly what the core check does, GET and POST alike', async () => {
  const url = 'https://amazon.co.uk.verify-id.top/ap/signin';
  assert.deepEqual((await getJson(`/api/url?${q('url', url)}`)).body, JSON.parse(JSON.stringify(checkUrl(url))));
  assert.deepEqual(await (await postJson('/api/url', { url })).json(), JSON.parse(JSON.stringify(checkUrl(url))));
  for (const name of ['paypa1.com', 'amazon.co.uk.verify-id.top']) {
    const direct = JSON.parse(JSON.stringify(checkDomain(name)));
    const viaGet = (await getJson(`/api/domain?${q('name', name)}`)).body;
    assert.deepEqual(viaGet, direct);
    assert.deepEqual(await (await postJson('/api/domain', { name })).json(), direct);
    assert.ok(viaGet.lookalikeOf, name);
  }
});

test('bad input → 400 with a code, never 500', async () => {
  const expect = async (res: Response | Promise<Response>, status: number, code: string) => {
    const r = await res;
    assert.equal(r.status, status);
    assert.equal(ErrorBody.parse(await r.json()).error.code, code);
  };
  const a = app();
  await expect(a.request('/api/url'), 400, 'invalid_request');
  await expect(a.request('/api/url?url='), 400, 'invalid_request');
  await expect(a.request('/api/url?url=%20%20'), 400, 'invalid_request');
  await expect(a.request(`/api/url?${q('url', `https://a.example/${'x'.repeat(MAX_URL_CHARS)}`)}`), 400, 'invalid_request');
  await expect(a.request('/api/domain?url=amazon.com'), 400, 'invalid_request');
  await expect(a.request(`/api/domain?${q('name', `${'a'.repeat(MAX_DOMAIN_CHARS)}.com`)}`), 400, 'invalid_request');
  await expect(postJson('/api/url', '{"url":', a), 400, 'invalid_json');
  await expect(postJson('/api/url', { url: 'https://amazon.com', extra: 1 }, a), 400, 'invalid_request');
  await expect(postJson('/api/url', { url: 42 }, a), 400, 'invalid_request');
  await expect(postJson('/api/domain', ['amazon.com'], a), 400, 'invalid_request');
  await expect(a.request('/api/url', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'https://amazon.com' }), 415, 'unsupported_media_type');
  // Just under the cap is still checked.
  assert.equal((await a.request(`/api/url?${q('url', `https://a.example/${'x'.repeat(MAX_URL_CHARS - 30)}`)}`)).status, 200);
});

test('odd content is answered, never a 500', async () => {
  const a = app();
  const odd = [
    '%%%',
    'http://[::1',
    'ftp://',
    'http://',
    '//evil.example',
    'data:text/html;base64,PHNjcmlwdD4=',
    'https://xn--80ak6aa92e.com/',
    'https://аmazon.com/',
    'http://999.999.999.999/',
    'https://a..b/',
    '\u0000\u202e\ufffd',
    'https://' + '.'.repeat(200),
    'x'.repeat(MAX_URL_CHARS),
  ];
  for (const v of odd) {
    for (const path of [`/api/url?${q('url', v)}`, `/api/domain?${q('name', v.slice(0, MAX_DOMAIN_CHARS))}`]) {
      const res = await a.request(path);
      assert.ok(res.status === 200 || res.status === 400, `${path.slice(0, 60)} → ${res.status}`);
    }
  }
});

test('the checked link stays out of the logs', async () => {
  const log = memoryLogger();
  const a = app(log);
  await a.request(`/api/url?${q('url', 'https://zqxj-marker-5521.example/login')}`);
  await postJson('/api/domain', { name: 'zqxj-marker-5521.example' }, a);
  const all = JSON.stringify(log.entries);
  assert.ok(!all.includes('zqxj-marker'), all);
  assert.equal(log.entries[0]?.check, 'url');
  assert.equal(log.entries[1]?.check, 'domain');
});
