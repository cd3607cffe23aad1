import { parse, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { jsonLogger } from '../../server/logging.js';

export const WORKER_USAGE = `Usage: impostor worker --redis URL [--concurrency N] [--no-store] [--metrics-port PORT]

Takes messages from the queue on Redis (BullMQ; put there by "impostor scan SOURCE --queue URL"),
analyses them and sends each result back. Run as many as you like, on any machines. A worker that
is killed loses nothing: its messages go back to the queue and another worker does them.

  --redis URL          redis://HOST:PORT (rediss:// for TLS)
  --concurrency N      messages analysed at once in this process (default 2)
  --no-store           do not store the results as cases
  --metrics-port PORT  serve Prometheus /metrics on 127.0.0.1:PORT

Results are stored as cases, one per message, in the case store (DATABASE_URL, or the embedded
database in IMPOSTOR_DATA_DIR) unless --no-store. Logs are JSON lines on standard output.
Stop with Ctrl-C or SIGTERM: messages in progress are finished first.
`;

/** Runs until `signal` aborts (tests) or SIGINT/SIGTERM. */
export async function workerCommand(args: string[], io: Io, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parse(args, {
    redis: { type: 'string' },
    concurrency: { type: 'string', short: 'c' },
    'no-store': { type: 'boolean' },
    'metrics-port': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(WORKER_USAGE);
    return 0;
  }
  if (positionals.length) throw new UsageError('worker takes no positional arguments');
  if (!values.redis) throw new UsageError(`worker needs --redis URL\n\n${WORKER_USAGE}`);
  const c = values.concurrency ?? '2';
  if (!/^\d{1,3}$/.test(c) || Number(c) < 1) throw new UsageError(`--concurrency must be a whole number 1–999, not "${c.slice(0, 20)}"`);
  const mp = values['metrics-port'];
  if (mp !== undefined && (!/^\d{1,5}$/.test(mp) || Number(mp) > 65535)) throw new UsageError(`--metrics-port must be a port number, not "${mp.slice(0, 20)}"`);
  const log = jsonLogger((line) => io.stdout(line));

  const { startWorker, QueueError } = await import('../../node/queue/index.js');
  const { createMetrics } = await import('../../server/metrics.js');
  let store = null;
  if (!values['no-store']) {
    const { openCaseStore, storeOptionsFromEnv } = await import('../../node/store/index.js');
    const where = storeOptionsFromEnv(io.env);
    try {
      store = await openCaseStore(where);
    } catch (err) {
      io.stderr(`impostor worker: the case store could not be opened: ${(err as Error).message}\n`);
      return 2;
    }
    log({ level: 'info', msg: 'case_store_open', backend: store.db.kind, where: store.db.where });
  }
  let depth: (() => Promise<Record<'waiting' | 'active' | 'delayed' | 'failed', number>>) | undefined;
  const metrics = createMetrics({ queueDepth: () => (depth ? depth() : Promise.reject(new Error('not yet'))) });
  let worker;
  try {
    worker = await startWorker(values.redis, {
      concurrency: Number(c),
      store,
      log: (e) => log({ level: 'info', msg: 'worker', ...e } as never),
      observe: (r, s) => metrics.observe(r as never, s),
    });
  } catch (err) {
    await store?.close();
    if (err instanceof QueueError) {
      io.stderr(`impostor worker: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  depth = worker.queueDepth;
  let server: import('node:http').Server | null = null;
  if (mp !== undefined) {
    const { createServer } = await import('node:http');
    server = createServer((req, res) => {
      if (req.url !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      metrics.render().then(
        ({ contentType, body }) => res.writeHead(200, { 'Content-Type': contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((res) => server!.listen(Number(mp), '127.0.0.1', res));
  }
  log({ level: 'info', msg: 'worker_started', concurrency: Number(c), store: !!store });
  io.stderr(`Impostor worker is taking messages from ${values.redis.replace(/\/\/[^@/]*@/, '//')}\n`);
  await new Promise<void>((resolve) => {
    if (signal) signal.addEventListener('abort', () => resolve(), { once: true });
    else {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }
  });
  log({ level: 'info', msg: 'worker_stopping' });
  await worker.close();
  server?.close();
  await store?.close();
  log({ level: 'info', msg: 'worker_stopped', done: worker.counts.done, failed: worker.counts.failed });
  return 0;
}
