import { createRng, shuffleInPlace } from './prng.js';

// Logistic regression over hashed sparse features, trained with AdaGrad and L2. Pure and
// deterministic: the example order comes from a seeded generator, never from Math.random, so the
// same data and seed give bit-identical weights.

/** Sparse examples in CSR form: example k owns entries offsets[k] … offsets[k+1]-1. */
export interface SparseDataset {
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
  /** 1 = scam, 0 = legit. */
  labels: Uint8Array;
  /** Per-example weight (class balancing across sources); 1 when absent. */
  weights?: Float32Array;
}

export interface TrainOptions {
  dims: number;
  epochs: number;
  /** AdaGrad base learning rate. */
  eta: number;
  /** L2 strength, applied lazily to the slots an example touches. */
  l2: number;
  seed: number;
}

export const DEFAULT_TRAIN: Readonly<Omit<TrainOptions, 'dims'>> = Object.freeze({ epochs: 8, eta: 0.2, l2: 1e-6, seed: 20251125 });

export interface LinearModel {
  w: Float32Array;
  bias: number;
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function dot(model: LinearModel, ds: SparseDataset, k: number): number {
  let z = model.bias;
  const w = model.w;
  for (let j = ds.offsets[k]!; j < ds.offsets[k + 1]!; j++) z += w[ds.indices[j]!]! * ds.values[j]!;
  return z;
}

export function trainLogReg(ds: SparseDataset, opts: TrainOptions): LinearModel {
  const n = ds.labels.length;
  const w = new Float64Array(opts.dims);
  const g2 = new Float64Array(opts.dims);
  let bias = 0;
  let gBias = 0;
  const eps = 1e-8;
  const rng = createRng(opts.seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rng);
    for (const k of order) {
      const lo = ds.offsets[k]!;
      const hi = ds.offsets[k + 1]!;
      let z = bias;
      for (let j = lo; j < hi; j++) z += w[ds.indices[j]!]! * ds.values[j]!;
      const sw = ds.weights ? ds.weights[k]! : 1;
      const g = (sigmoid(z) - ds.labels[k]!) * sw;
      for (let j = lo; j < hi; j++) {
        const i = ds.indices[j]!;
        const grad = g * ds.values[j]! + opts.l2 * w[i]!;
        g2[i]! += grad * grad;
        w[i]! -= (opts.eta * grad) / (Math.sqrt(g2[i]!) + eps);
      }
      gBias += g * g;
      bias -= (opts.eta * g) / (Math.sqrt(gBias) + eps);
    }
  }
  return { w: Float32Array.from(w), bias };
}

/** Platt scaling: p = σ(a·z + b), fitted by Newton's method on held-out scores. */
export interface Platt {
  a: number;
  b: number;
}

export function fitPlatt(z: ArrayLike<number>, y: ArrayLike<number>): Platt {
  const n = z.length;
  let pos = 0;
  for (let k = 0; k < n; k++) pos += y[k]! ? 1 : 0;
  const neg = n - pos;
  if (n === 0 || pos === 0 || neg === 0) return { a: 1, b: 0 };
  // Platt's smoothed targets keep the fit finite when the classes separate perfectly.
  const tPos = (pos + 1) / (pos + 2);
  const tNeg = 1 / (neg + 2);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 100; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (let k = 0; k < n; k++) {
      const t = y[k]! ? tPos : tNeg;
      const p = sigmoid(a * z[k]! + b);
      const d = p - t;
      const s = Math.max(p * (1 - p), 1e-12);
      ga += d * z[k]!;
      gb += d;
      haa += s * z[k]! * z[k]!;
      hab += s * z[k]!;
      hbb += s;
    }
    // Small ridge so a near-singular Hessian cannot throw the step off.
    haa += 1e-6;
    hbb += 1e-6;
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/**
 * Symmetric int16 quantisation: q = round(w / scale), scale = max|w| / 32767. int16 rather than
 * int8 because the many small character n-gram weights would round to zero at 1/127 of the largest.
 */
export function quantize(w: Float32Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-32767, Math.min(32767, Math.round(w[i]! / scale)));
  return { q, scale };
}
