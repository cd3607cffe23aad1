import { parentPort } from 'node:worker_threads';
import { analyze, type Report } from '../../core/index.js';
import '../fast-blob.js';
import '../model-files.js';
import { scanRecord } from '../scan-record.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

// One analyze() at a time per worker thread; the pool gives each worker one job and waits for its
// reply, so a worker never holds more than one message. A 'record' job is answered with the scan's
// output line made here (scan-record.ts), so the main thread does not serialise the report.

const port = parentPort;
if (!port) throw new Error('the analyze worker runs inside a worker thread');

function run(job: WorkerRequest): Promise<Report> {
  if (job.kind === 'input') return analyze(job.input, job.options ?? {});
  return analyze({ input: job.raw, channel: job.channel, from: job.from ?? null }, job.options ?? {});
}

port.on('message', (job: WorkerRequest) => {
  run(job)
    .then((report): WorkerReply => (job.kind === 'record' ? { id: job.id, record: scanRecord(report, job.source, job.format) } : { id: job.id, report }))
    .then(
      (reply) => port.postMessage(reply),
      (err: unknown) => {
        const e = err as { message?: string; code?: string; name?: string; details?: Record<string, unknown> };
        const error = { message: String(e?.message ?? err), code: e?.code, name: e?.name, ...(e?.details ? { details: e.details } : {}) };
        port.postMessage({ id: job.id, error } satisfies WorkerReply);
      },
    );
});
