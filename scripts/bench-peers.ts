import '../src/node/model-files.js';
import { V8_FLAGS } from '../src/node/v8-flags.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/args.js';
import '../src/node/fast-blob.js';
import { createPool } from '../src/node/pool/index.js';
import { listJsonl, readJsonl, relPath } from './lib/corpus.js';
import { describeMachine, machine, percentile, round } from './lib/bench-util.js';

// `npm run bench:peers [-- --json]`: SpamAssassin, Rspamd and Impostor on the same emails in one
// run. The peers come from ../shared/bench/peers (setup.sh installs them with apt and starts the
// daemons on 127.0.0.1; run-*.sh score a JSONL and print msg/s). Every engine uses all cores by
// default: Impostor its worker pool (src/node/pool, --jobs, one thread per core), the peers as many
// daemon workers (PEER_CHILDREN) and twice as many requests in flight (CONCURRENCY). --jobs 1 is
// the one-core figure of earlier runs. Detection is printed too, on the corpus labels, as a sanity
// check that every engine really read the messages (eval.ts is the place for detection quality).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PEERS = resolve(ROOT, '../shared/bench/peers');

const USAGE = `
usage: npm run bench:peers [-- options]
  --json               machine-readable results
  --corpus DIR         corpus folder (default ../shared/corpus)
  --per-file N         emails taken from each corpus email file (default 250)
  --jobs N             Impostor's analysis threads (default: one per core; 1: in this thread)
  --peer-workers N     the peers' daemon workers (default: one per core), 2N requests in flight
  --skip ENGINE        leave out rspamd or spamassassin (repeatable)
`;

const { values: opts } = scriptArgs({
  options: {
    json: { type: 'boolean', default: false },
    corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus') },
    // Per corpus email file; SpamAssassin scores ~25 mails/s, so the default run takes about a minute.
    'per-file': { type: 'string', default: '250' },
    'no-setup': { type: 'boolean', default: false },
    skip: { type: 'string', multiple: true, default: [] },
    jobs: { type: 'string', default: String(availableParallelism()) },
    'peer-workers': { type: 'string', default: String(availableParallelism()) },
  },
}, USAGE);

const log = (s: string) => process.stderr.write(`${s}\n`);

interface Item {
  id: string;
  text: string;
  label: 'spam' | 'ham';
}

/** An even sample of every email file (scam and genuine), at most `perFile` from each. */
async function sample(dir: string, perFile: number): Promise<Item[]> {
  const out: Item[] = [];
  for (const path of await listJsonl(dir)) {
    const file = relPath(dir, path);
    if (!file.startsWith('email/')) continue;
    const recs: Item[] = [];
    for await (const r of readJsonl(path)) {
      if (r.ok && r.record.channel === 'email' && !r.record.format) recs.push({ id: r.record.id, text: r.record.text, label: r.record.label === 'scam' ? 'spam' : 'ham' });
    }
    const n = Math.min(perFile, recs.length);
    for (let k = 0; k < n; k++) out.push(recs[Math.floor((k * recs.length) / n)]!);
  }
  return out;
}

const jobs = Math.max(1, Number(opts.jobs) | 0);
const peerWorkers = Math.max(1, Number(opts['peer-workers']) | 0);

interface EngineResult {
  engine: string;
  msgsPerSec: number;
  p50Ms: number | null;
  workers: string;
  /** Threads or daemon workers the engine used. */
  threads: number;
  flagged: number;
  tp: number;
  fp: number;
  errors: number;
}

function confusion(labels: Map<string, string>, flaggedIds: Iterable<[string, boolean]>): { tp: number; fp: number; flagged: number } {
  let tp = 0;
  let fp = 0;
  let flagged = 0;
  for (const [id, isSpam] of flaggedIds) {
    if (!isSpam) continue;
    flagged++;
    if (labels.get(id) === 'spam') tp++;
    else fp++;
  }
  return { tp, fp, flagged };
}

function runPeer(engine: 'spamassassin' | 'rspamd', input: string, work: string, labels: Map<string, string>): EngineResult {
  const out = join(work, `${engine}.jsonl`);
  const script = join(PEERS, engine === 'spamassassin' ? 'run-spamassassin.sh' : 'run-rspamd.sh');
  log(`${engine} …`);
  const r = spawnSync(script, [input, out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CONCURRENCY: String(2 * peerWorkers) } });
  log(r.stdout.trim());
  if (r.status !== 0 && !r.stdout.includes('msg/s')) throw new Error(`${engine} runner failed (exit ${r.status}); is the daemon up? (${PEERS}/setup.sh)`);
  const summary = JSON.parse(readFileSync(join(work, `${engine}.summary.json`), 'utf8')) as { msgs_per_s: number; errors: number; concurrency: number; latency_ms: { p50: number } };
  const verdicts = readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; is_spam: boolean | null });
  const c = confusion(labels, verdicts.map((v) => [v.id, v.is_spam === true] as [string, boolean]));
  return { engine, msgsPerSec: summary.msgs_per_s, p50Ms: summary.latency_ms.p50, workers: `${peerWorkers} daemon workers, ${summary.concurrency} in flight`, threads: peerWorkers, errors: summary.errors, ...c };
}

async function runImpostor(items: readonly Item[], labels: Map<string, string>): Promise<EngineResult> {
  log(`impostor (${jobs} thread${jobs === 1 ? '' : 's'}) …`);
  const pool = createPool(jobs);
  try {
    // Warm-up, as for a running daemon: every worker's JIT and caches.
    await Promise.all(items.map((it) => pool.run({ input: it.text, channel: 'email' }).catch(() => null)));
    const lat: number[] = [];
    const verdicts: [string, boolean][] = [];
    let errors = 0;
    // Twice the threads in flight, as the peers' clients keep twice their workers busy.
    const window = 2 * pool.size;
    const inFlight = new Set<Promise<void>>();
    const t0 = performance.now();
    for (const it of items) {
      const s = performance.now();
      const p: Promise<void> = pool
        .run({ input: it.text, channel: 'email' })
        .then(
          (rep) => void verdicts.push([it.id, rep.verdict !== 'no_red_flags']),
          () => void errors++,
        )
        .finally(() => {
          lat.push(performance.now() - s);
          inFlight.delete(p);
        });
      inFlight.add(p);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const wall = (performance.now() - t0) / 1000;
    const workers = pool.size === 1 ? '1 thread, in-process' : `${pool.size} worker threads, ${window} in flight`;
    return { engine: 'impostor', msgsPerSec: round(items.length / wall, 1), p50Ms: round(percentile(lat, 50), 2), workers, threads: pool.size, errors, ...confusion(labels, verdicts) };
  } finally {
    await pool.close();
  }
}

async function main(): Promise<void> {
  const m = machine();
  if (!opts['no-setup']) {
    log(`starting the peers (${relPath(ROOT, PEERS)}/setup.sh) …`);
    execFileSync(join(PEERS, 'setup.sh'), { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PEER_CHILDREN: String(peerWorkers) } });
  }
  const items = await sample(opts.corpus, Number(opts['per-file']));
  const labels = new Map(items.map((i) => [i.id, i.label]));
  const work = mkdtempSync(join(tmpdir(), 'impostor-peers-'));
  const input = join(work, 'emails.jsonl');
  writeFileSync(input, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
  const spam = items.filter((i) => i.label === 'spam').length;
  log(`${items.length} emails (${spam} scam, ${items.length - spam} genuine) → ${input}`);
  const results: EngineResult[] = [];
  results.push(await runImpostor(items, labels));
  for (const engine of ['rspamd', 'spamassassin'] as const) if (!opts.skip.includes(engine)) results.push(runPeer(engine, input, work, labels));
  const me = results[0]!;
  const ratios = Object.fromEntries(results.slice(1).map((r) => [r.engine, round(me.msgsPerSec / r.msgsPerSec, 2)]));
  if (opts.json) {
    const perThread = Object.fromEntries(results.slice(1).map((r) => [r.engine, round(me.msgsPerSec / me.threads / (r.msgsPerSec / r.threads), 2)]));
    process.stdout.write(`${JSON.stringify({ emails: items.length, scam: spam, jobs: me.threads, peerWorkers, results, impostorSpeedup: ratios, impostorSpeedupPerThread: perThread, machine: m }, null, 2)}\n`);
    return;
  }
  const lines = [
    `# Impostor vs SpamAssassin vs Rspamd — ${describeMachine(m)} · V8 ${V8_FLAGS.join(' ')} (as bin/impostor.js)`,
    `${items.length} emails from the corpus (${spam} scam, ${items.length - spam} genuine), same JSONL for every engine`,
    '',
    '| engine | msg/s | p50 ms | workers | flagged | of them scam | errors |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.engine} | ${r.msgsPerSec} | ${r.p50Ms ?? '?'} | ${r.workers} | ${r.flagged} | ${r.tp} | ${r.errors} |`),
    '',
    ...results.slice(1).map((r) => `Impostor throughput = ${ratios[r.engine]}× ${r.engine} (Impostor ${me.threads} thread${me.threads === 1 ? '' : 's'}, ${r.engine} ${r.threads} workers: ${round(me.msgsPerSec / me.threads / (r.msgsPerSec / r.threads), 2)}× per thread)`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
