import '../src/node/model-files.js';
import '../src/node/v8-flags.js';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scriptArgs } from './lib/args.js';
import { loadByChannel, median, type BenchRequest } from './lib/bench-util.js';

// `node dist/scripts/bench-ab.js --a DIR --b DIR [--channel sms] [--rounds 6]`: a controlled
// before/after. DIR is a built tree (the `dist` folder of a checkout: `git worktree add /tmp/a HEAD~1
// && (cd /tmp/a && npm ci && npm run build)`, or a copy of dist taken before the change). Each round
// runs A and B in their own fresh processes, alternating which goes first, and each process reports
// the CPU time per message of a few warm passes over the corpus records of one channel. Two builds
// loaded into one process share V8's regexp cache and library code, so they are never timed together.
// Prints the median per build and the change. Nothing is asserted: it is a measuring tool.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = `
usage: node dist/scripts/bench-ab.js --a DIR --b DIR [options]
  --a DIR, --b DIR     the two built trees (folders holding src/core/index.js, e.g. a copy of dist)
  --channel C          email, sms or call (default sms)
  --rounds N           alternating rounds (default 6)
  --seconds N          measured seconds per process (default 3)
  --corpus DIR         corpus folder (default ../shared/corpus)
`;

const { values: opts } = scriptArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    channel: { type: 'string', default: 'sms' },
    rounds: { type: 'string', default: '6' },
    seconds: { type: 'string', default: '3' },
    corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus') },
    // Internal: one measuring child (the build folder to load).
    child: { type: 'string' },
  },
}, USAGE);

const channel = opts.channel as 'email' | 'sms' | 'call';
if (!['email', 'sms', 'call'].includes(channel)) throw new Error(`--channel must be email, sms or call, got ${opts.channel}`);

interface CoreModule {
  analyze(req: { input: string; channel: string }): Promise<unknown>;
}

/** Child: CPU µs per message over warm passes of one channel, printed as one JSON line. */
async function child(dir: string): Promise<void> {
  const base = pathToFileURL(resolve(dir) + '/').href;
  // The Node entry points install the single-part Blob before parsing emails; do the same.
  await import(new URL('src/node/fast-blob.js', base).href).catch(() => undefined);
  // Each build has its own module instances: register its model files with its own core, not only
  // with the core of the build this script came from.
  await import(new URL('src/node/model-files.js', base).href).catch(() => undefined);
  const core = (await import(new URL('src/core/index.js', base).href)) as CoreModule;
  const reqs: BenchRequest[] = (await loadByChannel(opts.corpus!))[channel];
  for (const r of reqs) await core.analyze({ input: r.input, channel: r.channel });
  const seconds = Number(opts.seconds);
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  do {
    for (const r of reqs) await core.analyze({ input: r.input, channel: r.channel });
    n += reqs.length;
  } while (performance.now() - t0 < seconds * 1000);
  const c = process.cpuUsage(c0);
  process.stdout.write(`${JSON.stringify({ cpuUsPerMsg: (c.user + c.system) / n, messages: n })}\n`);
}

function measure(dir: string): number {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), '--child', dir, '--channel', channel, '--seconds', opts.seconds!, '--corpus', opts.corpus!];
  const outText = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return (JSON.parse(outText.trim().split('\n').pop()!) as { cpuUsPerMsg: number }).cpuUsPerMsg;
}

async function main(): Promise<void> {
  if (opts.child) return child(opts.child);
  const dirA = opts.a ?? '';
  const dirB = opts.b ?? '';
  for (const dir of [dirA, dirB]) {
    if (!dir || !existsSync(resolve(dir, 'src/core/index.js'))) {
      process.stderr.write(`error: --a and --b must each name a built tree holding src/core/index.js${dir ? ` (not found in ${dir})` : ''}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
  }
  const rounds = Math.max(1, Number(opts.rounds) | 0);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    for (const which of order) (which === 'a' ? a : b).push(measure(which === 'a' ? dirA : dirB));
    process.stderr.write(`round ${r + 1}/${rounds}: A ${a[a.length - 1]!.toFixed(1)} µs · B ${b[b.length - 1]!.toFixed(1)} µs per message\n`);
  }
  const ma = median(a);
  const mb = median(b);
  // Rounds are pairs run back to back: on a machine whose speed drifts, the count of pairs in which
  // B was faster says more than the medians alone.
  const faster = a.filter((x, i) => b[i]! < x).length;
  process.stdout.write(
    `${channel}: A ${ma.toFixed(1)} µs · B ${mb.toFixed(1)} µs CPU per message (median of ${rounds}); B − A = ${(((mb - ma) / ma) * 100).toFixed(1)}%; B faster in ${faster} of ${rounds} rounds\n` +
      `  A rounds: ${a.map((x) => x.toFixed(1)).join(' ')}\n  B rounds: ${b.map((x) => x.toFixed(1)).join(' ')}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error)?.message ?? String(err)}\n`);
  process.exitCode = 1;
});
