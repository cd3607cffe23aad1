import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/args.js';
import { describeMachine, loadByChannel, machine, round } from './lib/bench-util.js';
import { procMemMb, serveForBench, spawnBenchServer } from './lib/bench-server.js';

// `npm run bench:http [-- --json]`: a bounded loopback load test of the HTTP API. The server runs in
// its own process (startServer from src/server/node.ts, 127.0.0.1, port picked by the OS, the
// production JSON logger writing to a pipe we drain) so the load generator never shares its event
// loop. autocannon sends POST /api/analyze at a fixed overall rate for a fixed time, cycling through
// corpus messages of every channel, and reports requests/s, latency percentiles and every error.

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
  },
}, USAGE);

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux), or null. Clock ticks
 * are 100 per second on Linux x86-64 and arm64 (USER_HZ), which is what /proc reports in.
 */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

/** Deterministic mix: every text and call, and emails at the given share, interleaved. */
function bodies(corpus: Awaited<ReturnType<typeof loadByChannel>>, emailShare: number): string[] {
  const short = [...corpus.sms, ...corpus.call];
  const emails = corpus.email.filter((e) => e.input.length <= 256 * 1024);
  const nEmail = Math.round((short.length * emailShare) / (1 - emailShare));
  const out: string[] = [];
  let e = 0;
  const every = nEmail > 0 ? Math.max(1, Math.round(short.length / nEmail)) : Infinity;
  short.forEach((r, i) => {
    out.push(JSON.stringify({ text: r.input, channel: r.channel }));
    if (emails.length && (i + 1) % every === 0) out.push(JSON.stringify({ text: emails[e++ % emails.length]!.input, channel: 'email' }));
  });
  return out;
}

async function main(): Promise<void> {
  const duration = Number(opts.duration);
  const rate = Number(opts.rate);
  const connections = Number(opts.connections);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const corpus = await loadByChannel(opts.corpus);
  const payloads = bodies(corpus, Number(opts['email-share']));
  const prof = opts['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(opts['cpu-prof'])}`] : [];
  const { child, url } = await spawnBenchServer(SELF, prof, 'pipe');
  child.stdout!.resume(); // JSON request logs: drained, not kept
  log(`server ${url} (pid ${child.pid}); ${payloads.length} distinct bodies; warming up …`);
  try {
    // Warm-up: JIT, regex compilation and caches, as a running server would be.
    await autocannon({ url: `${url}api/analyze`, connections: 2, amount: Math.min(2000, payloads.length), method: 'POST', headers: { 'content-type': 'application/json' }, requests: [{ setupRequest: rotate(payloads) }] });
    log(`load: ${rate} req/s for ${duration} s over ${connections} connections …`);
    const cpu0 = child.pid ? cpuSecondsOf(child.pid) : null;
    const r = await autocannon({
      url: `${url}api/analyze`,
      connections,
      duration,
      overallRate: rate,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: rotate(payloads) }],
    });
    const errors = r.errors + r.timeouts + r.non2xx;
    const rssMb = child.pid ? procMemMb(child.pid, 'VmHWM') : null;
    const cpu1 = child.pid ? cpuSecondsOf(child.pid) : null;
    // How busy the server's one thread was: near 100% means requests queue behind each other.
    const serverCpu = cpu0 !== null && cpu1 !== null && r.requests.total > 0 ? { busyPct: round(((cpu1 - cpu0) / duration) * 100, 1), msPerRequest: round(((cpu1 - cpu0) * 1000) / r.requests.total, 3) } : null;
    const result = {
      url: '127.0.0.1 (loopback)',
      durationS: duration,
      targetRate: rate,
      connections,
      requests: r.requests.total,
      reqPerSec: round(r.requests.total / duration, 1),
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      errors,
      detail: { errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx },
      serverPeakRssMb: rssMb === null ? null : round(rssMb, 1),
      serverCpu,
      machine: machine(),
    };
    if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      process.stdout.write(
        `# Impostor HTTP bench — ${describeMachine(result.machine)}\n` +
          `POST /api/analyze at ${rate} req/s for ${duration} s, ${connections} connections (${Math.round(Number(opts['email-share']) * 100)}% emails, the rest texts and calls)\n` +
          `${result.reqPerSec} req/s, latency ms p50 ${result.latencyMs.p50} · p90 ${result.latencyMs.p90} · p99 ${result.latencyMs.p99} · max ${result.latencyMs.max}\n` +
          `errors ${errors} (connection ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}); server peak RSS ${result.serverPeakRssMb ?? '?'} MB\n` +
          (serverCpu ? `server CPU ${serverCpu.busyPct}% of one core during the load, ${serverCpu.msPerRequest} ms per request\n` : ''),
      );
    }
    if (errors > 0) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
  }
}

function rotate(payloads: readonly string[]): (req: Record<string, unknown>) => Record<string, unknown> {
  let i = 0;
  return (req) => ({ ...req, body: payloads[i++ % payloads.length] });
}

if (opts.serve) await serveForBench({});
else await main();
