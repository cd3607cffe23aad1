import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SparseDataset } from '../../src/core/model/logreg.js';
import { documentFrequency, logCountRatios } from './pipeline.js';

test('log-count ratios: scam-only feature > 0, legit-only < 0, balanced ≈ 0, and class weights count', () => {
  // Feature 0 only in scam, 1 only in legit, 2 in both; 3 examples per class.
  const rows = [[0, 2], [0, 2], [0, 2], [1, 2], [1, 2], [1, 2]];
  const ds: SparseDataset = {
    offsets: Int32Array.from([0, 2, 4, 6, 8, 10, 12]),
    indices: Int32Array.from(rows.flat()),
    values: new Float32Array(12).fill(0.7),
    labels: Uint8Array.from([1, 1, 1, 0, 0, 0]),
  };
  const r = logCountRatios(ds, 4, 1);
  assert.ok(r[0]! > 0.5 && r[1]! < -0.5, `${r[0]} ${r[1]}`);
  assert.ok(Math.abs(r[2]!) < 1e-6 && Math.abs(r[3]!) < 1e-6);
  assert.ok(Math.abs(r[0]! + r[1]!) < 1e-6);
  // Example weights count as repeated examples: legit ×3 gives q = [1, 10, 10, 1] (α = 1), p = [4, 1, 4, 1].
  const weighted = logCountRatios({ ...ds, weights: Float32Array.from([1, 1, 1, 3, 3, 3]) }, 4, 1);
  assert.ok(Math.abs(weighted[0]! - Math.log(4 / 10 / (1 / 22))) < 1e-5);
  assert.ok(Math.abs(weighted[2]! - Math.log(4 / 10 / (10 / 22))) < 1e-5);
});

test('document frequency counts records, not occurrences', () => {
  const ds: SparseDataset = {
    offsets: Int32Array.from([0, 3, 4, 5]),
    indices: Int32Array.from([0, 1, 2, 0, 2]),
    values: new Float32Array(5).fill(1),
    labels: Uint8Array.from([1, 0, 1]),
  };
  assert.deepEqual([...documentFrequency(ds, 4)], [2, 1, 2, 0]);
});
