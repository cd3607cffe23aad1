import '../src/node/model-files.js';
import { V8_FLAGS } from '../src/node/v8-flags.js';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/args.js';
import '../src/node/fast-blob.js';
import { analyze, BRANDS, buildReport, clearContentCaches, parseInput, POLICY, prepareMessage, resolveLimits, RULES, runRules } from '../src/core/index.js';
import type { Channel } from '../src/core/types.js';
import { describeMachine, fmt, loadByChannel, machine, median, peakRssMb, percentile, round, type BenchRequest } from './lib/bench-util.js';
import { mixedBodies, serverFigures, type ServerFigures } from './lib/bench-load.js';
import { createPool } from '../src/node/pool/index.js';

// `npm run bench [-- --json]`: single-process throughput and latency per channel over the corpus,
// the parse-only floor for emails and texts, emails through the worker pool on 1…N threads, the
// server's saturation rate, p99 at half of it and RSS after 10,000 requests, peak RSS, CLI cold
// start, and cost against message size. Per-channel timings are on one core; nothing here asserts
// a target (targets live in RESULTS.md).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = `
usage: npm run bench [-- options]
  --json               machine-readable results on stdout (the table goes to stderr)
  --corpus DIR         corpus folder (default ../shared/corpus)
  --channel C          email, sms or call; repeat for several (default: all three)
  --min-seconds N      measure each channel for at least N seconds (default 3)
  --no-detail          skip the per-stage and per-rule costs
  --no-sizes           skip the 1 KB → 1 MB size scaling
  --no-cli             skip the CLI cold start
  --cli-runs N         CLI cold-start runs (default 9)
  --max-jobs N         emails through the worker pool on 1…N threads (default: one per core; 0: skip)
  --no-server          skip the server's saturation, p99 at half of it and RSS after 10,000 requests
  --server-jobs N      the server's analysis threads (default: one per core)
  --quick              a quick look: 1,000 messages per channel (an even sample), 1 s per measurement,
                       no detail or sizes, 3 CLI runs, no streamed-RSS child, shorter server steps
`;

const { values: opts } = scriptArgs({
  options: {
    json: { type: 'boolean', default: false },
    corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus') },
    channel: { type: 'string', multiple: true },
    'min-seconds': { type: 'string', default: '3' },
    detail: { type: 'boolean', default: true },
    'no-detail': { type: 'boolean', default: false },
    'no-cli': { type: 'boolean', default: false },
    'no-sizes': { type: 'boolean', default: false },
    'cli-runs': { type: 'string', default: '9' },
    'max-jobs': { type: 'string', default: String(availableParallelism()) },
    'no-server': { type: 'boolean', default: false },
    'server-jobs': { type: 'string', default: String(availableParallelism()) },
    quick: { type: 'boolean', default: false },
    // Internal: the child process that measures memory (see streamedRss).
    'rss-child': { type: 'boolean', default: false },
  },
  allowPositionals: false,
}, USAGE);

const quick = opts.quick;
const minSeconds = quick ? 1 : Number(opts['min-seconds']);
const detail = opts.detail && !opts['no-detail'] && !quick;
const log = (s: string) => process.stderr.write(`${s}\n`);
const out: string[] = [];
const say = (s = '') => (opts.json ? log(s) : out.push(s));

interface ChannelResult {
  n: number;
  passes: number;
  msgsPerSec: number;
  /** Messages per second of this process's CPU time: steadier than wall time on a shared machine. */
  cpuMsgsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Analyse every request once to warm the JIT and caches, then repeat passes until minSeconds. With
 * `cold`, the URL and host memos are emptied before every message (outside the timed span), as if no
 * link or host had been seen before: replaying the same corpus would otherwise hit them every time.
 */
async function timeAnalyze(reqs: readonly BenchRequest[], cold = false): Promise<ChannelResult> {
  for (const r of reqs) await analyze({ input: r.input, channel: r.channel });
  const lat: number[] = [];
  let passes = 0;
  let total = 0;
  const cpu0 = process.cpuUsage();
  do {
    const t0 = performance.now();
    let cleared = 0;
    for (const r of reqs) {
      if (cold) {
        const c = performance.now();
        clearContentCaches();
        cleared += performance.now() - c;
      }
      const s = performance.now();
      await analyze({ input: r.input, channel: r.channel });
      lat.push(performance.now() - s);
    }
    total += performance.now() - t0 - cleared;
    passes++;
  } while (total < minSeconds * 1000);
  // Clearing (two Map.clear calls) is left in the CPU time: ≈ 0.1 µs a message.
  const cpu = process.cpuUsage(cpu0);
  return {
    n: reqs.length,
    passes,
    msgsPerSec: (reqs.length * passes) / (total / 1000),
    cpuMsgsPerSec: (reqs.length * passes) / ((cpu.user + cpu.system) / 1e6),
    p50Ms: percentile(lat, 50),
    p99Ms: percentile(lat, 99),
    maxMs: Math.max(...lat),
  };
}

/** Parse-only throughput: wall-clock and per CPU-second (the steadier one on a shared machine). */
async function timeParseOnly(reqs: readonly BenchRequest[]): Promise<{ msgsPerSec: number; cpuMsgsPerSec: number }> {
  const limits = resolveLimits();
  for (const r of reqs) await parseInput({ input: r.input, channel: r.channel }, limits);
  let passes = 0;
  let total = 0;
  const cpu0 = process.cpuUsage();
  do {
    const t0 = performance.now();
    for (const r of reqs) await parseInput({ input: r.input, channel: r.channel }, limits);
    total += performance.now() - t0;
    passes++;
  } while (total < minSeconds * 1000);
  const cpu = process.cpuUsage(cpu0);
  return { msgsPerSec: (reqs.length * passes) / (total / 1000), cpuMsgsPerSec: (reqs.length * passes) / ((cpu.user + cpu.system) / 1e6) };
}

interface Breakdown {
  stages: Record<'parse' | 'extract' | 'rules' | 'report', number>;
  rules: { id: string; us: number }[];
}

/** Where the time goes, in microseconds per message: pipeline stages and each rule's check(). */
async function breakdown(reqs: readonly BenchRequest[]): Promise<Breakdown> {
  const limits = resolveLimits();
  const stages = { parse: 0, extract: 0, rules: 0, report: 0 };
  const perRule = new Map<string, number>();
  for (let pass = 0; pass < 2; pass++) {
    const measure = pass === 1;
    for (const r of reqs) {
      const t0 = performance.now();
      const message = await parseInput({ input: r.input, channel: r.channel }, limits);
      const t1 = performance.now();
      const prepared = prepareMessage(message, BRANDS, limits);
      const t2 = performance.now();
      const run = runRules(prepared.ctx, RULES, POLICY);
      const t3 = performance.now();
      buildReport(prepared, run);
      const t4 = performance.now();
      // The rules again on a second context, each timed alone. Its lazy facts start uncomputed, so a
      // shared fact (link analysis, attachments) is charged to the first rule that reads it.
      const again = prepareMessage(await parseInput({ input: r.input, channel: r.channel }, limits), BRANDS, limits);
      for (const rule of RULES) {
        if (!rule.meta.channels.includes(r.channel)) continue;
        const s = performance.now();
        try {
          rule.check(again.ctx);
        } catch {
          // counted by runRules as a warning; here only the time matters
        }
        if (measure) perRule.set(rule.meta.id, (perRule.get(rule.meta.id) ?? 0) + performance.now() - s);
      }
      if (measure) {
        stages.parse += t1 - t0;
        stages.extract += t2 - t1;
        stages.rules += t3 - t2;
        stages.report += t4 - t3;
      }
    }
  }
  const per = (ms: number) => (ms * 1000) / reqs.length;
  return {
    stages: { parse: per(stages.parse), extract: per(stages.extract), rules: per(stages.rules), report: per(stages.report) },
    rules: [...perRule].map(([id, ms]) => ({ id, us: per(ms) })).sort((a, b) => b.us - a.us),
  };
}

/**
 * A synthetic email of about `bytes` bytes: a plain-text or HTML body built from varied paragraphs
 * with links, phone numbers, amounts and brand words, so every extractor has work at every size.
 */
export function syntheticEmail(bytes: number, kind: 'text' | 'html'): string {
  const head = [
    'From: "Account Services" <service@example-shop.test>',
    'To: you@example.org',
    'Subject: Your order update and account notice',
    'Date: Mon, 03 Mar 2025 10:00:00 +0000',
    'Message-ID: <bench@example-shop.test>',
    'MIME-Version: 1.0',
    `Content-Type: ${kind === 'html' ? 'text/html' : 'text/plain'}; charset=utf-8`,
    'Content-Transfer-Encoding: 8bit',
    '',
    '',
  ].join('\r\n');
  const parts: string[] = [];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const p =
      `Paragraph ${i}: thank you for shopping with us. Order 112-${String(1000000 + i).slice(-7)}-${String(2000000 + i * 7).slice(-7)} ` +
      `for $${(i % 90) + 9}.99 ships soon; track it at https://track${i % 50}.example-shop.test/p/${i}?ref=mail or call ` +
      `(555) 01${String(i % 100).padStart(2, '0')}-${String(1000 + (i % 9000)).slice(-4)}. Your Amazon and Apple gift card balance is unchanged, ` +
      `and the team will never ask for your password. Reply to help${i % 7}@example-shop.test with questions about the delivery window.`;
    const chunk = kind === 'html' ? `<p>${p.replace(/https:\/\/\S+/, (u) => `<a href="${u}">track package</a>`)}</p>\r\n` : `${p}\r\n\r\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  const body = parts.join('');
  return head + (kind === 'html' ? `<html><body>${body}</body></html>` : body);
}

/** At most n items, spread evenly over the list (the corpus files are concatenated by source). */
function evenSample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, k) => items[Math.floor((k * items.length) / n)]!);
}

interface JobsPoint {
  jobs: number;
  msgsPerSec: number;
  /** Per CPU-second of the whole process (all threads). */
  cpuMsgsPerSec: number;
}

/**
 * Emails through the worker pool (src/node/pool, as `impostor check`/`serve` use it: the whole report
 * comes back) on 1…max threads: twice the threads' count in flight, a warm-up of minSeconds (each
 * worker's JIT), then passes until minSeconds. One thread is the pool's in-thread path (no copy).
 */
async function byJobs(reqs: readonly BenchRequest[], max: number): Promise<JobsPoint[]> {
  const points: JobsPoint[] = [];
  for (let jobs = 1; jobs <= max; jobs++) {
    const pool = createPool(jobs);
    const window = 2 * jobs;
    const pass = async () => {
      const inFlight = new Set<Promise<unknown>>();
      for (const r of reqs) {
        const p: Promise<unknown> = pool.run({ input: r.input, channel: r.channel }).finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= window) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    };
    try {
      // Warm-up of at least minSeconds (and two passes): every worker's JIT as warm as this thread's.
      const w0 = performance.now();
      let warm = 0;
      while (warm < 2 || performance.now() - w0 < minSeconds * 1000) {
        await pass();
        warm++;
      }
      let passes = 0;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      do {
        await pass();
        passes++;
      } while (performance.now() - t0 < minSeconds * 1000);
      const wall = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      points.push({ jobs, msgsPerSec: (reqs.length * passes) / wall, cpuMsgsPerSec: (reqs.length * passes) / ((cpu.user + cpu.system) / 1e6) });
    } finally {
      await pool.close();
    }
  }
  return points;
}

interface SizePoint {
  kb: number;
  kind: 'text' | 'html';
  ms: number;
  msPerKb: number;
}

async function sizeScaling(): Promise<SizePoint[]> {
  const points: SizePoint[] = [];
  for (const kind of ['text', 'html'] as const) {
    for (const kb of [1, 4, 16, 64, 256, 1024]) {
      const input = syntheticEmail(kb * 1024, kind);
      await analyze({ input, channel: 'email' });
      const times: number[] = [];
      const start = performance.now();
      while (times.length < 3 || (performance.now() - start < 400 && times.length < 200)) {
        const s = performance.now();
        await analyze({ input, channel: 'email' });
        times.push(performance.now() - s);
      }
      const ms = median(times);
      points.push({ kb, kind, ms, msPerKb: ms / kb });
    }
  }
  return points;
}

function cliColdStart(runs: number): { medianMs: number; runs: number[]; exit: number | null } {
  const sms = 'Amazon: your parcel is on hold. Pay the $1.99 redelivery fee at amzn-redeliver.top/x within 24h.';
  const once = () => {
    const s = performance.now();
    const r = spawnSync(process.execPath, ['bin/impostor.js', 'check', '--channel', 'sms'], { cwd: ROOT, input: sms, encoding: 'utf8' });
    return { ms: performance.now() - s, status: r.status };
  };
  once(); // page cache
  const times: number[] = [];
  let exit: number | null = null;
  for (let i = 0; i < runs; i++) {
    const r = once();
    times.push(r.ms);
    exit = r.status;
  }
  return { medianMs: median(times), runs: times, exit };
}

/**
 * Peak RSS of a fresh process that analyses every corpus message once, streamed (never more than
 * one message held): the memory an analyser needs, without the bench's copy of the corpus. It runs
 * with the V8 heap settings of `impostor serve` (src/server/heap.ts: new space held while modules
 * load, then capped), as a long-running analyser would.
 */
function streamedRss(): number | null {
  const early = new URL('../src/server/heap-early.js', import.meta.url).href;
  const r = spawnSync(process.execPath, ['--import', early, fileURLToPath(import.meta.url), '--rss-child', '--corpus', opts.corpus], { encoding: 'utf8' });
  const m = /RSS_MB ([\d.]+)/.exec(r.stdout ?? '');
  return m ? Number(m[1]) : null;
}

async function rssChild(): Promise<void> {
  (await import('../src/server/heap.js')).tuneHeapForServing();
  const { listJsonl, readJsonl, toRequest } = await import('./lib/corpus.js');
  for (const path of await listJsonl(opts.corpus)) {
    for await (const r of readJsonl(path)) {
      if (!r.ok) continue;
      const req = toRequest(r.record);
      if (req.channel !== 'email' && req.channel !== 'sms' && req.channel !== 'call') continue;
      try {
        await analyze(req);
      } catch {
        // a corpus record the analyser refuses (too large, empty) costs no memory to speak of
      }
    }
  }
  process.stdout.write(`RSS_MB ${peakRssMb().toFixed(1)}\n`);
}

async function main(): Promise<void> {
  const m = machine();
  log(`loading ${opts.corpus} …`);
  const corpus = await loadByChannel(opts.corpus);
  if (quick) for (const ch of ['email', 'sms', 'call'] as const) corpus[ch] = evenSample(corpus[ch], 1000);
  const wanted = (opts.channel?.length ? opts.channel : ['email', 'sms', 'call']) as Channel[];
  say(`# Impostor bench — ${describeMachine(m)} · V8 ${V8_FLAGS.join(' ')} (as bin/impostor.js)`);
  say(`rules: ${RULES.length} (${RULES.map((r) => r.meta.id).join(', ')})`);
  say();
  const results: Partial<Record<Channel, ChannelResult & { parseOnlyMsgsPerSec?: number; parseOnlyCpuMsgsPerSec?: number; breakdown?: Breakdown; cold?: ChannelResult }>> = {};
  for (const ch of wanted) {
    const reqs = corpus[ch];
    if (!reqs.length) continue;
    log(`${ch}: ${reqs.length} messages …`);
    const r: ChannelResult & { parseOnlyMsgsPerSec?: number; parseOnlyCpuMsgsPerSec?: number; breakdown?: Breakdown; cold?: ChannelResult } = await timeAnalyze(reqs);
    if (ch !== 'call') {
      const p = await timeParseOnly(reqs);
      r.parseOnlyMsgsPerSec = p.msgsPerSec;
      r.parseOnlyCpuMsgsPerSec = p.cpuMsgsPerSec;
    }
    if (ch !== 'call') r.cold = await timeAnalyze(reqs, true);
    if (detail) r.breakdown = await breakdown(reqs);
    results[ch] = r;
    say(
      `${ch.padEnd(5)} ${fmt(r.msgsPerSec).padStart(8)} msg/s (${fmt(r.cpuMsgsPerSec)} per CPU-second)  p50 ${r.p50Ms.toFixed(3)} ms  p99 ${r.p99Ms.toFixed(3)} ms  max ${r.maxMs.toFixed(1)} ms` +
        `  (${r.n} messages × ${r.passes} passes)` +
        (r.parseOnlyMsgsPerSec && r.parseOnlyCpuMsgsPerSec
          ? `\n      parse-only ${fmt(r.parseOnlyMsgsPerSec)} msg/s (${fmt(r.parseOnlyCpuMsgsPerSec)} per CPU-second) → full analysis costs ${(r.parseOnlyCpuMsgsPerSec / r.cpuMsgsPerSec).toFixed(2)}× parse-only in CPU (${(r.parseOnlyMsgsPerSec / r.msgsPerSec).toFixed(2)}× in wall time)`
          : '') +
        (r.cold
          ? `\n      URL and host memos emptied before every message (no link or host seen before): ${fmt(r.cold.msgsPerSec)} msg/s (${fmt(r.cold.cpuMsgsPerSec)} per CPU-second)  p50 ${r.cold.p50Ms.toFixed(3)} ms  p99 ${r.cold.p99Ms.toFixed(3)} ms`
          : ''),
    );
    if (r.breakdown) {
      const b = r.breakdown;
      say(`      µs/msg: parse ${b.stages.parse.toFixed(1)} · extract+claim ${b.stages.extract.toFixed(1)} · rules ${b.stages.rules.toFixed(1)} · report ${b.stages.report.toFixed(1)}`);
      say(`      slowest rules (µs/msg, alone): ${b.rules.slice(0, 6).map((x) => `${x.id} ${x.us.toFixed(1)}`).join(' · ')}`);
    }
  }
  const maxJobs = Math.max(0, Number(opts['max-jobs']) | 0);
  let jobsCurve: JobsPoint[] = [];
  if (maxJobs && corpus.email.length && wanted.includes('email')) {
    log(`emails through the worker pool, 1…${maxJobs} threads …`);
    // An even sample of 1,000 emails: each job count takes whole passes over it.
    const sample = evenSample(corpus.email, 1000);
    jobsCurve = await byJobs(sample, maxJobs);
    say();
    say(`${sample.length} emails through the worker pool: ${jobsCurve.map((p) => `${p.jobs} thread${p.jobs === 1 ? '' : 's'} ${fmt(p.msgsPerSec)} msg/s (${fmt(p.cpuMsgsPerSec)} per CPU-second)`).join(' · ')}`);
    if (jobsCurve.length > 1) say(`      all threads / one: ${(jobsCurve.at(-1)!.msgsPerSec / jobsCurve[0]!.msgsPerSec).toFixed(2)}×`);
  }
  let server: ServerFigures | null = null;
  if (!opts['no-server']) {
    const jobs = Math.max(1, Number(opts['server-jobs']) | 0);
    log(`server (${jobs} analysis threads): saturation search …`);
    server = await serverFigures(mixedBodies(corpus, 0.2), { jobs, log, stepS: quick ? 2 : 3, halfS: quick ? 4 : 10 });
    say();
    say(
      `server (POST /api/analyze, 20% emails, ${server.connections} connections, ${server.jobs} analysis threads): saturation ${fmt(server.saturationRps)} req/s · ` +
        `at half (${server.halfSaturation.targetRate} req/s) p50 ${server.halfSaturation.latencyMs.p50} · p99 ${server.p99MsAtHalfSaturation} ms · ` +
        `RSS after ${fmt(server.requests)} requests ${server.rssMb} MB (peak ${server.peakRssMb} MB, whole process) · errors ${server.errors}`,
    );
  }
  let sizes: SizePoint[] = [];
  if (!opts['no-sizes'] && !quick && wanted.includes('email')) {
    log('size scaling …');
    sizes = await sizeScaling();
    say();
    say('email size → median ms (ms per KB)');
    for (const kind of ['text', 'html'] as const) {
      say(`  ${kind.padEnd(4)} ${sizes.filter((p) => p.kind === kind).map((p) => `${p.kb} KB ${p.ms.toFixed(2)} (${p.msPerKb.toFixed(3)})`).join(' · ')}`);
    }
  }
  let cli: ReturnType<typeof cliColdStart> | null = null;
  if (!opts['no-cli']) {
    log('CLI cold start …');
    cli = cliColdStart(quick ? 3 : Number(opts['cli-runs']));
    say();
    say(`CLI cold start (node bin/impostor.js check, small SMS on stdin): median ${cli.medianMs.toFixed(0)} ms over ${cli.runs.length} runs (exit ${cli.exit})`);
  }
  log('memory …');
  const benchRssMb = peakRssMb();
  const rssMb = (quick ? null : streamedRss()) ?? benchRssMb;
  say(`peak RSS ${rssMb.toFixed(0)} MB analysing the whole corpus streamed in a fresh process (this bench process, which holds the corpus: ${benchRssMb.toFixed(0)} MB)`);

  if (opts.json) {
    const pick = (r: (ChannelResult & { cold?: ChannelResult; parseOnlyMsgsPerSec?: number; parseOnlyCpuMsgsPerSec?: number }) | undefined) =>
      r
        ? {
            msgsPerSec: round(r.msgsPerSec, 1),
            cpuMsgsPerSec: round(r.cpuMsgsPerSec, 1),
            // fullOverParseOnly: CPU per message of the full analysis over parsing alone (wall-clock ratio beside it).
            ...(r.parseOnlyMsgsPerSec && r.parseOnlyCpuMsgsPerSec
              ? {
                  parseOnlyMsgsPerSec: round(r.parseOnlyMsgsPerSec, 1),
                  parseOnlyCpuMsgsPerSec: round(r.parseOnlyCpuMsgsPerSec, 1),
                  fullOverParseOnly: round(r.parseOnlyCpuMsgsPerSec / r.cpuMsgsPerSec, 2),
                  fullOverParseOnlyWall: round(r.parseOnlyMsgsPerSec / r.msgsPerSec, 2),
                }
              : {}),
            p50Ms: round(r.p50Ms, 4),
            p99Ms: round(r.p99Ms, 4),
            ...(r.cold ? { coldMemos: { msgsPerSec: round(r.cold.msgsPerSec, 1), cpuMsgsPerSec: round(r.cold.cpuMsgsPerSec, 1), p50Ms: round(r.cold.p50Ms, 4), p99Ms: round(r.cold.p99Ms, 4) } } : {}),
          }
        : null;
    const json = {
      email: results.email
        ? {
            ...pick(results.email),
            ...(jobsCurve.length
              ? {
                  byJobs: Object.fromEntries(jobsCurve.map((p) => [String(p.jobs), round(p.msgsPerSec, 1)])),
                  byJobsCpu: Object.fromEntries(jobsCurve.map((p) => [String(p.jobs), round(p.cpuMsgsPerSec, 1)])),
                  allJobsOverOne: round(jobsCurve.at(-1)!.msgsPerSec / jobsCurve[0]!.msgsPerSec, 2),
                }
              : {}),
          }
        : null,
      sms: pick(results.sms),
      call: pick(results.call),
      server: server
        ? {
            jobs: server.jobs,
            connections: server.connections,
            saturationRps: server.saturationRps,
            p99MsAtHalfSaturation: server.p99MsAtHalfSaturation,
            p50MsAtHalfSaturation: server.halfSaturation.latencyMs.p50,
            rssMb: server.rssMb,
            peakRssMb: server.peakRssMb,
            requests: server.requests,
            errors: server.errors,
            steps: server.steps.map((st) => ({ rate: st.targetRate, reqPerSec: st.reqPerSec, p99Ms: st.latencyMs.p99, errors: st.errors, busyPct: st.serverCpu?.busyPct ?? null })),
          }
        : null,
      rssMb: round(rssMb, 1),
      cliColdStartMs: cli ? round(cli.medianMs, 1) : null,
      sizes: sizes.map((p) => ({ kind: p.kind, kb: p.kb, ms: round(p.ms, 3), msPerKb: round(p.msPerKb, 4) })),
      machine: m,
      v8Flags: [...V8_FLAGS],
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(`${out.join('\n')}\n`);
  }
}

if (opts['rss-child']) await rssChild();
else await main();
