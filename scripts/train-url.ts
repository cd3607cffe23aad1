import { join, resolve } from 'node:path';
import { scriptArgs } from './lib/args.js';
import { BRANDS } from '../src/core/brands/index.js';
import { DEFAULT_TRAIN, fitPlatt, quantize, sigmoid, trainLogReg, type Platt, type SparseDataset } from '../src/core/model/logreg.js';
import { encodeWeights } from '../src/core/model/predict.js';
import { modelDomainOf, URL_FEATURE_VERSION, urlFeatures, UrlModel, type DomainName, type UrlModelFile } from '../src/core/model/url-model.js';
import { checkDomain, checkUrl } from '../src/core/url-check.js';
import { readJsonl } from './lib/corpus.js';
import { today, urlCard, urlHeader, writeModelAsset } from './lib/model-asset.js';
import { foldOf } from './lib/split.js';

// `npm run train:url [-- --corpus DIR --seed N --bits B --no-write]`
// Trains the learned URL model (src/core/model/url-model.ts) on the registrable domains of the URL
// files: JPCERT/CC and OpenPhish phishing URLs (scam) against Majestic top sites (legit). Only the
// registrable domain is featurised, because Majestic records are bare domains while the phishing
// records are whole URLs: any scheme, subdomain or path feature would learn the sources. Each
// registrable domain is one example (JPCERT lists many URLs per campaign domain), a domain that is
// also a Majestic top site counts as legit only (a hacked or shared site: the lure is in its path),
// and folds go by a hash of the registrable domain, so no domain is ever in training and test.
// Prints: a 5-fold split by domain, leave-one-source-out for the two phishing sources, both at the
// operating threshold (≤ 0.1% of Majestic flagged, together with the hand-written URL rules, on
// held-out folds) and writes the asset models/url-model/ (model.json, weights.bin, MODEL_CARD.md).
const USAGE = `
usage: npm run train:url [-- --corpus DIR --seed N --bits B --no-write --out DIR]
`;

const FILES = { jpcert: 'jpcert-phishurl.jsonl', openphish: 'openphish-2025-archive.jsonl', majestic: 'majestic-million-top15k.jsonl' } as const;
type Source = keyof typeof FILES;
const SCAM_SOURCES: readonly Source[] = ['jpcert', 'openphish'];
const DEFAULT_SEED = 20251209;
const FOLDS = 5;
/** Share of Majestic records that may be flagged (model and rules together, held-out). */
const FPR_BUDGET = 0.001;
const MIN_DF = 2;
const NB_ALPHA = 1;
const NB_POW = 0.5;

interface Rec {
  source: Source;
  scam: boolean;
  /** Flagged by the URL checks without the model. */
  rules: boolean;
  /** The registrable domain the model judges for this record, or null when it judges none. */
  domain: string | null;
}

interface Domain {
  registrable: string;
  name: DomainName;
  scam: boolean;
  sources: Set<Source>;
  fold: number;
  indices: Int32Array;
  values: Float32Array;
}

interface Trained {
  w: Float32Array;
  bias: number;
  q: Int16Array;
  scale: number;
}

function dataset(ds: readonly Domain[]): SparseDataset {
  let n = 0;
  for (const d of ds) n += d.indices.length;
  const offsets = new Int32Array(ds.length + 1);
  const indices = new Int32Array(n);
  const values = new Float32Array(n);
  let at = 0;
  ds.forEach((d, k) => {
    indices.set(d.indices, at);
    values.set(d.values, at);
    at += d.indices.length;
    offsets[k + 1] = at;
  });
  const scam = ds.filter((d) => d.scam).length;
  const legit = ds.length - scam;
  // Scam and legit weigh the same in total, whatever the counts.
  const weights = Float32Array.from(ds, (d) => ds.length / (2 * (d.scam ? scam : legit)));
  return { offsets, indices, values, labels: Uint8Array.from(ds, (d) => (d.scam ? 1 : 0)), weights };
}

/** NB-weighted (log-count ratios, √), min-df filtered, class-balanced logistic regression; int16 like the shipped asset. */
function train(ds: readonly Domain[], bits: number, seed: number): Trained {
  const dims = 1 << bits;
  const sorted = [...ds].sort((a, b) => (a.registrable < b.registrable ? -1 : 1));
  const data = dataset(sorted);
  const p = new Float64Array(dims).fill(NB_ALPHA);
  const q = new Float64Array(dims).fill(NB_ALPHA);
  const df = new Uint32Array(dims);
  for (let k = 0; k < sorted.length; k++) {
    const into = data.labels[k] ? p : q;
    for (let j = data.offsets[k]!; j < data.offsets[k + 1]!; j++) {
      into[data.indices[j]!]! += data.weights![k]!;
      df[data.indices[j]!]!++;
    }
  }
  let sp = 0, sq = 0;
  for (let i = 0; i < dims; i++) {
    sp += p[i]!;
    sq += q[i]!;
  }
  const r = new Float32Array(dims);
  for (let i = 0; i < dims; i++) {
    const x = Math.log(p[i]! / sp / (q[i]! / sq));
    r[i] = df[i]! < MIN_DF ? 0 : Math.sign(x) * Math.abs(x) ** NB_POW;
  }
  for (let j = 0; j < data.values.length; j++) data.values[j]! *= r[data.indices[j]!]!;
  const lin = trainLogReg(data, { dims, epochs: DEFAULT_TRAIN.epochs, eta: DEFAULT_TRAIN.eta, l2: DEFAULT_TRAIN.l2, seed });
  const w = lin.w.map((v, i) => v * r[i]!);
  const { q: qw, scale } = quantize(w);
  return { w: Float32Array.from(qw, (v) => v * scale), bias: lin.bias, q: qw, scale };
}

function margin(m: Trained, d: Domain): number {
  let z = m.bias;
  for (let k = 0; k < d.indices.length; k++) z += m.w[d.indices[k]!]! * d.values[k]!;
  return z;
}

/** Platt scaling of out-of-fold margins, moved to even odds (the data holds more phishing domains than top sites). */
function platt(z: number[], y: number[]): Platt {
  const pl = fitPlatt(z, y);
  const pos = y.filter(Boolean).length;
  return { a: pl.a, b: pl.b - Math.log(pos / (y.length - pos)) };
}

/** Train one model per fold of `pool` and score each pool domain with the model that did not see it; `extra` domains by the model of their fold. */
function crossValidate(pool: readonly Domain[], extra: readonly Domain[], bits: number, seed: number): Map<string, number> {
  const z = new Map<string, number>();
  for (let f = 0; f < FOLDS; f++) {
    const m = train(pool.filter((d) => d.fold !== f), bits, seed);
    for (const d of pool) if (d.fold === f) z.set(d.registrable, margin(m, d));
    for (const d of extra) if (d.fold === f) z.set(d.registrable, margin(m, d));
  }
  return z;
}

/** Lowest threshold at which the rules and the model together flag at most the budget of Majestic records. */
function pickThreshold(recs: readonly Rec[], p: ReadonlyMap<string, number>): number {
  const legit = recs.filter((r) => r.source === 'majestic');
  const allowed = Math.floor(legit.length * FPR_BUDGET) - legit.filter((r) => r.rules).length;
  const scores = legit.filter((r) => !r.rules && r.domain && p.has(r.domain)).map((r) => p.get(r.domain!)!).sort((a, b) => b - a);
  if (allowed < 0) return 1;
  if (allowed >= scores.length) return 0.5;
  // Just above the first score that would exceed the budget, rounded up to 4 decimals.
  return Math.max(0.5, Math.ceil((scores[allowed]! + 1e-9) * 10000) / 10000);
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(2).padStart(6) + '%' : '     -');

interface Tally {
  n: number;
  rules: number;
  model: number;
  both: number;
}

function tallyRecords(recs: readonly Rec[], p: ReadonlyMap<string, number>, t: number): Tally {
  const out = { n: 0, rules: 0, model: 0, both: 0 };
  for (const r of recs) {
    const m = r.domain !== null && (p.get(r.domain) ?? 0) >= t;
    out.n++;
    if (r.rules) out.rules++;
    if (m) out.model++;
    if (m || r.rules) out.both++;
  }
  return out;
}

function line(name: string, c: Tally): string {
  return `  ${name.padEnd(34)} ${String(c.n).padStart(6)}  rules ${String(c.rules).padStart(6)} ${pct(c.rules, c.n)}  model ${String(c.model).padStart(6)} ${pct(c.model, c.n)}  rules+model ${String(c.both).padStart(6)} ${pct(c.both, c.n)}`;
}

function domainLine(name: string, ds: readonly Domain[], p: ReadonlyMap<string, number>, t: number): string {
  const k = ds.filter((d) => (p.get(d.registrable) ?? 0) >= t).length;
  return `  ${name.padEnd(34)} ${String(ds.length).padStart(6)}  model flags ${String(k).padStart(6)} ${pct(k, ds.length)}`;
}

async function main(): Promise<void> {
  const { values } = scriptArgs({
    options: {
      corpus: { type: 'string', default: '../shared/corpus/url' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      bits: { type: 'string', default: '16' },
      out: { type: 'string', default: 'models/url-model' },
      'no-write': { type: 'boolean', default: false },
    },
  }, USAGE);
  const dir = resolve(values.corpus!);
  const seed = Number(values.seed);
  const bits = Number(values.bits);
  if (!Number.isInteger(bits) || bits < 10 || bits > 20) throw new Error(`--bits must be an integer from 10 to 20, got ${values.bits}`);
  const t0 = Date.now();

  // Which registrable domain the model would judge for each record: a stand-in model that always
  // reports shows it (the same conditions as the committed one: not a brand's own domain, a shared
  // platform, a shortener or an IP).
  const probe = new UrlModel(new Float32Array(1 << 10), 0, { a: 1, b: 0 }, 0);
  const recs: Rec[] = [];
  const domains = new Map<string, { scam: Set<Source>; legit: boolean }>();
  for (const source of Object.keys(FILES) as Source[]) {
    for await (const r of readJsonl(join(dir, FILES[source]))) {
      if (!r.ok) continue;
      const text = r.record.text.trim();
      const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
      const check = isUrl ? checkUrl : checkDomain;
      const rules = check(text, { urlModel: false }).verdict !== 'no_red_flags';
      const hit = check(text, { urlModel: probe }).findings.find((f) => f.ruleId === 'learned-url-model');
      const domain = hit ? String(hit.data.domain) : null;
      const scam = r.record.label === 'scam';
      recs.push({ source, scam, rules, domain });
      if (!domain) continue;
      const e = domains.get(domain) ?? { scam: new Set<Source>(), legit: false };
      if (scam) e.scam.add(source);
      else e.legit = true;
      domains.set(domain, e);
    }
  }
  const all: Domain[] = [];
  let conflicts = 0;
  for (const [registrable, e] of domains) {
    const name = modelDomainOf(registrable, BRANDS);
    if (!name) continue;
    if (e.legit && e.scam.size) conflicts++;
    const sources = new Set<Source>(e.legit ? ['majestic'] : e.scam);
    const { indices, values: v } = urlFeatures(name, bits, BRANDS);
    all.push({ registrable, name, scam: !e.legit, sources, fold: foldOf(registrable, FOLDS), indices, values: v });
  }
  all.sort((a, b) => (a.registrable < b.registrable ? -1 : 1));
  const count = (s: Source) => recs.filter((r) => r.source === s).length;
  const judged = (s: Source) => recs.filter((r) => r.source === s && r.domain).length;
  const domainsOf = (s: Source) => all.filter((d) => d.sources.has(s)).length;
  const out: string[] = [];
  const say = (s = '') => {
    out.push(s);
    process.stdout.write(s + '\n');
  };
  say(`URL model: ${bits} bits, seed ${seed}, ${FOLDS} folds by a hash of the registrable domain (${Date.now() - t0} ms to load and probe)`);
  for (const s of Object.keys(FILES) as Source[]) say(`  ${s.padEnd(10)} ${String(count(s)).padStart(6)} records, ${String(judged(s)).padStart(6)} on a domain the model judges, ${String(domainsOf(s)).padStart(6)} distinct domains`);
  say(`  ${all.length} distinct domains (${all.filter((d) => d.scam).length} phishing, ${all.filter((d) => !d.scam).length} top sites); ${conflicts} phishing domains that are also Majestic top sites count as top sites`);
  say('  not judged: brand-owned domains, IP hosts, shared platforms (free hosting, dynamic DNS) and shorteners — the URL rules judge those');
  say();

  // 1. Random split by domain: every domain scored by the fold model that never saw it.
  const zCv = crossValidate(all, [], bits, seed);
  const plCv = platt(all.map((d) => zCv.get(d.registrable)!), all.map((d) => (d.scam ? 1 : 0)));
  const pCv = new Map([...zCv].map(([k, z]) => [k, sigmoid(plCv.a * z + plCv.b)]));
  const t = pickThreshold(recs, pCv);
  say(`1. ${FOLDS}-fold split by registrable domain (held out). Operating threshold p ≥ ${t} (≤ ${FPR_BUDGET * 100}% of Majestic records flagged by rules + model)`);
  say('   per record (a URL, or a Majestic domain): flagged by the URL rules alone, the model alone, either');
  for (const s of Object.keys(FILES) as Source[]) say(line(`url/${FILES[s]}`, tallyRecords(recs.filter((r) => r.source === s), pCv, t)));
  say('   per distinct domain, the model alone:');
  for (const s of Object.keys(FILES) as Source[]) say(domainLine(s, all.filter((d) => d.sources.has(s)), pCv, t));
  say();

  // 2. Leave one phishing source out: train on the other one + Majestic (Majestic by folds), test on
  // the left-out source's domains that the other source does not have.
  const summary: string[] = [`held-out (${FOLDS}-fold by domain), threshold ${t}: ` + (Object.keys(FILES) as Source[]).map((s) => {
    const c = tallyRecords(recs.filter((r) => r.source === s), pCv, t);
    return `${s} ${(c.both / c.n).toFixed(3)} (rules ${(c.rules / c.n).toFixed(3)})`;
  }).join(', ')];
  for (const left of SCAM_SOURCES) {
    const kept = SCAM_SOURCES.find((s) => s !== left)!;
    const pool = all.filter((d) => d.sources.has('majestic') || d.sources.has(kept));
    const test = all.filter((d) => !d.sources.has('majestic') && !d.sources.has(kept) && d.sources.has(left));
    const z = crossValidate(pool, test, bits, seed);
    const pl = platt(pool.map((d) => z.get(d.registrable)!), pool.map((d) => (d.scam ? 1 : 0)));
    const p = new Map([...z].map(([k, v]) => [k, sigmoid(pl.a * v + pl.b)]));
    const own = pickThreshold(recs.filter((r) => r.source !== left), p);
    const shared = new Set(pool.map((d) => d.registrable));
    const leftRecs = recs.filter((r) => r.source === left && !(r.domain && shared.has(r.domain) && !domains.get(r.domain)!.legit));
    const dropped = count(left) - leftRecs.length;
    say(`2. leave ${left} out: trained on ${kept} + Majestic (${pool.length} domains), tested on ${left}'s ${test.length} domains that ${kept} does not have`);
    say(`   (${dropped} ${left} records on a domain ${kept} also lists are left out of the test)`);
    for (const [name, thr] of [[`operating threshold ${t}`, t], [`its own ≤ ${FPR_BUDGET * 100}% threshold ${own}`, own]] as const) {
      say(`   at ${name}:`);
      say(line(`url/${FILES[left]} (unseen source)`, tallyRecords(leftRecs, p, thr)));
      say(line(`url/${FILES.majestic} (held-out folds)`, tallyRecords(recs.filter((r) => r.source === 'majestic'), p, thr)));
      say(domainLine(`${left} domains, model alone`, test, p, thr));
    }
    const c = tallyRecords(leftRecs, p, t);
    const m = tallyRecords(recs.filter((r) => r.source === 'majestic'), p, t);
    summary.push(`leave ${left} out, threshold ${t}: ${left} ${(c.both / c.n).toFixed(3)} (rules ${(c.rules / c.n).toFixed(3)}), majestic FPR ${(m.both / m.n).toFixed(4)}`);
    say();
  }

  // 3. The committed model: every domain, Platt and threshold from the held-out folds.
  const final = train(all, bits, seed);
  const file: UrlModelFile = {
    format: 1,
    bits,
    featureVersion: URL_FEATURE_VERSION,
    bias: final.bias,
    scale: final.scale,
    weights: encodeWeights(final.q),
    platt: plCv,
    threshold: t,
    meta: { seed, domains: all.length, phishing: all.filter((d) => d.scam).length, topSites: all.filter((d) => !d.scam).length, folds: FOLDS, minDf: MIN_DF, nbAlpha: NB_ALPHA, nbPow: NB_POW, epochs: DEFAULT_TRAIN.epochs },
  };
  const model = UrlModel.fromFile(file);
  const pIn = new Map(all.map((d) => [d.registrable, model.probability(d.name, BRANDS)]));
  say(`3. committed model (all ${all.length} domains; scores below are on its own training data, not a measurement):`);
  for (const s of Object.keys(FILES) as Source[]) say(line(`url/${FILES[s]}`, tallyRecords(recs.filter((r) => r.source === s), pIn, t)));
  say();
  for (const s of summary) say(s);

  const card = [
    'MODEL CARD — learned URL model (rules/learned-url-model.ts reports it as its own finding)',
    `Data: ${all.filter((d) => d.scam).length} phishing registrable domains (JPCERT/CC phishurl-list 2019–, OpenPhish 2025 archive)`,
    `  against ${all.filter((d) => !d.scam).length} Majestic top-15k sites, one example per registrable domain; a phishing domain that is`,
    '  also a top site counts as a top site (hacked or shared sites: the lure sits in their path).',
    'Features: the REGISTRABLE DOMAIN only — character 2–5-grams of its label (digits as 0), its',
    '  hyphen-separated words, the public suffix and TLD, label length, digit and hyphen counts, and',
    '  whether a brand pack name appears in it. No scheme, subdomain, path or query: Majestic lists',
    '  bare domains while the phishing feeds list whole URLs, so those would learn the sources. Subdomain',
    '  and path traits are the hand-written heuristics (signals/url-heuristics.ts).',
    `Model: NB-weighted logistic regression, 2^${bits} hashed slots, int16; Platt scaling fitted on ${FOLDS}-fold`,
    '  out-of-fold margins and moved to even odds; reports at p ≥ threshold, chosen so that the URL rules',
    `  and the model together flag ≤ ${FPR_BUDGET * 100}% of held-out Majestic records.`,
    ...summary.map((s) => `  ${s}`),
    'Cannot know: the site behind the name (content, age, owner, certificates); names on shared',
    '  platforms, shorteners and brand domains (not scored); lure styles absent from two feeds that are',
    '  mostly Japanese-market and 2019–2025; top sites are not typical small honest sites, so the false',
    '  positive rate on the long tail of the web is higher than on Majestic.',
  ];
  if (!values['no-write']) {
    const header = urlHeader(file, today());
    await writeModelAsset(resolve(values.out!), header, file.weights, urlCard(header, card));
    say(`wrote ${values.out}/ (weights ${(file.weights.length / 1024).toFixed(0)} KiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.exitCode = 1;
});
