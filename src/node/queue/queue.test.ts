import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { openCaseStore, type CaseStore } from '../store/index.js';
import { freePort, hasRedis, required, skipUnless, startRedis, type Service } from '../test-services.js';
import { createQueuePool, QUEUE_NAME, startWorker, type RunningWorker } from './index.js';

// BullMQ on a real redis-server started here: `impostor scan --queue` with two workers, one of them
// a separate process killed with kill -9 mid-run, still returns every message exactly once; inputs
// that cannot be analysed end in the failed (dead-letter) list with their error.

const msg = (i: number) =>
  `From: "Amazon" <support@amaz0n-account-restore.top>\nTo: you${i}@example.org\nSubject: Order ${i} on hold\nDate: Mon, 7 Dec 2026 10:00:00 +0000\nMessage-ID: <q${i}@example.org>\n\nYour Amazon order ${i} is on hold. Verify your account at http://amaz0n-account-restore.top/${i} within 24 hours.\n`;

describe('queue (BullMQ on redis-server)', { skip: skipUnless(hasRedis, 'redis-server') }, () => {
  let redis: Service;
  let store: CaseStore;
  let local: RunningWorker;
  const qstore = mkdtempSync(join(tmpdir(), 'impostor-qstore-'));
  before(async () => {
    assert.ok(hasRedis || !required, 'IMPOSTOR_REQUIRE_SERVICES=1 but redis-server is not installed');
    redis = await startRedis();
    store = await openCaseStore({ dataDir: join(qstore, 'data') });
    local = await startWorker(redis.url, { concurrency: 2, store });
  });
  after(async () => {
    await local?.close();
    await store?.close();
    await redis?.stop();
    rmSync(qstore, { recursive: true, force: true });
  });

  it('scan --queue: a worker killed -9 mid-run, every message comes back exactly once', async () => {
    const N = 300;
    const dir = mkdtempSync(join(tmpdir(), 'impostor-queue-'));
    const mbox = join(dir, 'q.mbox');
    writeFileSync(mbox, Array.from({ length: N }, (_, i) => `From x@example.org Mon Dec  7 10:00:00 2026\n${msg(i)}\n`).join(''));
    const victim = spawn(process.execPath, ['bin/impostor.js', 'worker', '--redis', redis.url, '--no-store', '--concurrency', '4'], { stdio: 'ignore' });
    const victimExit = new Promise((res) => victim.once('exit', res));
    await new Promise((res) => setTimeout(res, 1500));
    const scan = spawn(process.execPath, ['bin/impostor.js', 'scan', mbox, '--queue', redis.url, '--json', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killedAt = -1;
    scan.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n').length - 1;
      if (killedAt < 0 && lines >= 30) {
        killedAt = lines;
        victim.kill('SIGKILL');
      }
    });
    scan.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((res) => scan.once('exit', res));
    await victimExit;
    assert.ok(killedAt > 0 && killedAt < N, `the worker was killed mid-run (after ${killedAt} results)`);
    assert.equal(code, 1, `scan exit code (1: scams found); stderr: ${err.slice(0, 300)}`);
    const lines = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: { index: number }; verdict: string });
    const indices = lines.map((l) => l.source.index);
    assert.equal(lines.length, N);
    assert.equal(new Set(indices).size, N);
    assert.deepEqual(indices, [...indices].sort((a, b) => a - b), 'results in source order, as the in-process scan');
    const verdicts = new Set(lines.map((l) => l.verdict));
    assert.ok([...verdicts].every((v) => ['likely_scam', 'suspicious', 'no_red_flags'].includes(v)), [...verdicts].join(','));
    // The stored results (this process's worker) hold each job at most once.
    const rows = await store.db.query<{ n: number; d: number }>('SELECT count(*)::int AS n, count(DISTINCT job_id)::int AS d FROM case_messages');
    assert.equal(Number(rows[0]!.n), Number(rows[0]!.d));
    assert.ok(Number(rows[0]!.n) > 0 && Number(rows[0]!.n) <= N, `stored by this process's worker: ${rows[0]!.n}`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an input that cannot be analysed fails once, with its error, into the failed list', async () => {
    const pool = await createQueuePool(redis.url);
    try {
      await assert.rejects(
        pool.record({ raw: new Uint8Array(0), source: { kind: 'mbox', index: 0, messageId: null }, format: 'json' }),
        /empty/i,
      );
    } finally {
      await pool.close();
    }
    const conn = new Redis(redis.url, { maxRetriesPerRequest: null });
    const q = new Queue(QUEUE_NAME, { connection: conn });
    const failed = await q.getFailed();
    assert.ok(failed.some((j) => j.attemptsMade === 1 && /empty/i.test(j.failedReason)), 'no retries for bad input; kept in the failed list');
    await q.close();
    conn.disconnect();
    assert.deepEqual(Object.keys(await local.queueDepth()).sort(), ['active', 'delayed', 'failed', 'waiting']);
  });

  it('impostor worker serves its metrics (queue depth included) and stops cleanly on its signal', async () => {
    const { workerCommand } = await import('../../cli/commands/worker.js');
    const { memoryIo } = await import('../../cli/io.js');
    const port = await freePort();
    const io = memoryIo();
    const stop = new AbortController();
    const done = workerCommand(['--redis', redis.url, '--no-store', '--metrics-port', String(port)], io, stop.signal);
    const deadline = Date.now() + 30_000;
    while (!io.out.includes('worker_started') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    assert.match(text, /^impostor_queue_jobs\{state="waiting"\} \d+$/m);
    assert.match(text, /^impostor_queue_jobs\{state="failed"\} [1-9]\d*$/m, 'the failed input of the test before is in the dead-letter list');
    stop.abort();
    assert.equal(await done, 0);
    assert.match(io.out, /"msg":"worker_stopped"/);
  });

  it('a Redis that cannot be reached is a clear error', async () => {
    await assert.rejects(createQueuePool('redis://127.0.0.1:1'), /cannot reach Redis/);
    await assert.rejects(createQueuePool('http://example.org'), /not a Redis URL/);
  });
});
