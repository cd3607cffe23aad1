import '../src/node/model-files.js';
import { V8_FLAGS } from '../src/node/v8-flags.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/args.js';
import '../src/node/fast-blob.js';
import { analyze } from '../src/core/index.js';
import { listJsonl, readJsonl, relPath } from './lib/corpus.js';
import { describeMachine, machine, percentile, round } from './lib/bench-util.js';

// `npm run bench:peers [-- --json]`: SpamAssassin, Rspamd and Impostor on the same emails in one
// run. The peers come from ../shared/bench/peers (setup.sh installs them with apt and starts the
// daemons on 127.0.0.1; run-*.sh score a JSONL and print msg/s). Impostor runs in this process on
// one core; the peers run with their default 2 workers and 2 requests in flight, so the ratio is
// conservative for Impostor. Detection is printed too, on the corpus labels, as a sanity check
// that every engine really read the messages (eval.ts is the place for detection quality).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PEERS = resolve(ROOT, '../shared/bench/peers');

const USAGE = `
usage: npm run bench:peers [-- options]
  --json               machine-readable results
  --corpus DIR         corpus folder (default ../shared/corpus)
  --per-file N         emails taken from each corpus email file (default 250)
`;

const { values: opts } = scriptArgs({
  options: {
    json: { type: 'boolean', default: false },
    corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus') },
    // Per corpus email file; SpamAssassin scores ~25 mails/s, so the default run takes about a minute.
    'per-file': { type: 'string', default: '250' },
    'no-setup': { type: 'boolean', default: false },
    skip: { type: 'string', multiple: true, default: [] },
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

interface EngineResult {
  engine: string;
  msgsPerSec: number;
  p50Ms: number | null;
  workers: string;
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
  const r = spawnSync(script, [input, out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  log(r.stdout.trim());
  if (r.status !== 0 && !r.stdout.includes('msg/s')) throw new Error(`${engine} runner failed (exit ${r.status}); is the daemon up? (${PEERS}/setup.sh)`);
  const summary = JSON.parse(readFileSync(join(work, `${engine}.summary.json`), 'utf8')) as { msgs_per_s: number; errors: number; concurrency: number; latency_ms: { p50: number } };
  const verdicts = readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; is_spam: boolean | null });
  const c = confusion(labels, verdicts.map((v) => [v.id, v.is_spam === true] as [string, boolean]));
  return { engine, msgsPerSec: summary.msgs_per_s, p50Ms: summary.latency_ms.p50, workers: `2 daemon workers, ${summary.concurrency} in flight`, errors: summary.errors, ...c };
}

async function runImpostor(items: readonly Item[], labels: Map<string, string>): Promise<EngineResult> {
  log('impostor …');
  for (const it of items) await analyze({ input: it.text, channel: 'email' }); // warm-up, as for a running daemon
  const lat: number[] = [];
  const verdicts: [string, boolean][] = [];
  let errors = 0;
  const t0 = performance.now();
  for (const it of items) {
    const s = performance.now();
    try {
      const rep = await analyze({ input: it.text, channel: 'email' });
      verdicts.push([it.id, rep.verdict !== 'no_red_flags']);
    } catch {
      errors++;
    }
    lat.push(performance.now() - s);
  }
  const wall = (performance.now() - t0) / 1000;
  return { engine: 'impostor', msgsPerSec: round(items.length / wall, 1), p50Ms: round(percentile(lat, 50), 2), workers: '1 process, 1 core, in-process', errors, ...confusion(labels, verdicts) };
}

async function main(): Promise<void> {
  const m = machine();
  if (!opts['no-setup']) {
    log(`starting the peers (${relPath(ROOT, PEERS)}/setup.sh) …`);
    execFileSync(join(PEERS, 'setup.sh'), { stdio: ['ignore', 'ignore', 'inherit'] });
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
    process.stdout.write(`${JSON.stringify({ emails: items.length, scam: spam, results, impostorSpeedup: ratios, machine: m }, null, 2)}\n`);
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
    ...Object.entries(ratios).map(([k, v]) => `Impostor throughput = ${v}× ${k} (${round(v * 2, 2)}× per core: the peer used 2 workers, Impostor 1)`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
