import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze, ImpostorError, type Report } from '../../core/index.js';
import '../fast-blob.js';
import { scanRecord, type ScanRecord } from '../scan-record.js';
import type { AnalyzeJob, RecordJob, WorkerReply, WorkerRequest } from './protocol.js';

export type { AnalyzeJob, RecordJob } from './protocol.js';

// A worker_threads pool that runs analyze() on all cores: `impostor scan --jobs N` (and anything else
// that has many messages). One job per worker at a time; jobs wait in a FIFO queue. With one job the
// analysis runs in this thread (no copy, no start-up cost), which is also the baseline the benchmark
// compares against. A worker that dies fails only its own job and is replaced.

export interface AnalyzePool {
  readonly size: number;
  analyze(job: AnalyzeJob): Promise<Report>;
  /** For `impostor scan`: the message's output line and summary fields, made in the worker. */
  record(job: RecordJob): Promise<ScanRecord>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * Where the worker script is: beside this module when running from the compiled tree
 * (dist/src/node/pool/worker.js), or as the `analyze-worker.mjs` entry beside the CLI bundle's chunks
 * (scripts/build-cli.mjs builds both).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.mjs') ? new URL('./analyze-worker.mjs', here) : new URL('./worker.js', here);
}

class InlinePool implements AnalyzePool {
  readonly size = 1;
  analyze(job: AnalyzeJob): Promise<Report> {
    return analyze({ input: job.raw, channel: job.channel, from: job.from ?? null }, job.options ?? {});
  }
  async record(job: RecordJob): Promise<ScanRecord> {
    return scanRecord(await this.analyze(job), job.source, job.format);
  }
  async close(): Promise<void> {}
}

interface Pending {
  request: Omit<WorkerRequest, 'id'>;
  resolve: (r: never) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: ({ id: number } & Pick<Pending, 'resolve' | 'reject'>) | null;
}

class ThreadPool implements AnalyzePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerUrl()), busy: null };
    slot.worker.on('message', (m: WorkerReply) => {
      const b = slot.busy;
      if (!b || b.id !== m.id) return;
      slot.busy = null;
      if ('report' in m) b.resolve(m.report as never);
      else if ('record' in m) b.resolve(m.record as never);
      else b.reject(m.error.code ? new ImpostorError(m.error.code as never, m.error.message) : new Error(m.error.message));
      this.pump();
    });
    const onDeath = (err: Error) => {
      const b = slot.busy;
      slot.busy = null;
      const i = this.slots.indexOf(slot);
      if (this.closed || i < 0) return;
      this.slots[i] = this.spawn();
      b?.reject(new Error(`analysis worker stopped: ${err.message}`));
      this.pump();
    };
    slot.worker.on('error', onDeath);
    slot.worker.on('exit', (code) => {
      if (!this.closed) onDeath(new Error(`exit code ${code}`));
    });
    // Idle workers must not keep a finished CLI alive.
    slot.worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      const id = this.nextId++;
      slot.busy = { id, resolve: next.resolve, reject: next.reject };
      slot.worker.ref();
      // The bytes are copied, not transferred: the caller may still hold the message (for --state
      // keys, IMAP actions), and a copy of one message is small next to its analysis.
      const req = { id, ...next.request } as WorkerRequest;
      slot.worker.postMessage(req);
    }
    for (const slot of this.slots) if (!slot.busy) slot.worker.unref();
  }

  private submit<T>(request: Pending['request']): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ request, resolve: resolve as (r: never) => void, reject });
      this.pump();
    });
  }

  analyze(job: AnalyzeJob): Promise<Report> {
    return this.submit<Report>({ kind: 'report', ...job });
  }

  record(job: RecordJob): Promise<ScanRecord> {
    return this.submit<ScanRecord>({ kind: 'record', ...job });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new Error('the analysis pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** A pool of `jobs` analysers (1 = in this thread). */
export function createPool(jobs: number = defaultJobs()): AnalyzePool {
  const n = Math.max(1, Math.floor(jobs));
  return n === 1 ? new InlinePool() : new ThreadPool(n);
}
