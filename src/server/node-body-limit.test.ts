import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer, type RunningServer } from './node.js';

// The body limit over a real socket: with a Content-Length the app checks the header itself (so the
// body is read straight from the socket), and chunked bodies go through hono's bodyLimit. Both must
// answer the same 413, and a body within the limit must still be analysed.

const LIMIT = 1000;
let server: RunningServer;

before(async () => {
  server = await startServer({ host: '127.0.0.1', port: 0, maxBodyBytes: LIMIT, logger: () => {}, webRoot: null });
});
after(() => server.close());

function chunked(body: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(body);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 300) controller.enqueue(bytes.subarray(i, i + 300));
      controller.close();
    },
  });
}

// Not JSON at all: past the limit it must never be read, or the answer would be 400 invalid_json (and
// a JSON text over the limit would be refused by the core as well, hiding a missing check).
const big = 'x'.repeat(LIMIT * 2);
const small = JSON.stringify({ text: 'Your Amazon account is locked. Verify now at http://amzn-verify.example.com', channel: 'sms' });

for (const [name, init] of [
  ['Content-Length', { body: big }],
  ['chunked', { body: chunked(big), duplex: 'half' }],
] as const) {
  test(`a body over the limit is refused with 413 (${name})`, async () => {
    const res = await fetch(`${server.url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, ...init });
    assert.equal(res.status, 413);
    const body = (await res.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'input_too_large');
  });
}

for (const [name, init] of [
  ['Content-Length', { body: small }],
  ['chunked', { body: chunked(small), duplex: 'half' }],
] as const) {
  test(`a body within the limit is analysed (${name})`, async () => {
    const res = await fetch(`${server.url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, ...init });
    assert.equal(res.status, 200);
    const report = (await res.json()) as { channel: string; findings: unknown[] };
    assert.equal(report.channel, 'sms');
    assert.ok(Array.isArray(report.findings));
  });
}
