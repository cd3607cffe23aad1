import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Channel } from '../types.js';
import { charTables, DEFAULT_FEATURES, Featurizer, type FeatureConfig, type ModelInput, type WordToken } from './features.js';
import { combine, fnv1a, fnvStep, FNV_START } from './hash.js';
import { TextModel } from './predict.js';
import { createRng, type Rng } from './prng.js';

// The featuriser keeps its counts in an integer array with a branch-free touched list, and the
// model reads word tokens from typed arrays; both were rewritten for speed and must give the same
// floats as before. `reference` below is the previous implementation, kept verbatim in substance
// (dense Float32Array accumulator overwritten with the values, object word tokens), and every test
// compares the two bit for bit on generated text.

interface Reference {
  indices: number[];
  values: Float32Array;
  words: WordToken[];
  valueAt(slot: number): number;
}

const CHANNEL_ID: Record<Channel, number> = { email: 1, sms: 2, call: 3 };

// The character tables are shared with the featuriser (this work did not change them); the counting
// below is the old code's.
const tables = charTables;

function reference(config: FeatureConfig, input: ModelInput): Reference {
  const [LOW, CLS] = tables();
  const mask = (1 << config.bits) - 1;
  const acc = new Float32Array(1 << config.bits);
  const touched: number[] = [];
  const add = (h: number): void => {
    const i = h & mask;
    if (acc[i] === 0) touched.push(i);
    acc[i]! += 1;
  };
  const words: WordToken[] = [];
  const chan = CHANNEL_ID[input.channel] ?? 0;
  const text = input.text;
  const n = Math.min(text.length, config.maxChars[input.channel] ?? 2000);
  add(combine(chan, 0x700));
  add(combine(chan * 64 + Math.min(20, Math.floor(Math.log2(n + 1))), 0x800));
  let r3 = 32, r4 = 32;
  let prev3 = fnvStep(fnvStep(fnvStep(FNV_START, 32), 32), 32);
  let prev4 = fnvStep(prev3, 32);
  let prevSpace = true;
  let wordHash = FNV_START, wordLen = 0, wordStart = -1, prevWord = 0;
  const shapes = (config.version ?? 1) >= 2;
  const nsChar = shapes ? 0x400 + 16 * chan : 0x400;
  let wDigits = 0, wUpper = 0, wLead = 0, wBefore = 32;
  let nDigits = 0, nUpper = 0, nLetters = 0, links = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    const cls = i < n ? CLS[code]! : 0;
    if (cls === 1) {
      if (wordLen === 0) {
        wordStart = i;
        wDigits = wUpper = wLead = 0;
        wBefore = i > 0 ? text.charCodeAt(i - 1) : 32;
      }
      const lo = LOW[code]!;
      if (wordLen < 24) wordHash = fnvStep(wordHash, lo);
      if (code >= 48 && code <= 57) {
        if (wordLen < 2) wLead = wLead * 10 + (code - 48);
        wDigits++;
      } else if (lo !== code) wUpper++;
      wordLen++;
    } else if (wordLen > 0) {
      const uni = combine(wordHash, 0x100);
      const uniCh = combine(wordHash, 0x200 + chan);
      add(uni);
      add(uniCh);
      if (prevWord !== 0) add(combine(combine(prevWord, wordHash), 0x300 + (shapes ? chan : 0)));
      if (shapes) {
        if (wDigits > 0) {
          nDigits += wDigits;
          if (wDigits === wordLen) {
            const len = wordLen > 15 ? 15 : wordLen;
            add(combine(len * 128 + (wordLen >= 7 ? wLead : 100), 0x900));
            if (wBefore === 0xa3 || wBefore === 0x24 || wBefore === 0x20ac || wBefore === 0x20b9 || wBefore === 0xa5) {
              add(combine(wBefore * 8 + chan, 0xa00));
            }
          }
        } else if (wUpper === wordLen) {
          nUpper += wUpper;
          if (wordLen >= 2) add(combine(wordHash, 0xb00));
        } else nUpper += wUpper;
        nLetters += wordLen - wDigits;
        if (wordHash === fnv1a('http') || wordHash === fnv1a('https') || wordHash === fnv1a('www')) links++;
      }
      words.push({ start: wordStart, end: i, uni: uni & mask, uniCh: uniCh & mask });
      prevWord = wordHash;
      wordHash = FNV_START;
      wordLen = 0;
      wordStart = -1;
    }
    const c = cls === 0 ? 32 : LOW[code]!;
    if (c === 32 && prevSpace) continue;
    prevSpace = c === 32;
    const h3 = fnvStep(fnvStep(fnvStep(FNV_START, r3), r4), c);
    const h4 = fnvStep(prev3, c);
    const h5 = fnvStep(prev4, c);
    add(combine(h3, nsChar + 3));
    add(combine(h4, nsChar + 4));
    add(combine(h5, nsChar + 5));
    prev3 = h3;
    prev4 = h4;
    r3 = r4;
    r4 = c;
  }
  if (shapes) {
    const all = nDigits + nLetters;
    const dShare = all > 0 ? Math.min(10, Math.floor((20 * nDigits) / all)) : 0;
    const uShare = nLetters > 0 ? Math.min(10, Math.floor((10 * nUpper) / nLetters)) : 0;
    add(combine(chan * 64 + dShare, 0xc00));
    add(combine(chan * 64 + 32 + uShare, 0xc00));
    if (links > 0) add(combine(chan * 4 + Math.min(3, links), 0xd00));
  }
  if (input.hosts) {
    const m = Math.min(input.hosts.length, config.maxHosts);
    for (let k = 0; k < m; k++) {
      const host = input.hosts[k]!.toLowerCase();
      const dot = host.lastIndexOf('.');
      if (dot <= 0) continue;
      const prev = host.lastIndexOf('.', dot - 1);
      add(combine(fnv1a(host.slice(prev + 1)), 0x500));
      add(combine(fnv1a(host.slice(dot + 1)), 0x600));
    }
  }
  let sq = 0;
  for (const i of touched) {
    const v = 1 + Math.log(acc[i]!);
    acc[i] = v;
    sq += v * v;
  }
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  const values = Float32Array.from(touched, (i) => acc[i]! * inv);
  return { indices: touched, values, words, valueAt: (slot) => acc[slot]! * inv };
}

// Pieces that exercise every branch of the scan: case, digits (numbers of every length, a currency
// sign before them), shouted words, links, runs of spaces and symbols, letters whose lower case is
// longer (İ), combining marks, astral characters (surrogate pairs), and words past the 24-character
// hash cap.
const PIECES = [
  'Verify', 'your', 'ACCOUNT', 'now', 'FREE', 'winner', 'call', '09012345678', '07700900123', '12345', '482913',
  '£50', '$1,299.99', '€20', '₹500', '¥3000', 'http://amaz0n-login.example.com/x?y=1', 'https', 'www', 'İstanbul',
  'e\u0301te\u0301', 'Größe', 'ﬁnal', '注意', '😀', 'a'.repeat(30), 'Pay-Pal', 'ok.', '!!!', '   ', '\t\n', '—', '@', '#1',
];

function generated(rng: Rng, maxWords: number): string {
  const parts: string[] = [];
  const m = rng.int(maxWords) + 1;
  for (let k = 0; k < m; k++) {
    const r = rng.next();
    if (r < 0.7) parts.push(PIECES[rng.int(PIECES.length)]!);
    else if (r < 0.9) parts.push(String.fromCharCode(32 + rng.int(95)));
    else parts.push(String.fromCharCode(rng.int(0x3000)));
    parts.push(rng.next() < 0.8 ? ' ' : rng.next() < 0.5 ? '' : '\n');
  }
  return parts.join('');
}

const HOSTS = ['www.amazon.com', 'login.amaz0n-secure.net', 'bit.ly', 'localhost', '.co', 'A.B.C.UK', 'x.'];

function inputs(seed: number, count: number, maxWords: number): ModelInput[] {
  const rng = createRng(seed);
  const out: ModelInput[] = [];
  const channels: Channel[] = ['email', 'sms', 'call'];
  for (let k = 0; k < count; k++) {
    const hosts = Array.from({ length: rng.int(30) }, () => HOSTS[rng.int(HOSTS.length)]!);
    out.push({ channel: channels[rng.int(3)]!, text: generated(rng, maxWords), hosts: rng.next() < 0.8 ? hosts : undefined });
  }
  return out;
}

function assertSame(fx: Featurizer, config: FeatureConfig, input: ModelInput): void {
  const words: WordToken[] = [];
  const n = fx.featurize(input, words);
  const ref = reference(config, input);
  assert.equal(n, ref.indices.length);
  assert.equal(fx.length, n);
  assert.deepEqual(Array.from(fx.indices.subarray(0, n)), ref.indices);
  // Bit-identical Float32 values, not merely close ones.
  assert.deepEqual(new Uint32Array(Float32Array.from(fx.values.subarray(0, n)).buffer), new Uint32Array(ref.values.buffer));
  assert.deepEqual(words, ref.words);
  assert.equal(fx.wordCount, ref.words.length);
  ref.words.forEach((w, k) => {
    assert.equal(fx.wordStart[k], w.start);
    assert.equal(fx.wordEnd[k], w.end);
    assert.equal(fx.wordUni[k], w.uni);
    assert.equal(fx.wordUniCh[k], w.uniCh);
  });
  for (const slot of ref.indices) assert.equal(fx.valueAt(slot), ref.valueAt(slot));
  for (let slot = 0; slot < 1 << config.bits; slot += 61) assert.equal(fx.valueAt(slot), ref.valueAt(slot));
}

test('featuriser: same slots, bit-identical values and the same word tokens as the dense Float32 version', () => {
  for (const config of [{ ...DEFAULT_FEATURES, bits: 12 }, { ...DEFAULT_FEATURES, bits: 16 }, { ...DEFAULT_FEATURES, bits: 12, version: 1 }]) {
    // One featuriser for all inputs: the scratch state must reset between messages.
    const fx = new Featurizer(config);
    for (const input of inputs(11, 150, 400)) assertSame(fx, config, input);
  }
});

test('featuriser: long texts are cut at maxChars, and counts past 255 and past 65,535 stay exact', () => {
  const config = { ...DEFAULT_FEATURES, bits: 12 };
  const fx = new Featurizer(config);
  const rng = createRng(3);
  assertSame(fx, config, { channel: 'email', text: generated(rng, 4000) });
  assertSame(fx, config, { channel: 'sms', text: 'a'.repeat(1999) + ' WIN ' + 'b'.repeat(3000) });
  assertSame(fx, config, { channel: 'call', text: '- '.repeat(4000) });
  // Limits this large no longer fit 16-bit counts: the featuriser must widen them.
  const wide = { ...config, maxChars: { email: 70000, sms: 2000, call: 5000 } };
  assertSame(new Featurizer(wide), wide, { channel: 'email', text: 'a'.repeat(70000) });
});

test('model: margin, probability, assess and explain equal their values from the reference features', () => {
  const config = { ...DEFAULT_FEATURES, bits: 12 };
  const rng = createRng(9);
  const w = Float32Array.from({ length: 1 << config.bits }, () => (rng.next() < 0.2 ? 0 : rng.next() * 4 - 2));
  const platt = { email: { a: 0.7, b: 0.3 }, sms: { a: 1.1, b: -0.1 }, call: { a: 1, b: 0 } };
  const model = new TextModel({ w, bias: 0.25 }, platt, config);
  for (const input of inputs(21, 120, 200)) {
    const ref = reference(config, input);
    let z = 0.25;
    ref.indices.forEach((slot, k) => (z += w[slot]! * ref.values[k]!));
    assert.equal(model.margin(input), z);
    const explained = model.explain(input, 5);
    const { probability, terms } = model.assess(input, 0);
    assert.equal(probability, model.probability(input));
    assert.deepEqual(terms, explained);
    // The explanation from the reference word tokens and values, computed the way it always was.
    const byTerm = new Map<string, number>();
    for (const t of ref.words) {
      const term = input.text.slice(t.start, t.end).toLowerCase();
      if (!byTerm.has(term)) byTerm.set(term, w[t.uni]! * ref.valueAt(t.uni) + w[t.uniCh]! * ref.valueAt(t.uniCh));
    }
    for (const t of explained) assert.equal(t.contribution, byTerm.get(t.term));
  }
});

test('model with int16 weights packed beside the counts scores and explains exactly like the decoded float weights', () => {
  const rng = createRng(17);
  const platt = { email: { a: 0.7, b: 0.3 }, sms: { a: 1.1, b: -0.1 }, call: { a: 1, b: 0 } };
  for (const config of [
    { ...DEFAULT_FEATURES, bits: 12 },
    // Counts that need more than 16 bits: the weights cannot share the slot and are kept apart.
    { ...DEFAULT_FEATURES, bits: 12, maxChars: { email: 70000, sms: 2000, call: 5000 } },
  ]) {
    const q = Int16Array.from({ length: 1 << config.bits }, () => (rng.next() < 0.3 ? 0 : rng.int(65536) - 32768));
    const scale = 0.000341;
    const w = Float32Array.from(q, (x) => x * scale);
    const packed = new TextModel({ q, scale, bias: 0.125 }, platt, config);
    const float = new TextModel({ w, bias: 0.125 }, platt, config);
    assert.deepEqual(packed.linear.w, w, 'decoded weights');
    for (const input of inputs(33, 80, 300)) {
      assert.equal(packed.margin(input), float.margin(input));
      assert.deepEqual(packed.assess(input, 0, 5), float.assess(input, 0, 5));
      assert.deepEqual(packed.explain(input, 8), float.explain(input, 8));
    }
  }
});
