import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import type { BenchRequest } from './bench-util.js';
import { round } from './bench-util.js';
import { procMemMb } from './bench-server.js';

// Load against the benchmarks' server child (bench-server.ts): the mixed request bodies, one
// autocannon step at a fixed rate, the saturation search, and the memory after N requests. Used by
// bench-http (one rate, or --saturate) and by bench.ts (the `server` fields of `npm run bench`).

/** Deterministic mix: every text and call, and emails (≤ 256 KB) at the given share, interleaved. */
export function mixedBodies(corpus: Record<'email' | 'sms' | 'call', readonly BenchRequest[]>, emailShare: number): string[] {
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

/** Hands out the bodies in turn, across every step (a step continues where the last one stopped). */
export function rotation(payloads: readonly string[]): (req: Record<string, unknown>) => Record<string, unknown> {
  let i = 0;
  return (req) => ({ ...req, body: payloads[i++ % payloads.length] });
}

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux), or null.
 * Clock ticks are 100 per second on Linux x86-64 and arm64 (USER_HZ), which is what /proc reports in.
 */
export function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

export interface Step {
  targetRate: number;
  durationS: number;
  requests: number;
  reqPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  detail: { errors: number; timeouts: number; non2xx: number };
  /** Server CPU over the step: % of one core (all its threads), and ms per request. */
  serverCpu: { busyPct: number; msPerRequest: number } | null;
}

export interface Target {
  url: string;
  pid: number;
  next: (req: Record<string, unknown>) => Record<string, unknown>;
  connections: number;
}

const analyzeUrl = (t: Target) => `${t.url}api/analyze`;
const common = (t: Target) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, requests: [{ setupRequest: t.next }] });

/** Warm-up: JIT, regex compilation and caches in every thread, as a running server would be. */
export async function warmUp(t: Target, amount: number): Promise<number> {
  const r = await autocannon({ url: analyzeUrl(t), connections: Math.max(2, t.connections), amount, ...common(t) });
  return r.requests.total;
}

/** `rate` requests per second in all for `durationS` seconds over the target's connections. */
export async function step(t: Target, rate: number, durationS: number): Promise<Step> {
  const cpu0 = cpuSecondsOf(t.pid);
  const r = await autocannon({ url: analyzeUrl(t), connections: t.connections, duration: durationS, overallRate: rate, ...common(t) });
  const cpu1 = cpuSecondsOf(t.pid);
  const n = r.requests.total;
  return {
    targetRate: rate,
    durationS,
    requests: n,
    reqPerSec: round(n / durationS, 1),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors + r.timeouts + r.non2xx,
    detail: { errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx },
    serverCpu: cpu0 !== null && cpu1 !== null && n > 0 ? { busyPct: round(((cpu1 - cpu0) / durationS) * 100, 1), msPerRequest: round(((cpu1 - cpu0) * 1000) / n, 3) } : null,
  };
}

/**
 * Sustained: no error, at least 95% of the asked rate served, and a p99 under a second (past that
 * the requests are queueing behind each other and autocannon's rate is no longer the server's).
 * In steps of 2–3 s autocannon may serve more than the asked rate (seen up to 1.3×: its quota
 * seems to run per second tick, a partial tick included); that reads as sustained, and the steps
 * of `npm run bench` last 3 s and the half-saturation run 10 s for this reason.
 */
export const sustained = (s: Step): boolean => s.errors === 0 && s.reqPerSec >= 0.95 * s.targetRate && s.latencyMs.p99 < 1000;

export interface Saturation {
  /** The highest rate tried that was sustained (0 errors, ≥ 95% served, p99 < 1 s). */
  saturationRps: number;
  steps: Step[];
}

/**
 * The saturation rate: rates doubled from `start` until one is not sustained, then bisected between
 * the last sustained rate and the first that was not (to within 10%). Each step lasts `stepS`.
 */
export async function findSaturation(t: Target, o: { start?: number; stepS?: number; max?: number; log?: (s: string) => void } = {}): Promise<Saturation> {
  const stepS = o.stepS ?? 3;
  const max = o.max ?? 20_000;
  const steps: Step[] = [];
  const tryRate = async (rate: number) => {
    const s = await step(t, Math.round(rate), stepS);
    steps.push(s);
    o.log?.(`  ${s.targetRate} req/s asked: ${s.reqPerSec} served, p99 ${s.latencyMs.p99} ms, ${s.errors} errors${s.serverCpu ? `, server ${s.serverCpu.busyPct}% CPU` : ''} → ${sustained(s) ? 'sustained' : 'not sustained'}`);
    return sustained(s);
  };
  let good = 0;
  let bad = 0;
  for (let rate = o.start ?? 100; rate <= max; rate *= 2) {
    if (await tryRate(rate)) good = rate;
    else {
      bad = rate;
      break;
    }
  }
  if (!bad) return { saturationRps: good, steps };
  while (bad - good > Math.max(10, 0.1 * bad)) {
    const mid = Math.round((good + bad) / 2);
    if (await tryRate(mid)) good = mid;
    else bad = mid;
  }
  return { saturationRps: good, steps };
}

/** Requests until the server has answered `total` in all (counting `done`), as fast as it goes; then its RSS now and at peak. */
export async function memoryAfter(t: Target, done: number, total: number): Promise<{ requests: number; rssMb: number | null; peakRssMb: number | null; errors: number }> {
  let errors = 0;
  if (done < total) {
    const r = await autocannon({ url: analyzeUrl(t), connections: t.connections, amount: total - done, ...common(t) });
    done += r.requests.total;
    errors = r.errors + r.timeouts + r.non2xx;
  }
  const now = procMemMb(t.pid, 'VmRSS');
  const peak = procMemMb(t.pid, 'VmHWM');
  return { requests: done, rssMb: now === null ? null : round(now, 1), peakRssMb: peak === null ? null : round(peak, 1), errors };
}

export interface ServerFigures {
  jobs: number;
  connections: number;
  saturationRps: number;
  halfSaturation: Step;
  p99MsAtHalfSaturation: number;
  /** RSS of the whole server process (main thread and its analysis workers) after `requests` requests. */
  rssMb: number | null;
  peakRssMb: number | null;
  requests: number;
  errors: number;
  steps: Step[];
}

/**
 * The server figures of `npm run bench`: a server child (bench-http.js --serve, `jobs` analysis
 * threads), warmed up, its saturation rate, a `halfS`-second run at half of it (p99), then requests
 * until `memoryRequests` were answered in all and its RSS.
 */
export async function serverFigures(payloads: readonly string[], o: { jobs: number; connections?: number; stepS?: number; halfS?: number; memoryRequests?: number; log?: (s: string) => void }): Promise<ServerFigures> {
  const { spawnBenchServer } = await import('./bench-server.js');
  const { fileURLToPath } = await import('node:url');
  const script = fileURLToPath(new URL('../bench-http.js', import.meta.url));
  const { child, url } = await spawnBenchServer(script, [], 'pipe', ['--jobs', String(o.jobs)]);
  child.stdout!.resume();
  try {
    const t: Target = { url, pid: child.pid!, next: rotation(payloads), connections: o.connections ?? 10 };
    let done = await warmUp(t, Math.min(2000, payloads.length));
    const sat = await findSaturation(t, { stepS: o.stepS ?? 3, log: o.log });
    done += sat.steps.reduce((n, s) => n + s.requests, 0);
    const half = await step(t, Math.max(1, Math.round(sat.saturationRps / 2)), o.halfS ?? 10);
    o.log?.(`  half saturation ${half.targetRate} req/s: ${half.reqPerSec} served, p50 ${half.latencyMs.p50} · p99 ${half.latencyMs.p99} ms, ${half.errors} errors`);
    done += half.requests;
    const mem = await memoryAfter(t, done, o.memoryRequests ?? 10_000);
    return {
      jobs: o.jobs,
      connections: t.connections,
      saturationRps: sat.saturationRps,
      halfSaturation: half,
      p99MsAtHalfSaturation: half.latencyMs.p99,
      rssMb: mem.rssMb,
      peakRssMb: mem.peakRssMb,
      requests: mem.requests,
      errors: half.errors + mem.errors,
      steps: sat.steps,
    };
  } finally {
    child.kill('SIGTERM');
  }
}
