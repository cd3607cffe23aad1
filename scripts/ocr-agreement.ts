import '../src/node/model-files.js';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type Report } from '../src/core/index.js';
import { createProgress } from '../src/cli/progress.js';
import { messageInput } from '../src/node/inputs/index.js';
import { chromiumMissing, startRenderer, type ShotMessage } from '../src/node/ocr/render-message.js';
import { closeOcr } from '../src/node/ocr/tesseract.js';
import { scriptArgs } from './lib/args.js';
import { listJsonl, readJsonl, relPath, type CorpusRecord } from './lib/corpus.js';

// `npm run build && node dist/scripts/ocr-agreement.js [--n 200]`: how often a screenshot of a text
// gets the verdict and brand that the same text typed in gets. Corpus texts are drawn as phone
// screenshots in Debian's Chromium (iOS- and Android-like, a third dark), read back with OCR, and
// both are analysed the way a person's input is (channel detected, sender as shown). Prints the
// agreement rates and OCR time per image; --out writes every disagreement as JSON.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = `
Usage: node dist/scripts/ocr-agreement.js [--n 200] [--corpus DIR] [--max-chars 480] [--out FILE] [--json]

  --n N           texts to draw (default 200), spread evenly over the corpus's sms/*.jsonl files
  --corpus DIR    corpus folder (default ../shared/corpus)
  --max-chars N   skip texts longer than N characters (default 480: one phone screen)
  --out FILE      write the disagreements (typed vs screenshot text, verdicts, brands) as JSON
  --json          print the summary as JSON
  --seed S        draw another sample (a different order of each file; default: none)
`;

const { values: opts } = scriptArgs(
  {
    options: {
      n: { type: 'string', default: '200' },
      corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus') },
      'max-chars': { type: 'string', default: '480' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      seed: { type: 'string', default: '' },
    },
  },
  USAGE,
);

/** FNV-1a of the id: a fixed, even spread over each file, the same on every run. */
function hash(s0: string): number {
  const s = `${opts.seed ?? ''}${s0}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

async function sample(dir: string, n: number, maxChars: number): Promise<(CorpusRecord & { file: string })[]> {
  const files = (await listJsonl(resolve(dir, 'sms'))).filter((f) => f.endsWith('.jsonl'));
  if (!files.length) throw new Error(`no sms/*.jsonl under ${dir}`);
  // Round robin over the files, so a small file (13 texts) leaves its share to the others.
  const pools: (CorpusRecord & { file: string })[][] = [];
  for (const f of files) {
    const recs: CorpusRecord[] = [];
    for await (const r of readJsonl(f)) if (r.ok && r.record.text.trim() && r.record.text.length <= maxChars) recs.push(r.record);
    recs.sort((a, b) => hash(a.id) - hash(b.id));
    pools.push(recs.map((r) => ({ ...r, file: relPath(dir, f) })));
  }
  const out: (CorpusRecord & { file: string })[] = [];
  for (let i = 0; out.length < n && pools.some((p) => p.length > i); i++) {
    for (const p of pools) if (p[i] && out.length < n) out.push(p[i]!);
  }
  return out;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

async function main(): Promise<void> {
  if (chromiumMissing) {
    process.stderr.write(`${chromiumMissing}\n`);
    process.exit(2);
  }
  const n = Number(opts.n);
  const records = await sample(opts.corpus!, n, Number(opts['max-chars']));
  const renderer = await startRenderer();
  const progress = createProgress(process.stderr.isTTY ? (s) => process.stderr.write(s) : null);
  progress.setTotal(records.length);
  let verdictSame = 0;
  let brandSame = 0;
  let bothSame = 0;
  let flaggedSame = 0;
  let errors = 0;
  let secondPass = 0;
  const ocrMs: number[] = [];
  const confidence: number[] = [];
  const disagreements: unknown[] = [];
  const confusion = new Map<string, number>();
  try {
    for (const [i, rec] of records.entries()) {
      // iOS- and Android-like by turns, every third in dark mode.
      const shot: ShotMessage = { sender: rec.sender ?? '+1 (555) 010-0199', text: rec.text, style: i % 2 ? 'android' : 'ios', dark: i % 3 === 2 };
      const typed = await analyze({ input: rec.text, from: shot.sender });
      let viaShot: Report;
      try {
        viaShot = await analyze(await messageInput(await renderer.shot(shot), { name: 'shot.png' }));
      } catch (err) {
        errors++;
        disagreements.push({ id: rec.id, file: rec.file, error: (err as Error).message, typed: { verdict: typed.verdict, brand: typed.brand } });
        progress.tick();
        continue;
      }
      ocrMs.push(viaShot.message.ocr?.ms ?? NaN);
      if (viaShot.message.ocr?.languages.includes('jpn')) secondPass++;
      confidence.push(viaShot.message.ocr?.confidence ?? NaN);
      const v = typed.verdict === viaShot.verdict;
      const b = typed.brand === viaShot.brand;
      verdictSame += +v;
      brandSame += +b;
      bothSame += +(v && b);
      flaggedSame += +((typed.verdict === 'no_red_flags') === (viaShot.verdict === 'no_red_flags'));
      const key = `${typed.verdict} → ${viaShot.verdict}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      if (!v || !b) {
        disagreements.push({
          id: rec.id,
          file: rec.file,
          typed: { verdict: typed.verdict, brand: typed.brand, score: typed.score, text: rec.text },
          screenshot: { verdict: viaShot.verdict, brand: viaShot.brand, score: viaShot.score, text: viaShot.message.text, sender: viaShot.message.sender, confidence: viaShot.message.ocr?.confidence },
        });
      }
      progress.tick();
    }
  } finally {
    progress.done();
    await renderer.close();
    await closeOcr();
  }
  const done = records.length - errors;
  const summary = {
    texts: records.length,
    files: [...new Set(records.map((r) => r.file))],
    ocrErrors: errors,
    agreement: { verdict: verdictSame / done, brand: brandSame / done, verdictAndBrand: bothSame / done, flaggedOrNot: flaggedSame / done },
    confusion: Object.fromEntries([...confusion].sort((a, b) => b[1] - a[1])),
    // The first image includes starting the OCR worker and loading the language data.
    ocrMsFirstImage: ocrMs[0] ?? NaN,
    ocrMsPerImage: { median: quantile(ocrMs.slice(1), 0.5), mean: ocrMs.slice(1).reduce((a, x) => a + x, 0) / Math.max(1, ocrMs.length - 1), p90: quantile(ocrMs.slice(1), 0.9), max: quantile(ocrMs.slice(1), 1) },
    // Images whose text was taken from the second (English + Japanese) pass.
    secondPass: secondPass,
    meanConfidence: confidence.reduce((a, x) => a + x, 0) / confidence.length,
  };
  if (opts.out) writeFileSync(opts.out, `${JSON.stringify({ summary, disagreements }, null, 2)}\n`);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const lines = [
    `Screenshot vs typed text, ${records.length} corpus texts (${summary.files.join(', ')}):`,
    `  same verdict            ${pct(verdictSame, done)} (${verdictSame}/${done})`,
    `  same brand              ${pct(brandSame, done)} (${brandSame}/${done})`,
    `  same verdict and brand  ${pct(bothSame, done)} (${bothSame}/${done})`,
    `  flagged or not alike    ${pct(flaggedSame, done)} (${flaggedSame}/${done})`,
    `  OCR failed              ${errors}`,
    `  OCR time per image      median ${summary.ocrMsPerImage.median.toFixed(0)} ms, mean ${summary.ocrMsPerImage.mean.toFixed(0)} ms, p90 ${summary.ocrMsPerImage.p90.toFixed(0)} ms, max ${summary.ocrMsPerImage.max.toFixed(0)} ms (first image, with the worker start: ${summary.ocrMsFirstImage.toFixed(0)} ms)`,
    `  read as Japanese       ${secondPass}`,
    `  mean OCR confidence     ${summary.meanConfidence.toFixed(1)}`,
    '  typed → screenshot verdicts:',
    ...[...confusion].sort((a, b) => b[1] - a[1]).map(([k, c]) => `    ${k.padEnd(32)} ${c}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
