import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UsageError } from '../args.js';
import { memoryIo } from '../io.js';
import { serveCommand } from './serve.js';

test('serve starts on loopback, prints the URL, logs JSON lines, and stops', async () => {
  const io = memoryIo();
  const stop = new AbortController();
  const done = serveCommand(['--port', '0', '--no-cases'], io, stop.signal);
  const deadline = Date.now() + 5000;
  while (!/http:\/\//.test(io.err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const url = /(http:\/\/\S+)/.exec(io.err)?.[1];
  assert.ok(url, `no URL printed: ${io.err}`);
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const res = await fetch(new URL('healthz', url));
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { onlineAuth: boolean }).onlineAuth, false, 'no DNS checks unless --dns');
  stop.abort();
  assert.equal(await done, 0);
  const lines = io.out.trim().split('\n');
  const entries = lines.map((l) => JSON.parse(l) as { msg: string; path?: string });
  assert.ok(entries.some((e) => e.msg === 'listening'));
  assert.ok(entries.some((e) => e.msg === 'request' && e.path === '/healthz'));
});

test('--dns turns the online sender check on', async () => {
  const io = memoryIo();
  const stop = new AbortController();
  const done = serveCommand(['--port', '0', '--dns', '--no-cases'], io, stop.signal);
  const deadline = Date.now() + 5000;
  while (!/http:\/\//.test(io.err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const url = /(http:\/\/\S+)/.exec(io.err)?.[1];
  assert.ok(url, `no URL printed: ${io.err}`);
  const health = (await (await fetch(new URL('healthz', url))).json()) as { onlineAuth: boolean };
  stop.abort();
  assert.equal(await done, 0);
  assert.equal(health.onlineAuth, true);
});

test('serve opens the case store in IMPOSTOR_DATA_DIR, says where, and serves /api/cases and /metrics', async () => {
  const io = memoryIo();
  const parent = mkdtempSync(join(tmpdir(), 'impostor-serve-'));
  io.env.IMPOSTOR_DATA_DIR = join(parent, 'data');
  const stop = new AbortController();
  const done = serveCommand(['--port', '0'], io, stop.signal);
  const deadline = Date.now() + 60_000;
  while (!/http:\/\//.test(io.err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const url = /(http:\/\/\S+)/.exec(io.err)?.[1];
  assert.ok(url, `no URL printed: ${io.err}`);
  assert.ok(io.err.includes(`Cases are stored in ${io.env.IMPOSTOR_DATA_DIR}`), io.err);
  const res = await fetch(new URL('api/cases', url));
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { cases: [] });
  assert.match(await (await fetch(new URL('metrics', url))).text(), /^# TYPE impostor_analyses_total counter$/m);
  stop.abort();
  assert.equal(await done, 0);
  assert.ok(!existsSync(join(io.env.IMPOSTOR_DATA_DIR, 'impostor.lock')), 'the store is closed on stop');
  rmSync(parent, { recursive: true, force: true });
});

test('a bad IMPOSTOR_API_TOKENS file or IMPOSTOR_RETAIN_DAYS is a usage error naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'impostor-serve-'));
  const io = memoryIo();
  io.env.IMPOSTOR_API_TOKENS = join(dir, 'tokens');
  writeFileSync(io.env.IMPOSTOR_API_TOKENS, 'admin sha256:nothex\n');
  await assert.rejects(serveCommand(['--port', '0'], io), (e: Error) => e instanceof UsageError && /line 1/.test(e.message));
  const io2 = memoryIo();
  io2.env.IMPOSTOR_API_TOKENS = join(dir, 'missing');
  await assert.rejects(serveCommand(['--port', '0'], io2), /cannot read IMPOSTOR_API_TOKENS/);
  const io3 = memoryIo();
  io3.env.IMPOSTOR_RETAIN_DAYS = 'forever';
  await assert.rejects(serveCommand(['--port', '0'], io3), /IMPOSTOR_RETAIN_DAYS/);
  rmSync(dir, { recursive: true, force: true });
});

test('PORT from the environment is used when --port is absent; bad ports are usage errors', async () => {
  const io = memoryIo();
  io.env.PORT = 'eighty';
  await assert.rejects(serveCommand([], io), UsageError);
  await assert.rejects(serveCommand(['--port', '70000'], memoryIo()), UsageError);
  await assert.rejects(serveCommand(['extra'], memoryIo()), UsageError);
});

test('--help prints usage', async () => {
  const io = memoryIo();
  assert.equal(await serveCommand(['--help'], io), 0);
  assert.match(io.out, /--host/);
});
