import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { isImpostorError, type AnalyzeOptions } from '../../core/index.js';
import type { SourceRef } from '../mailbox/index.js';
import type { AnalyzePool, RecordJob } from '../pool/index.js';
import { scanRecord, type RecordFormat, type ScanRecord } from '../scan-record.js';
import type { CaseStore } from '../store/index.js';

// Distributed analysis on BullMQ (Redis): `impostor scan --queue URL` enqueues every message and
// prints each result as it comes back; any number of `impostor worker --redis URL` processes, on any
// machines, take jobs, analyse them and (with a case store) store them. A worker killed with kill -9
// loses nothing: its jobs' locks expire, another worker's stalled-job check puts them back in the
// queue, and they are done again. "Exactly once" on the way out is kept by the job id: the producer
// settles each id once, and the store keeps one message per job id. Inputs that fail after their
// attempts stay in BullMQ's failed list (the dead-letter list) for a week.

export const QUEUE_NAME = 'impostor-analyze';

export interface AnalyzeJobData {
  /** The raw message, base64. */
  raw: string;
  source: SourceRef;
  format: RecordFormat;
  options: Pick<AnalyzeOptions, 'country'>;
}

/** How long a job's lock lasts without renewal; a killed worker's jobs come back after about this. */
const LOCK_MS = 10_000;
const STALLED_CHECK_MS = 3_000;

export function redisConnection(url: string): Redis {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QueueUrlError(url);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new QueueUrlError(url);
  // BullMQ's blocking commands need maxRetriesPerRequest null: a command waits for a reconnect
  // rather than failing.
  const r = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
  r.on('error', () => {});
  return r;
}

/** A queue that cannot be used (bad URL, Redis unreachable): the CLI says so and exits 2. */
export class QueueError extends Error {
  override name = 'QueueError';
}

class QueueUrlError extends QueueError {
  constructor(url: string) {
    super(`not a Redis URL: "${url.slice(0, 80)}" (use redis://HOST:PORT or rediss://…)`);
  }
}

const disconnectNow = (r: Redis) => r.disconnect();

async function ping(r: Redis, url: string, waitMs: number): Promise<void> {
  const t = setTimeout(() => r.disconnect(), waitMs);
  try {
    await r.ping();
  } catch (err) {
    disconnectNow(r);
    const why = (err as Error).message === 'Connection is closed.' ? `no answer within ${waitMs / 1000} s` : (err as Error).message;
    throw new QueueError(`cannot reach Redis at ${url.replace(/\/\/[^@/]*@/, '//')}: ${why}`);
  } finally {
    clearTimeout(t);
  }
}

export interface QueuePoolOptions {
  /** Results are awaited for at most this many jobs at once (backpressure). Default 1000. */
  window?: number;
}

/**
 * The producer side, shaped as the in-process pool so that `impostor scan` uses either: record()
 * enqueues one message and resolves with its output record once a worker has done it.
 */
export async function createQueuePool(url: string, o: QueuePoolOptions = {}): Promise<AnalyzePool & { readonly window: number }> {
  const conn = redisConnection(url);
  await ping(conn, url, 15_000);
  // BullMQ leaves connections it was given open on close(): each is disconnected here.
  const evConn = conn.duplicate();
  evConn.on('error', () => {});
  const events = new QueueEvents(QUEUE_NAME, { connection: evConn });
  const queue = new Queue<AnalyzeJobData, ScanRecord>(QUEUE_NAME, { connection: conn });
  await events.waitUntilReady();
  const run = randomUUID();
  let seq = 0;
  const pending = new Map<string, { resolve: (r: ScanRecord) => void; reject: (e: Error) => void; since: number }>();
  const settle = (id: string, record?: ScanRecord, error?: string) => {
    const p = pending.get(id);
    if (!p) return; // another run's job, or one already settled: each result is given once
    pending.delete(id);
    if (record) p.resolve(record);
    else p.reject(new Error(error ?? 'failed'));
  };
  const parse = (v: unknown): ScanRecord => (typeof v === 'string' ? (JSON.parse(v) as ScanRecord) : (v as ScanRecord));
  events.on('completed', ({ jobId, returnvalue }) => {
    if (pending.has(jobId)) settle(jobId, parse(returnvalue));
  });
  events.on('failed', ({ jobId }) => {
    if (pending.has(jobId)) void check(jobId);
  });
  // Events are a stream the producer reads; one missed (a reconnect) must not leave a message
  // unanswered, so jobs still pending after a while are looked up directly.
  const check = async (id: string) => {
    const job = await queue.getJob(id).catch(() => undefined);
    if (!job) return;
    const state = await job.getState().catch(() => 'unknown');
    if (state === 'completed') settle(id, parse(job.returnvalue));
    else if (state === 'failed') settle(id, undefined, job.failedReason || 'the analysis failed');
  };
  let checking = false;
  const sweep = setInterval(async () => {
    if (checking) return;
    checking = true;
    try {
      const now = Date.now();
      const old = [...pending].filter(([, p]) => now - p.since > 5_000).slice(0, 200);
      for (const [id] of old) await check(id);
    } finally {
      checking = false;
    }
  }, 2_000);
  sweep.unref();

  return {
    size: 1,
    window: o.window ?? 1000,
    analyze: () => Promise.reject(new Error('the queue gives scan records only')),
    run: () => Promise.reject(new Error('the queue gives scan records only')),
    async record(job: RecordJob): Promise<ScanRecord> {
      const id = `${run}-${seq++}`;
      const result = new Promise<ScanRecord>((resolve, reject) => pending.set(id, { resolve, reject, since: Date.now() }));
      await queue.add(
        'analyze',
        { raw: Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength).toString('base64'), source: job.source, format: job.format, options: { country: job.options?.country } },
        {
          jobId: id,
          attempts: 3,
          backoff: { type: 'exponential', delay: 1_000 },
          removeOnComplete: { age: 3_600 },
          removeOnFail: { age: 7 * 86_400 },
        },
      );
      return result;
    },
    async close() {
      clearInterval(sweep);
      for (const [id] of pending) settle(id, undefined, 'the scan stopped before this message was done');
      await events.close();
      await queue.close();
      evConn.disconnect();
      conn.disconnect();
    },
  };
}

export interface WorkerOptions {
  /** Jobs analysed at once. Default 1 (one process per core scales across machines). */
  concurrency?: number;
  /** Store each result as a case (one case per job id). */
  store?: CaseStore | null;
  log?: (entry: Record<string, string | number | boolean | null>) => void;
  /** Called after each job with its duration, for metrics. */
  observe?: (r: { channel: string; verdict: string }, seconds: number) => void;
}

export interface RunningWorker {
  /** Stops taking jobs and waits for the ones in progress. */
  close(): Promise<void>;
  counts: { done: number; failed: number };
  queueDepth(): Promise<Record<'waiting' | 'active' | 'delayed' | 'failed', number>>;
}

export async function startWorker(url: string, o: WorkerOptions = {}): Promise<RunningWorker> {
  const { analyze } = await import('../../core/index.js');
  const conn = redisConnection(url);
  // A worker may start before Redis does (a machine booting): it waits a minute for it.
  await ping(conn, url, 60_000);
  const counts = { done: 0, failed: 0 };
  const log = o.log ?? (() => {});
  const processor = async (job: Job<AnalyzeJobData, ScanRecord>): Promise<ScanRecord> => {
    const d = job.data;
    if (!d || typeof d.raw !== 'string' || !d.source) throw new UnrecoverableError('not an impostor analysis job');
    const raw = new Uint8Array(Buffer.from(d.raw, 'base64'));
    const t0 = performance.now();
    let report;
    try {
      report = await analyze({ input: raw, channel: undefined, from: null }, { country: d.options?.country });
    } catch (err) {
      // Bad input (empty, binary, too large) fails the same way every time: no retries.
      if (isImpostorError(err)) throw new UnrecoverableError(err.message);
      throw err;
    }
    o.observe?.(report, (performance.now() - t0) / 1000);
    if (o.store) await o.store.create({ text: new TextDecoder().decode(raw), report, jobId: job.id, source: d.source });
    return scanRecord(report, d.source, d.format ?? 'json');
  };
  const worker = new Worker<AnalyzeJobData, ScanRecord>(QUEUE_NAME, processor, {
    connection: conn,
    concurrency: o.concurrency ?? 1,
    lockDuration: LOCK_MS,
    stalledInterval: STALLED_CHECK_MS,
    // A job whose worker died is put back this many times before it goes to the failed list.
    maxStalledCount: 5,
  });
  worker.on('completed', () => counts.done++);
  worker.on('failed', (job, err) => {
    counts.failed++;
    log({ level: 'warn', msg: 'job_failed', job: job?.id ?? null, attempts: job?.attemptsMade ?? null, error: err.message.slice(0, 200) });
  });
  worker.on('error', (err) => log({ level: 'error', msg: 'worker_error', error: err.message.slice(0, 200) }));
  await worker.waitUntilReady();
  const qConn = conn.duplicate();
  qConn.on('error', () => {});
  const q = new Queue(QUEUE_NAME, { connection: qConn });
  return {
    counts,
    queueDepth: async () => {
      const c = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
      return { waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
    },
    async close() {
      await worker.close();
      await q.close();
      qConn.disconnect();
      conn.disconnect();
    },
  };
}
