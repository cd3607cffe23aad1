import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { analyze, ImpostorError, type ParseInput } from '../../core/index.js';
import { SCAM_EML, SCAM_SMS } from '../../server/test-fixtures.js';
import { startServer } from '../../server/node.js';
import { silentLogger } from '../../server/logging.js';
import { createPool, workerSafeOptions } from './index.js';

// The pool's run(): analyze(input, options) on worker threads, with the same reports and the same
// errors (code, message, details) as in this thread; options a worker cannot take run here.

const pool = createPool(2);
after(() => pool.close());

const NOW = () => new Date('2026-01-02T03:04:05Z');
const inputs: ParseInput[] = [
  { input: SCAM_SMS, channel: 'sms' },
  { input: new TextEncoder().encode(SCAM_EML) },
  { input: 'Are we still on for lunch at noon tomorrow?', from: '+15551234567' },
  { input: 'Agent: this is your bank. Customer: ok. Agent: read me the code we sent you.', channel: 'call' },
];

test('reports from the workers equal the reports made in this thread', async () => {
  const options = { country: 'GB', limits: { maxLinks: 50 } };
  const here = await Promise.all(inputs.map((i) => analyze(i, options)));
  const there = await Promise.all(inputs.map((i) => pool.run(i, options)));
  // The report's clock is the one field that may differ: compare everything else.
  const strip = (r: object) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'analyzedAt' ? undefined : v))) as unknown;
  assert.deepEqual(there.map(strip), here.map(strip));
  assert.equal(there.length, 4);
});

test('an ImpostorError keeps its code, message and details across the thread', async () => {
  const big: ParseInput = { input: 'x'.repeat(2000), channel: 'sms' };
  const local = await analyze(big, { limits: { maxInputBytes: 1000 } }).catch((e: unknown) => e);
  const remote = await pool.run(big, { limits: { maxInputBytes: 1000 } }).catch((e: unknown) => e);
  assert.ok(local instanceof ImpostorError && remote instanceof ImpostorError, String(remote));
  assert.equal(remote.code, 'input_too_large');
  assert.equal(remote.message, local.message);
  assert.deepEqual(remote.details, local.details);
  const empty = await pool.run({ input: '   ' }).catch((e: unknown) => e);
  assert.ok(empty instanceof ImpostorError && empty.code === 'empty_input', String(empty));
});

test('options with a clock or rule overrides run in this thread', async () => {
  assert.equal(workerSafeOptions({ country: 'US', limits: {} }), true);
  assert.equal(workerSafeOptions({ now: NOW }), false);
  assert.equal(workerSafeOptions({ rules: [] }), false);
  const r = await pool.run({ input: SCAM_SMS, channel: 'sms' }, { now: NOW });
  const want = await analyze({ input: SCAM_SMS, channel: 'sms' }, { now: NOW });
  assert.deepEqual(r, want);
});

test('a server with jobs answers /api/analyze as one without', async () => {
  const body = JSON.stringify({ text: SCAM_SMS, channel: 'sms' });
  const answers: unknown[] = [];
  for (const jobs of [1, 2]) {
    const s = await startServer({ port: 0, jobs, tuneHeap: false, callStream: false, logger: silentLogger, webRoot: null });
    try {
      assert.equal(s.jobs, jobs);
      const res = await fetch(`${s.url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      assert.equal(res.status, 200);
      const bad = await fetch(`${s.url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: ' ', channel: 'sms' }) });
      answers.push({ report: JSON.parse(JSON.stringify(await res.json(), (k, v) => (k === 'analyzedAt' ? undefined : v))), status: bad.status, error: await bad.json() });
    } finally {
      await s.close();
    }
  }
  assert.deepEqual(answers[1], answers[0]);
});
