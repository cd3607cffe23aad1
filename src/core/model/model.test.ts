import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_FEATURES, Featurizer, type ModelInput } from './features.js';
import { fnv1a } from './hash.js';
import { fitPlatt, quantize, sigmoid, trainLogReg, type SparseDataset } from './logreg.js';
import { encodeWeights, TextModel, type ModelFile } from './predict.js';
import { createRng } from './prng.js';

const SMALL = { ...DEFAULT_FEATURES, bits: 12 };

// A small synthetic task: "scam" texts draw words from one vocabulary, "legit" from another, with
// shared filler words, so a linear model can learn it but not trivially from one word.
function synthetic(n: number, seed: number): { inputs: ModelInput[]; labels: number[] } {
  const rng = createRng(seed);
  const scamWords = ['verify', 'suspended', 'prize', 'claim', 'urgent', 'password', 'gift'];
  const hamWords = ['lunch', 'meeting', 'notes', 'patch', 'review', 'thanks', 'weekend'];
  const filler = ['the', 'your', 'today', 'please', 'and', 'now', 'we'];
  const inputs: ModelInput[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const y = rng.int(2);
    const words: string[] = [];
    for (let k = 0; k < 12; k++) {
      const pool = rng.next() < 0.35 ? (y ? scamWords : hamWords) : filler;
      words.push(pool[rng.int(pool.length)]!);
    }
    inputs.push({ channel: 'sms', text: words.join(' ') });
    labels.push(y);
  }
  return { inputs, labels };
}

function dataset(inputs: ModelInput[], labels: number[]): SparseDataset {
  const fx = new Featurizer(SMALL);
  const idx: number[] = [];
  const val: number[] = [];
  const offsets = [0];
  for (const inp of inputs) {
    const n = fx.featurize(inp);
    for (let k = 0; k < n; k++) {
      idx.push(fx.indices[k]!);
      val.push(fx.values[k]!);
    }
    offsets.push(idx.length);
  }
  return { offsets: Int32Array.from(offsets), indices: Int32Array.from(idx), values: Float32Array.from(val), labels: Uint8Array.from(labels) };
}

test('FNV-1a matches its published test vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('seeded generator: same seed same stream, different seed different stream, values in [0, 1)', () => {
  const a = createRng(7);
  const b = createRng(7);
  const c = createRng(8);
  const sa = Array.from({ length: 50 }, () => a.next());
  assert.deepEqual(sa, Array.from({ length: 50 }, () => b.next()));
  assert.notDeepEqual(sa, Array.from({ length: 50 }, () => c.next()));
  assert.ok(sa.every((x) => x >= 0 && x < 1));
});

function reader(fx: Featurizer): (text: string) => Map<number, number> {
  return (text) => {
    const n = fx.featurize({ channel: 'sms', text });
    const m = new Map<number, number>();
    for (let k = 0; k < n; k++) m.set(fx.indices[k]!, fx.values[k]!);
    return m;
  };
}

const keysOf = (m: Map<number, number>): number[] => [...m.keys()].sort((x, y) => x - y);

test('features: digits of short numbers fold, output is L2-normalised, and the scratch state resets between calls', () => {
  const fx = new Featurizer(SMALL);
  const read = reader(fx);
  const a = read('Call 0800 123 456 now');
  read('SOMETHING else entirely, to dirty the scratch buffers 09012345678');
  const b = read('Call 0999 876 543 now');
  assert.deepEqual([...a.entries()].sort(), [...b.entries()].sort());
  const sq = [...a.values()].reduce((s, v) => s + v * v, 0);
  assert.ok(Math.abs(sq - 1) < 1e-5);
  assert.notDeepEqual([...read('call now').keys()].sort(), [...a.keys()].sort());
});

test('features: shape tokens tell shouted words and phone-number prefixes apart; version 1 files keep the old features', () => {
  const fx = new Featurizer(SMALL);
  const read = reader(fx);
  assert.notDeepEqual(keysOf(read('WIN a prize now')), keysOf(read('win a prize now')));
  // Phone-length numbers keep their first two digits (premium rate vs mobile); same-length short
  // numbers do not.
  assert.notDeepEqual(keysOf(read('call 09012345678')), keysOf(read('call 07012345678')));
  assert.deepEqual(keysOf(read('call 09012')), keysOf(read('call 07012')));
  assert.notDeepEqual(keysOf(read('pay 50 now')), keysOf(read('pay £50 now')));
  const v1 = reader(new Featurizer({ ...SMALL, version: 1 }));
  assert.deepEqual(keysOf(v1('WIN a prize now')), keysOf(v1('win a prize now')));
});

test('features: the channel changes the features (per-channel unigrams and bias)', () => {
  const fx = new Featurizer(SMALL);
  const keys = (channel: 'sms' | 'email'): number[] => {
    const n = fx.featurize({ channel, text: 'verify your account' });
    return Array.from(fx.indices.subarray(0, n)).sort((x, y) => x - y);
  };
  assert.notDeepEqual(keys('sms'), keys('email'));
});

test('training is reproducible: same seed → identical weights; another seed → different weights', () => {
  const { inputs, labels } = synthetic(300, 1);
  const ds = dataset(inputs, labels);
  const opts = { dims: 1 << SMALL.bits, epochs: 3, eta: 0.2, l2: 1e-6 };
  const m1 = trainLogReg(ds, { ...opts, seed: 42 });
  const m2 = trainLogReg(ds, { ...opts, seed: 42 });
  const m3 = trainLogReg(ds, { ...opts, seed: 43 });
  assert.deepEqual(Array.from(m1.w), Array.from(m2.w));
  assert.equal(m1.bias, m2.bias);
  assert.notDeepEqual(Array.from(m1.w), Array.from(m3.w));
});

test('training learns the synthetic task (held-out accuracy well above chance)', () => {
  const tr = synthetic(400, 2);
  const te = synthetic(200, 3);
  const m = trainLogReg(dataset(tr.inputs, tr.labels), { dims: 1 << SMALL.bits, epochs: 5, eta: 0.2, l2: 1e-6, seed: 1 });
  const model = new TextModel(m, { email: { a: 1, b: 0 }, sms: { a: 1, b: 0 }, call: { a: 1, b: 0 } }, SMALL);
  let right = 0;
  te.inputs.forEach((inp, k) => (right += (model.probability(inp) >= 0.5 ? 1 : 0) === te.labels[k] ? 1 : 0));
  assert.ok(right / te.inputs.length > 0.9, `accuracy ${right / te.inputs.length}`);
  const scamTerms = model.explain({ channel: 'sms', text: 'urgent verify your password now' }, 3).map((t) => t.term);
  assert.ok(scamTerms.some((t) => ['urgent', 'verify', 'password'].includes(t)), scamTerms.join(','));
});

test('Platt scaling recovers a known logistic relation', () => {
  const rng = createRng(5);
  const z: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < 4000; i++) {
    const zi = rng.next() * 8 - 4;
    z.push(zi);
    y.push(rng.next() < sigmoid(2 * zi - 1) ? 1 : 0);
  }
  const p = fitPlatt(z, y);
  assert.ok(Math.abs(p.a - 2) < 0.3, `a=${p.a}`);
  assert.ok(Math.abs(p.b + 1) < 0.3, `b=${p.b}`);
  assert.deepEqual(fitPlatt([1, 2], [1, 1]), { a: 1, b: 0 });
});

test('quantised weights survive the round trip through a model file (int16 little-endian bytes)', () => {
  const w = Float32Array.from({ length: 1 << SMALL.bits }, (_, i) => Math.sin(i) * 3);
  const { q, scale } = quantize(w);
  const file: ModelFile = {
    format: 1,
    bits: SMALL.bits,
    maxChars: SMALL.maxChars,
    maxHosts: SMALL.maxHosts,
    bias: 0.5,
    scale,
    weights: encodeWeights(q),
    platt: { email: { a: 1, b: 0 }, sms: { a: 1, b: 0 }, call: { a: 1, b: 0 } },
    meta: {},
  };
  const m = TextModel.fromFile(file);
  for (let i = 0; i < w.length; i += 97) assert.ok(Math.abs(m.linear.w[i]! - w[i]!) <= scale / 2 + 1e-6);
  assert.equal(m.linear.bias, 0.5);
});

test('explanations never quote a term with a digit (it could be part of a code or card number)', () => {
  // Every weight positive: every word pushes the score up, so only the digit filter can drop one.
  const model = new TextModel({ w: new Float32Array(1 << SMALL.bits).fill(1), bias: 0 }, { email: { a: 1, b: 0 }, sms: { a: 1, b: 0 }, call: { a: 1, b: 0 } }, SMALL);
  const terms = model.explain({ channel: 'sms', text: 'your code 482913 card 4111x verify ４２ now' }, 10).map((t) => t.term);
  assert.ok(terms.includes('verify') && terms.includes('code'), terms.join(','));
  assert.ok(terms.every((t) => !/\p{Nd}/u.test(t)), terms.join(','));
});

test('release() clears the last message at once: the weights stay, the next message scores the same', () => {
  const fx = new Featurizer(SMALL);
  const q = Int16Array.from({ length: 1 << SMALL.bits }, (_, i) => ((i * 7919) % 2001) - 1000);
  assert.ok(fx.attachWeights(q, 0.001));
  const a: ModelInput = { channel: 'sms', text: 'URGENT: verify your account now at http://example.test/login' };
  const b: ModelInput = { channel: 'email', text: 'Subject: lunch\nThanks for the review notes, see you at the meeting.' };
  const snapshot = () => {
    const n = fx.featurize(a);
    return { idx: Array.from(fx.indices.subarray(0, n)), val: Array.from(fx.values.subarray(0, n)), w: Array.from(fx.weights.subarray(0, n)) };
  };
  const first = snapshot();
  const slots = first.idx;
  assert.ok(slots.some((s) => fx.valueAt(s) !== 0));
  fx.release();
  for (const s of slots) assert.equal(fx.valueAt(s), 0, `slot ${s} still counted`);
  for (const s of slots) assert.equal(fx.weightAt(s), Math.fround(q[s]! * 0.001), `slot ${s} lost its weight`);
  fx.featurize(b);
  fx.release();
  fx.release(); // twice is harmless
  assert.deepEqual(snapshot(), first);
  // Without release(), featurize() clears the previous message itself: same result.
  fx.featurize(b);
  assert.deepEqual(snapshot(), first);
});
