import { fmix32, fnv1a } from '../../src/core/model/hash.js';

// Deterministic splits by a hash of the record id: the same record always lands in the same part,
// whatever the file order, so training, calibration and evaluation never overlap.

export type Split = 'train' | 'val' | 'test';
export const SPLIT_SHARES = { train: 70, val: 15, test: 15 } as const;

/** Bucket 0–99 of an id (salted, so folds and splits are independent partitions). */
export function bucketOf(id: string, salt = 0): number {
  return fmix32((fnv1a(id) ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0) % 100;
}

export function splitOf(id: string): Split {
  const b = bucketOf(id);
  if (b < SPLIT_SHARES.train) return 'train';
  if (b < SPLIT_SHARES.train + SPLIT_SHARES.val) return 'val';
  return 'test';
}

/** Fold 0 … k-1 of an id for k-fold cross-validation. */
export function foldOf(id: string, k: number): number {
  return fmix32((fnv1a(id) ^ 0x5bd1e995) >>> 0) % k;
}
