import { resolveLimits } from '../../src/core/limits.js';
import { DEFAULT_FEATURES, Featurizer, type FeatureConfig, type ModelInput } from '../../src/core/model/features.js';
import { DEFAULT_TRAIN, fitPlatt, quantize, trainLogReg, type LinearModel, type Platt, type SparseDataset } from '../../src/core/model/logreg.js';
import { encodeWeights, modelInputOf, TextModel, type ModelFile } from '../../src/core/model/predict.js';
import { parseInput } from '../../src/core/parse/index.js';
import { CHANNELS, type Channel } from '../../src/core/types.js';
import { listJsonl, readJsonl, relPath, toRequest } from './corpus.js';
import { splitOf } from './split.js';

// Shared by `npm run train` and the cross-validation in `npm run eval`: turn corpus records into
// model inputs, train on one part, fit Platt scaling on another.

export interface Example {
  id: string;
  file: string;
  channel: Channel;
  scam: boolean;
  brand: string | null;
  input: ModelInput;
}

/** Every message record (url files excluded: the URL checks handle those) as a model input. */
export async function loadExamples(dir: string, onBad?: (file: string, line: number, error: string) => void): Promise<Example[]> {
  const limits = resolveLimits();
  const out: Example[] = [];
  for (const path of await listJsonl(dir)) {
    const file = relPath(dir, path);
    for await (const r of readJsonl(path)) {
      if (!r.ok) {
        onBad?.(file, r.line, r.error);
        continue;
      }
      const rec = r.record;
      const req = toRequest(rec);
      if (!(CHANNELS as readonly string[]).includes(req.channel)) continue;
      try {
        const message = await parseInput(req, limits);
        out.push({ id: rec.id, file, channel: message.channel, scam: rec.label === 'scam', brand: rec.brand, input: modelInputOf(message) });
      } catch (err) {
        onBad?.(file, r.line, `parse failed: ${(err as Error).message}`);
      }
    }
  }
  return out;
}

export function buildDataset(examples: readonly Example[], config: FeatureConfig = DEFAULT_FEATURES): SparseDataset {
  const fx = new Featurizer(config);
  const offsets = new Int32Array(examples.length + 1);
  let cap = 1 << 20;
  let indices = new Int32Array(cap);
  let values = new Float32Array(cap);
  let used = 0;
  examples.forEach((ex, k) => {
    const n = fx.featurize(ex.input);
    if (used + n > cap) {
      while (used + n > cap) cap *= 2;
      const ni = new Int32Array(cap);
      ni.set(indices.subarray(0, used));
      const nv = new Float32Array(cap);
      nv.set(values.subarray(0, used));
      indices = ni;
      values = nv;
    }
    indices.set(fx.indices.subarray(0, n), used);
    values.set(fx.values.subarray(0, n), used);
    used += n;
    offsets[k + 1] = used;
  });
  return {
    offsets,
    indices: indices.slice(0, used),
    values: values.slice(0, used),
    labels: Uint8Array.from(examples, (e) => (e.scam ? 1 : 0)),
  };
}

export interface TrainResult {
  model: TextModel;
  file: ModelFile;
  counts: { train: number; val: number };
}

function marginOf(lin: LinearModel, ds: SparseDataset, k: number): number {
  let z = lin.bias;
  for (let j = ds.offsets[k]!; j < ds.offsets[k + 1]!; j++) z += lin.w[ds.indices[j]!]! * ds.values[j]!;
  return z;
}

/**
 * Train on the pool's records whose split is not "val", fit per-channel Platt scaling on those whose
 * split is "val". Callers leave the test records (or the cross-validation fold) out of the pool.
 */
export function trainPipeline(pool: readonly Example[], opts: { seed: number; epochs?: number; eta?: number; l2?: number }): TrainResult {
  // Stable order first (by id), so the result does not depend on file listing order.
  const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const train = sorted.filter((e) => splitOf(e.id) !== 'val');
  const val = sorted.filter((e) => splitOf(e.id) === 'val');
  const config = DEFAULT_FEATURES;
  const ds = buildDataset(train, config);
  const lin = trainLogReg(ds, {
    dims: 1 << config.bits,
    epochs: opts.epochs ?? DEFAULT_TRAIN.epochs,
    eta: opts.eta ?? DEFAULT_TRAIN.eta,
    l2: opts.l2 ?? DEFAULT_TRAIN.l2,
    seed: opts.seed,
  });
  const { q, scale } = quantize(lin.w);
  // Calibrate the quantised model, since that is the one that ships.
  const deq: LinearModel = { w: Float32Array.from(q, (v) => v * scale), bias: lin.bias };
  const vds = buildDataset(val, config);
  const platt = {} as Record<Channel, Platt>;
  const pooled: { z: number[]; y: number[] } = { z: [], y: [] };
  const per = new Map<Channel, { z: number[]; y: number[] }>();
  val.forEach((e, k) => {
    const z = marginOf(deq, vds, k);
    const g = per.get(e.channel) ?? { z: [], y: [] };
    g.z.push(z);
    g.y.push(e.scam ? 1 : 0);
    per.set(e.channel, g);
    pooled.z.push(z);
    pooled.y.push(e.scam ? 1 : 0);
  });
  const fallback = fitPlatt(pooled.z, pooled.y);
  for (const ch of CHANNELS) {
    const g = per.get(ch);
    const both = g && g.y.some((v) => v === 1) && g.y.some((v) => v === 0);
    // A channel with too few validation records (calls) borrows the pooled fit.
    platt[ch] = g && both && g.y.length >= 40 ? fitPlatt(g.z, g.y) : fallback;
  }
  const file: ModelFile = {
    format: 1,
    bits: config.bits,
    maxChars: config.maxChars,
    maxHosts: config.maxHosts,
    bias: lin.bias,
    scale,
    weights: Buffer.from(encodeWeights(q)).toString('base64'),
    platt,
    meta: { seed: opts.seed, train: train.length, val: val.length, epochs: opts.epochs ?? DEFAULT_TRAIN.epochs },
  };
  return { model: TextModel.fromFile(file), file, counts: { train: train.length, val: val.length } };
}
