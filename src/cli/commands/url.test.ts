import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryIo } from '../io.js';
import { run } from '../run.js';

test('impostor url --json reports verdict, findings and lookalikeOf', async () => {
  const io = memoryIo();
  const code = await run(['url', 'https://amazon.co.jp.account-verify.xyz/signin', '--json'], io);
  assert.equal(code, 1);
  const r = JSON.parse(io.out);
  assert.notEqual(r.verdict, 'no_red_flags');
  assert.equal(r.lookalikeOf.brand, 'amazon');
  assert.ok(r.findings.some((f: { ruleId: string }) => f.ruleId === 'lookalike-link-domain'));
});

test('impostor domain: official, lookalike, usage error', async () => {
  const ok = memoryIo();
  assert.equal(await run(['domain', 'www.paypal.com'], ok), 0);
  assert.match(ok.out, /NO RED FLAGS FOUND/);
  const bad = memoryIo();
  assert.equal(await run(['domain', 'paypa1.com', '--json'], bad), 1);
  assert.equal(JSON.parse(bad.out).lookalikeOf.technique, 'homoglyph');
  const usage = memoryIo();
  assert.equal(await run(['domain'], usage), 2);
});
