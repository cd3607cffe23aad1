import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/args.js';
import { describeMachine, loadByChannel, machine, round } from './lib/bench-util.js';
import { procMemMb, serveForBench, spawnBenchServer } from './lib/bench-server.js';
import { mixedBodies, rotation, serverFigures, step, warmUp } from './lib/bench-load.js';

// `npm run bench:http [-- --json]`: a bounded loopback load test of the HTTP API. The server runs in
// its own process (startServer from src/server/node.ts, 127.0.0.1, port picked by the OS, the
// production JSON logger writing to a pipe we drain) so the load generator never shares its event
// loop. autocannon sends POST /api/analyze at a fixed overall rate for a fixed time, cycling through
// corpus messages of every channel, and reports requests/s, latency percentiles and every error.
// The server analyses on --jobs worker threads (default: one per core, as `impostor serve`).
// --saturate instead finds the highest rate served with 0 errors, measures p99 at half of it and
// the RSS after 10,000 requests (the `server` fields of `npm run bench`, scripts/lib/bench-load.ts).

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = `
usage: npm run bench:http [-- options]
  --json               machine-readable results
  --corpus DIR         corpus folder (default ../shared/corpus)
  --duration S         seconds of load (default 10)
  --rate N             requests per second in all (default 500)
  --connections N      concurrent connections (default 10)
  --email-share X      share of emails in the mix (default 0.2; the rest are texts and calls)
  --jobs N             the server's analysis threads (default: one per core; 1: in its main thread)
  --saturate           step the rate to the server's saturation, then p99 at half of it and RSS after 10,000 requests
  --cpu-prof DIR       write a V8 CPU profile of the server to DIR (read it with dist/scripts/lib/bench-profile.js)
`;

const { values: opts } = scriptArgs({
  options: {
    json: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus') },
    duration: { type: 'string', default: '10' },
    rate: { type: 'string', default: '500' },
    connections: { type: 'string', default: '10' },
    // Share of email requests in the mix; the rest are texts and call transcripts.
    'email-share': { type: 'string', default: '0.2' },
    'cpu-prof': { type: 'string' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    saturate: { type: 'boolean', default: false },
  },
}, USAGE);

async function main(): Promise<void> {
  const duration = Number(opts.duration);
  const rate = Number(opts.rate);
  const connections = Number(opts.connections);
  const jobs = Math.max(1, Number(opts.jobs) | 0);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const corpus = await loadByChannel(opts.corpus);
  const payloads = mixedBodies(corpus, Number(opts['email-share']));
  const m = machine();
  if (opts.saturate) {
    log(`${describeMachine(m)}\nsaturation search, server with ${jobs} analysis thread(s), ${connections} connections …`);
    const f = await serverFigures(payloads, { jobs, connections, log });
    if (opts.json) process.stdout.write(`${JSON.stringify({ ...f, machine: m }, null, 2)}\n`);
    else
      process.stdout.write(
        `# Impostor HTTP saturation — ${describeMachine(m)}\n` +
          `server: ${jobs} analysis thread(s); ${connections} connections; ${Math.round(Number(opts['email-share']) * 100)}% emails\n` +
          `saturation ${f.saturationRps} req/s (0 errors, ≥ 95% served, p99 < 1 s); at half (${f.halfSaturation.targetRate} req/s): p50 ${f.halfSaturation.latencyMs.p50} · p99 ${f.p99MsAtHalfSaturation} ms\n` +
          `RSS after ${f.requests} requests ${f.rssMb} MB (peak ${f.peakRssMb} MB, the whole process); errors ${f.errors}\n`,
      );
    if (f.errors > 0) process.exitCode = 1;
    return;
  }
  const prof = opts['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(opts['cpu-prof'])}`] : [];
  const { child, url } = await spawnBenchServer(SELF, prof, 'pipe', ['--jobs', String(jobs)]);
  child.stdout!.resume(); // JSON request logs: drained, not kept
  log(`server ${url} (pid ${child.pid}, ${jobs} analysis thread(s)); ${payloads.length} distinct bodies; warming up …`);
  try {
    const t = { url, pid: child.pid!, next: rotation(payloads), connections };
    await warmUp(t, Math.min(2000, payloads.length));
    log(`load: ${rate} req/s for ${duration} s over ${connections} connections …`);
    const r = await step(t, rate, duration);
    const rssMb = procMemMb(t.pid, 'VmHWM');
    const result = {
      url: '127.0.0.1 (loopback)',
      durationS: duration,
      targetRate: rate,
      connections,
      jobs,
      requests: r.requests,
      reqPerSec: r.reqPerSec,
      latencyMs: r.latencyMs,
      errors: r.errors,
      detail: r.detail,
      serverPeakRssMb: rssMb === null ? null : round(rssMb, 1),
      serverCpu: r.serverCpu,
      machine: m,
    };
    if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      process.stdout.write(
        `# Impostor HTTP bench — ${describeMachine(result.machine)}\n` +
          `POST /api/analyze at ${rate} req/s for ${duration} s, ${connections} connections (${Math.round(Number(opts['email-share']) * 100)}% emails, the rest texts and calls), server with ${jobs} analysis thread(s)\n` +
          `${result.reqPerSec} req/s, latency ms p50 ${result.latencyMs.p50} · p90 ${result.latencyMs.p90} · p99 ${result.latencyMs.p99} · max ${result.latencyMs.max}\n` +
          `errors ${r.errors} (connection ${r.detail.errors}, timeouts ${r.detail.timeouts}, non-2xx ${r.detail.non2xx}); server peak RSS ${result.serverPeakRssMb ?? '?'} MB\n` +
          (r.serverCpu ? `server CPU ${r.serverCpu.busyPct}% of one core during the load (all its threads), ${r.serverCpu.msPerRequest} ms per request\n` : ''),
      );
    }
    if (r.errors > 0) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
  }
}

if (opts.serve) await serveForBench({ jobs: Math.max(1, Number(opts.jobs) | 0) });
else await main();
