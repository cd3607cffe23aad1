import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze, ImpostorError, type AnalyzeOptions, type ParseInput, type Report } from '../../core/index.js';
import '../fast-blob.js';
import { scanRecord, type ScanRecord } from '../scan-record.js';
import type { AnalyzeJob, RecordJob, WorkerError, WorkerReply, WorkerRequest } from './protocol.js';

export type { AnalyzeJob, InputJob, RecordJob } from './protocol.js';

// A worker_threads pool that runs analyze() on all cores: `impostor scan --jobs N`, `impostor check`
// with many files, `impostor serve --jobs N` and `npm run eval -- --jobs N`. One job per worker at a time; jobs wait in a FIFO queue. With one job the
// analysis runs in this thread (no copy, no start-up cost), which is also the baseline the benchmark
// compares against. A worker that dies fails only its own job and is replaced.

export interface AnalyzePool {
  readonly size: number;
  analyze(job: AnalyzeJob): Promise<Report>;
  /** For `impostor scan`: the message's output line and summary fields, made in the worker. */
  record(job: RecordJob): Promise<ScanRecord>;
  /**
   * analyze(input, options) on a worker. Options that cannot cross to a worker (a clock, rules,
   * brands or a policy of the caller's: functions and large shared objects) run it in this thread.
   */
  run(input: ParseInput, options?: AnalyzeOptions): Promise<Report>;
  close(): Promise<void>;
}

/** Options the worker's own analyze() can take as a structured clone: no functions, no rule or brand overrides. */
export function workerSafeOptions(options: AnalyzeOptions | undefined): boolean {
  if (!options) return true;
  for (const [k, v] of Object.entries(options)) {
    if (v === undefined) continue;
    if (k === 'rules' || k === 'brands' || k === 'policy' || typeof v === 'function') return false;
  }
  return true;
}

/** The error a worker reported, as the caller would have seen it in this thread. */
function rebuildError(e: WorkerError): Error {
  if (e.code && e.name === 'ImpostorError') return new ImpostorError(e.code as never, e.message, e.details);
  const err = new Error(e.message);
  if (e.name) err.name = e.name;
  if (e.code) (err as NodeJS.ErrnoException).code = e.code;
  return err;
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
  run(input: ParseInput, options: AnalyzeOptions = {}): Promise<Report> {
    return analyze(input, options);
  }
  async close(): Promise<void> {}
}

/** A request without its id (given when a worker takes it), for each kind of job. */
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Pending {
  request: Request;
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
      else b.reject(rebuildError(m.error));
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
      while (!slot.busy && this.queue.length) {
        const next = this.queue.shift()!;
        const id = this.nextId++;
        slot.busy = { id, resolve: next.resolve, reject: next.reject };
        slot.worker.ref();
        // The bytes are copied, not transferred: the caller may still hold the message (for --state
        // keys, IMAP actions), and a copy of one message is small next to its analysis.
        try {
          slot.worker.postMessage({ id, ...next.request } as WorkerRequest);
        } catch (err) {
          // Something in the job that cannot be cloned (DataCloneError): it fails alone, the slot takes the next.
          slot.busy = null;
          next.reject(err as Error);
        }
      }
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

  run(input: ParseInput, options?: AnalyzeOptions): Promise<Report> {
    if (!workerSafeOptions(options)) return analyze(input, options ?? {});
    return this.submit<Report>({ kind: 'input', input, ...(options ? { options } : {}) });
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
