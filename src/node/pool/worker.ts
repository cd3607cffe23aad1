import { parentPort } from 'node:worker_threads';
import { analyze } from '../../core/index.js';
import '../fast-blob.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

// One analyze() at a time per worker thread; the pool gives each worker one job and waits for its
// reply, so a worker never holds more than one message.

const port = parentPort;
if (!port) throw new Error('the analyze worker runs inside a worker thread');
port.on('message', (job: WorkerRequest) => {
  analyze({ input: job.raw, channel: job.channel, from: job.from ?? null }, job.options ?? {}).then(
    (report) => port.postMessage({ id: job.id, report } satisfies WorkerReply),
    (err: unknown) => {
      const e = err as { message?: string; code?: string };
      port.postMessage({ id: job.id, error: { message: String(e?.message ?? err), code: e?.code } } satisfies WorkerReply);
    },
  );
});
