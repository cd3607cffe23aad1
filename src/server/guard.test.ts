import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { hostAllowed, hostName } from './guard.js';
import { DEFAULT_WEB_ROOT, startServer, type RunningServer } from './node.js';

// The Node server's guards, over a real socket on a free loopback port: the Host check (DNS
// rebinding), the socket time limits (408) and no source maps.

let server: RunningServer;
let slow: RunningServer;
before(async () => {
  server = await startServer({ host: '127.0.0.1', port: 0, logger: () => {}, tuneHeap: false, allowedHosts: ['impostor.intranet.example', '.corp.example'] });
  slow = await startServer({ host: '127.0.0.1', port: 0, logger: () => {}, tuneHeap: false, webRoot: null, timeouts: { headersMs: 300, requestMs: 600 } });
});
after(async () => {
  await server.close();
  await slow.close();
});

/** Sends raw bytes (optionally in timed pieces) and returns what the server wrote until it closed. */
function raw(port: number, pieces: { data: string; delayMs?: number }[], maxMs = 5000): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const sock = connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      sock.destroy();
      resolve({ text, ms: Date.now() - started });
    }, maxMs);
    sock.on('data', (d) => (text += d.toString('latin1')));
    sock.on('error', (e) => (text ? undefined : reject(e)));
    sock.on('close', () => {
      clearTimeout(timer);
      resolve({ text, ms: Date.now() - started });
    });
    let at = 0;
    for (const p of pieces) {
      at += p.delayMs ?? 0;
      setTimeout(() => sock.writable && sock.write(p.data), at);
    }
  });
}

const get = (host: string, path = '/healthz') => raw(server.port, [{ data: `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n` }]);
const status = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);

test('hostName strips the port, brackets and a trailing dot', () => {
  assert.equal(hostName('LocalHost:8787'), 'localhost');
  assert.equal(hostName('[::1]:8787'), '::1');
  assert.equal(hostName('example.org.'), 'example.org');
  assert.equal(hostName(''), null);
  const ok = hostAllowed([], '192.0.2.7');
  assert.equal(ok('evil.example'), false);
  assert.equal(ok(undefined), false);
  assert.equal(hostAllowed(['*'])('evil.example'), true);
});

test('loopback names, IP literals and listed names are served', async () => {
  for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, 'app.localhost', '[::1]', '10.1.2.3:8787', 'impostor.intranet.example', 'a.corp.example:8787']) {
    const r = await get(host);
    assert.equal(status(r.text), 200, host);
  }
});

test('a rebinding name in Host is answered 421 before the app runs', async () => {
  for (const host of [`attacker.example:${server.port}`, 'localhost.attacker.example', 'corp.example.evil']) {
    const r = await get(host, '/api/rules');
    assert.equal(status(r.text), 421, host);
    assert.match(r.text, /"code":"host_not_allowed"/);
    assert.doesNotMatch(r.text, /"ruleId"|"id":/);
  }
});

test('a body sent too slowly is answered 408 at the request limit', async () => {
  const head = `POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n`;
  const pieces = [{ data: head }, ...Array.from({ length: 40 }, () => ({ data: ' ', delayMs: 100 }))];
  const r = await raw(slow.port, pieces, 3000);
  assert.equal(status(r.text), 408, r.text.slice(0, 80));
  assert.ok(r.ms < 2500, `answered after ${r.ms} ms`);
});

test('headers sent too slowly are answered 408 at the header limit', async () => {
  const pieces = [{ data: 'GET /healthz HTTP/1.1\r\n' }, ...Array.from({ length: 30 }, (_, i) => ({ data: `X-Pad-${i}: 1\r\n`, delayMs: 100 }))];
  const r = await raw(slow.port, pieces, 3000);
  assert.equal(status(r.text), 408, r.text.slice(0, 80));
});

test('source maps are neither served nor referenced', async (t) => {
  if (!existsSync(DEFAULT_WEB_ROOT)) return t.skip('dist/web is not built');
  const maps = readdirSync(DEFAULT_WEB_ROOT).filter((n) => n.endsWith('.map'));
  for (const name of maps) {
    const r = await get('127.0.0.1', `/${name}`);
    assert.equal(status(r.text), 404, name);
  }
  for (const name of readdirSync(DEFAULT_WEB_ROOT).filter((n) => n.endsWith('.js'))) {
    assert.doesNotMatch(readFileSync(`${DEFAULT_WEB_ROOT}/${name}`, 'utf8'), /sourceMappingURL/, name);
  }
  const app = await get('127.0.0.1', '/app.js');
  assert.equal(status(app.text), 200);
});
