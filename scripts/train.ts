import { resolve } from 'node:path';
import { scriptArgs } from './lib/args.js';
import { TextModel } from '../src/core/model/predict.js';
import { textModelFile, type TextModelHeader } from '../src/core/model/assets.js';
import { readModelFiles } from '../src/node/model-files.js';
import { textCard, textHeader, today, writeModelAsset } from './lib/model-asset.js';
import { DEFAULT_FEATURES } from '../src/core/model/features.js';
import { POLICY } from '../src/core/scoring/policy.js';
import { fitModelWeight } from './lib/combine.js';
import { addCounts, emptyCounts, metricsOf, recallAtFpr, rounded, tally, type Counts } from './lib/metrics.js';
import { loadExamples, MIN_DF, trainPipeline, type Example } from './lib/pipeline.js';
import { foldOf, splitOf } from './lib/split.js';

// `npm run train [-- --corpus DIR --seed N --cv K --no-write]`
// Trains the hashed n-gram logistic regression on the "train" split of the corpus, fits Platt
// scaling on the "val" split, writes src/core/model/weights.ts and reports the model alone on the
// "test" split it never saw. --cv K also reports K-fold cross-validated figures (model alone).
const USAGE = `
usage: npm run train [-- --corpus DIR --seed N --cv K --no-write --out FILE --bits B --with-feedback]
  --with-feedback  add the corrected cases of the case store (DATABASE_URL or IMPOSTOR_DATA_DIR)
  --bits B   hash the features into 2^B slots (default ${DEFAULT_FEATURES.bits})
  --min-df N features in fewer than N training records get no weight (default ${MIN_DF})
`;

const DEFAULT_SEED = 20251125;

function header(): string {
  return `${'part'.padEnd(52)} ${'n'.padStart(6)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)} ${'TN'.padStart(5)}  prec    rec     F1      FPR`;
}

function row(name: string, c: Counts): string {
  const m = rounded(metricsOf(c));
  const f = (x: number | null): string => (x === null ? '   -  ' : x.toFixed(4));
  const n = c.tp + c.fp + c.fn + c.tn;
  return `${name.padEnd(52)} ${String(n).padStart(6)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)} ${String(c.tn).padStart(5)}  ${f(m.precision)} ${f(m.recall)} ${f(m.f1)} ${f(m.fpr)}`;
}

export function summarise(title: string, scored: { ex: Example; p: number }[], threshold = 0.5): string {
  const files = new Map<string, Counts>();
  const channels = new Map<string, Counts>();
  for (const { ex, p } of scored) {
    const flagged = p >= threshold;
    for (const [map, key] of [[files, ex.file], [channels, ex.channel]] as const) {
      const c = map.get(key) ?? emptyCounts();
      tally(c, ex.scam, flagged);
      map.set(key, c);
    }
  }
  const lines = [`${title} (flagged = p ≥ ${threshold})`, header()];
  for (const [k, c] of [...files].sort()) lines.push(row(k, c));
  const all = emptyCounts();
  for (const [k, c] of [...channels].sort()) {
    lines.push(row(`channel ${k}`, c));
    addCounts(all, c);
  }
  lines.push(row('all', all));
  for (const [ch, budget] of [['email', 0.005], ['sms', 0.01], ['call', 0.05]] as const) {
    const s = scored.filter((x) => x.ex.channel === ch).map((x) => ({ score: x.p, scam: x.ex.scam }));
    if (!s.length) continue;
    const r = recallAtFpr(s, budget);
    lines.push(`  ${ch}: best recall at FPR ≤ ${budget}: ${r.recall.toFixed(4)} (p ≥ ${r.threshold.toFixed(4)}, FPR ${r.fpr.toFixed(4)})`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = scriptArgs({
    options: {
      corpus: { type: 'string', default: '../shared/corpus' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string', default: 'models/text-model' },
      'no-write': { type: 'boolean', default: false },
      'card-only': { type: 'boolean', default: false },
      cv: { type: 'string' },
      bits: { type: 'string' },
      'min-df': { type: 'string' },
      'with-feedback': { type: 'boolean', default: false },
    },
  }, USAGE);
  const dir = resolve(values.corpus!);
  const seed = Number(values.seed);
  const bits = values.bits === undefined ? DEFAULT_FEATURES.bits : Number(values.bits);
  if (!Number.isInteger(bits) || bits < 10 || bits > 24) throw new Error(`--bits must be an integer from 10 to 24, got ${values.bits}`);
  const features = { bits };
  const minDf = values['min-df'] === undefined ? MIN_DF : Number(values['min-df']);
  if (!Number.isInteger(minDf) || minDf < 0 || minDf > 100) throw new Error(`--min-df must be an integer from 0 to 100, got ${values['min-df']}`);
  const t0 = Date.now();
  let bad = 0;
  const examples = await loadExamples(dir, (f, line, e) => {
    if (bad++ < 20) process.stderr.write(`skipped ${f}:${line}: ${e}\n`);
  });
  process.stdout.write(`loaded ${examples.length} message records from ${dir} in ${Date.now() - t0} ms (${bad} bad lines)\n`);
  if (values['with-feedback']) {
    const { feedbackExamples, loadFeedbackSet } = await import('./lib/feedback.js');
    const fb = await feedbackExamples(await loadFeedbackSet());
    examples.push(...fb);
    const scams = fb.filter((e) => e.scam).length;
    process.stdout.write(`added ${fb.length} feedback messages (${scams} scam, ${fb.length - scams} not) from the case store; they are split by id like the corpus\n`);
  }

  const pool = examples.filter((e) => splitOf(e.id) !== 'test');
  const test = examples.filter((e) => splitOf(e.id) === 'test');
  const testTitle = `model alone, test split (${test.length} records never seen)`;
  if (values['card-only']) {
    const raw = readModelFiles('text-model', resolve(values.out!));
    const header = raw.header as TextModelHeader;
    const committed = TextModel.fromFile(textModelFile(raw));
    const measured = summarise(`${testTitle}, measured ${today()} with the committed weights`, test.map((ex) => ({ ex, p: committed.probability(ex.input) })));
    process.stdout.write(measured + '\n');
    await writeModelAsset(resolve(values.out!), header, raw.weights, textCard(header, measured));
    process.stdout.write(`rewrote ${values.out}/MODEL_CARD.md\n`);
    return;
  }
  const t1 = Date.now();
  const result = trainPipeline(pool, { seed, features, minDf });
  process.stdout.write(`trained on ${result.counts.train}, calibrated on ${result.counts.val} in ${Date.now() - t1} ms (seed ${seed})\n`);
  process.stdout.write(`platt: ${JSON.stringify(result.file.platt)}\n\n`);
  const scoredTest = test.map((ex) => ({ ex, p: result.model.probability(ex.input) }));
  const measured = summarise(testTitle, scoredTest);
  process.stdout.write(measured + '\n\n');

  // How much the model counts beside the rules, fitted on the validation split.
  const val = pool.filter((e) => splitOf(e.id) === 'val');
  const fit = await fitModelWeight(val, result.model);
  process.stdout.write(`rules + model on the validation split (${val.length} records), by learned-model policy weight:\n`);
  for (const r of fit.rows) {
    const cells = Object.entries(r.perChannel)
      .sort()
      .map(([ch, m]) => `${ch} R ${m.recall?.toFixed(3) ?? '-'} FPR ${m.fpr?.toFixed(4) ?? '-'}`)
      .join(' · ');
    process.stdout.write(`  w=${r.weight.toFixed(2)} ${r.feasible ? 'ok ' : '   '} ${cells}\n`);
  }
  if (fit.best) {
    const note = fit.excess > 0 ? ' — no weight meets every FPR budget: the rules alone exceed it (see the per-rule report of npm run eval)' : '';
    process.stdout.write(`fitted learned-model weight: ${fit.best.weight} (policy.ts has ${POLICY.weights['learned-model'] ?? 'none'})${note}\n\n`);
  }

  if (!values['no-write']) {
    const header = textHeader(result.file, today());
    const fitted = fit.best ? `\nfitted learned-model weight on the validation split: ${fit.best.weight} (policy.ts has ${POLICY.weights['learned-model'] ?? 'none'})` : '';
    await writeModelAsset(resolve(values.out!), header, result.file.weights, textCard(header, measured + fitted));
    process.stdout.write(`wrote ${values.out}/ (weights ${(result.file.weights.length / 1024).toFixed(0)} KiB)\n`);
  }

  if (values.cv) {
    const k = Math.max(2, Number(values.cv) | 0);
    const oof: { ex: Example; p: number }[] = [];
    for (let fold = 0; fold < k; fold++) {
      const r = trainPipeline(examples.filter((e) => foldOf(e.id, k) !== fold), { seed, features, minDf });
      for (const ex of examples) if (foldOf(ex.id, k) === fold) oof.push({ ex, p: r.model.probability(ex.input) });
      process.stdout.write(`fold ${fold + 1}/${k} done\n`);
    }
    process.stdout.write('\n' + summarise(`model alone, ${k}-fold cross-validated (every record scored by a model that never saw it)`, oof) + '\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.exitCode = 1;
});
