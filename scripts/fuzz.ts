import '../src/node/model-files.js';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { scriptArgs } from './lib/args.js';
import { createProgress } from '../src/cli/progress.js';
import { clearContentCaches } from '../src/core/index.js';
import { ALL_INPUTS, checkInput, GENERATORS, preview, type FuzzInput } from './lib/fuzz.js';

// `npm run fuzz -- --runs N [--seed S] [--only KIND]`: the fuzz suite's generators (scripts/lib/fuzz.ts)
// for N inputs, with a progress bar on a terminal. Every input that breaks the property (an
// undocumented exception or a malformed report) is a crash: counted, the first few printed with
// their seed and index so they replay, and all written to --out. Reports the slowest input. Exit
// code 1 when there was a crash.

const USAGE = `
usage: npm run fuzz -- [options]
  --runs N      inputs to try (default 100000)
  --seed S      first seed (default 1); batch b uses seed S + b
  --only KIND   one generator: ${Object.keys(GENERATORS).join(', ')}
  --out FILE    write crashes and the slowest input as JSON
  --json        print the summary as JSON
`;

const { values: opts } = scriptArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
}, USAGE);

const runs = Number(opts.runs);
const seed0 = Number(opts.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed0)) {
  process.stderr.write(`error: --runs and --seed take whole numbers\n${USAGE}`);
  process.exit(2);
}
const arb: fc.Arbitrary<FuzzInput> | undefined = opts.only ? GENERATORS[opts.only] : ALL_INPUTS;
if (!arb) {
  process.stderr.write(`error: unknown --only ${opts.only}; one of ${Object.keys(GENERATORS).join(', ')}\n`);
  process.exit(2);
}

// Warm-up, untimed: the first analysis builds the lexicons and models (≈ 1 s), which is no input's cost.
for (const f of fc.sample(ALL_INPUTS, { seed: 0, numRuns: 50 })) await checkInput(f);

const BATCH = 500;
const progress = createProgress(process.stderr.isTTY ? (s) => process.stderr.write(s) : null);
progress.setTotal(runs);
const crashes: { seed: number; index: number; kind: string; problem: string; input: string }[] = [];
const byKind = new Map<string, { runs: number; worstMs: number }>();
let slowest = { ms: 0, seed: 0, index: 0, kind: '', bytes: 0, input: '' };
let done = 0;
const started = Date.now();
let lastLine = 0;
for (let batch = 0; done < runs; batch++) {
  const seed = seed0 + batch;
  const inputs = fc.sample(arb, { seed, numRuns: Math.min(BATCH, runs - done) });
  // Memos carry over between messages in a server; empty them now and then as a fresh one would be.
  if (batch % 20 === 0) clearContentCaches();
  for (let index = 0; index < inputs.length; index++) {
    const f = inputs[index]!;
    const t0 = performance.now();
    const problem = await checkInput(f);
    const ms = performance.now() - t0;
    const k = byKind.get(f.kind) ?? { runs: 0, worstMs: 0 };
    k.runs++;
    k.worstMs = Math.max(k.worstMs, ms);
    byKind.set(f.kind, k);
    if (ms > slowest.ms) {
      const bytes = typeof f.input === 'string' ? Buffer.byteLength(f.input) : f.input.byteLength;
      slowest = { ms, seed, index, kind: f.kind, bytes, input: preview(f, 300) };
    }
    if (problem) {
      crashes.push({ seed, index, kind: f.kind, problem, input: preview(f, 2000) });
      if (crashes.length <= 5) process.stderr.write(`\ncrash #${crashes.length} (seed ${seed}, index ${index}, ${f.kind}): ${problem}\n  input ${preview(f)}\n`);
    }
    done++;
    progress.tick();
  }
  // Without a terminal: a line every 10,000 inputs.
  if (!process.stderr.isTTY && done - lastLine >= 10_000) {
    lastLine = done;
    process.stderr.write(`${done}/${runs} inputs, ${crashes.length} crashes, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
}
progress.done();

const summary = {
  runs: done,
  seeds: `${seed0}…${seed0 + Math.ceil(done / BATCH) - 1}`,
  crashes: crashes.length,
  seconds: Math.round((Date.now() - started) / 100) / 10,
  slowest: { ...slowest, ms: Math.round(slowest.ms * 10) / 10 },
  byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, { runs: v.runs, worstMs: Math.round(v.worstMs * 10) / 10 }])),
};
if (opts.out) writeFileSync(opts.out, `${JSON.stringify({ ...summary, crashList: crashes }, null, 2)}\n`);
if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
else {
  process.stdout.write(`${done} inputs in ${summary.seconds} s, ${crashes.length} crash(es)\n`);
  process.stdout.write(`slowest: ${summary.slowest.ms} ms (${slowest.kind}, ${slowest.bytes} bytes, seed ${slowest.seed} index ${slowest.index}) ${slowest.input.slice(0, 200)}\n`);
  for (const [k, v] of Object.entries(summary.byKind)) process.stdout.write(`  ${k.padEnd(18)} ${String(v.runs).padStart(8)} inputs, worst ${v.worstMs} ms\n`);
}
process.exitCode = crashes.length ? 1 : 0;
