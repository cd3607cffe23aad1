import type { Channel } from '../types.js';
import { combine, fnv1a, fnvStep, FNV_START } from './hash.js';

// Feature hashing for the learned model: word unigrams (shared and per channel), word bigrams,
// character 3–5-grams and link host/TLD tokens, hashed into 2^bits slots. One pass over the text,
// no per-message allocation: counts accumulate in a scratch array that is reset through a list of
// touched slots. Digits are folded to "0" so amounts, phone numbers and dates generalise instead of
// being memorised one value at a time.

export interface ModelInput {
  channel: Channel;
  /** Normalised message text (for email: the "Subject:" line and the body text). */
  text: string;
  /** Hostnames of the message's links (HTML hrefs are not in the text). */
  hosts?: readonly string[];
}

export interface FeatureConfig {
  bits: number;
  /** Only the first N characters are used per channel: scam cues sit early, and it caps cost. */
  maxChars: Record<Channel, number>;
  /** Most link hosts used. */
  maxHosts: number;
  /**
   * Feature set version. 1: words, bigrams, shared char n-grams, hosts. 2 keeps character n-grams
   * apart per channel (a text's "press 1" and an email's differ; cross-validated recall rose on every
   * channel) and word bigrams likewise, and adds shape tokens: the length and leading digits of numbers (premium-rate and
   * short-code numbers, amounts), a currency sign before a number, shouted (all-caps) words, the
   * share of digits and capitals, and whether there is a link.
   */
  version?: number;
}

export const DEFAULT_FEATURES: Readonly<FeatureConfig> = Object.freeze({
  bits: 19,
  maxChars: Object.freeze({ email: 5000, sms: 2000, call: 5000 }) as Record<Channel, number>,
  maxHosts: 20,
  version: 2,
});

const CHANNEL_ID: Record<Channel, number> = { email: 1, sms: 2, call: 3 };
// Namespaces keep the same string in different feature families apart.
const NS_UNI = 0x100;
const NS_UNI_CH = 0x200;
const NS_BI = 0x300;
const NS_CHAR = 0x400;
const NS_HOST = 0x500;
const NS_TLD = 0x600;
const NS_BIAS = 0x700;
const NS_LEN = 0x800;
const NS_NUM = 0x900;
const NS_MONEY = 0xa00;
const NS_CAPS = 0xb00;
const NS_RATIO = 0xc00;
const NS_URL = 0xd00;
const MAX_WORD_HASH_CHARS = 24;
const H_HTTP = fnv1a('http');
const H_HTTPS = fnv1a('https');
const H_WWW = fnv1a('www');

// Character classes and lower-casing for every UTF-16 code unit, so the scan loop does no string
// work. 0 = space, 1 = word (letter, mark, number), 2 = symbol; UNKNOWN = not worked out yet: a code
// unit's entries are filled the first time a text contains it (one-shot runs meet a few dozen
// distinct characters, and building all 65,536 up front cost every CLI start ≈ 7 ms).
const UNKNOWN = 3;
const LOWER = new Uint16Array(65536);
const CLASS = new Uint8Array(65536).fill(UNKNOWN);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/** Fill the table entries of code unit `c` and return its class. */
function classify(c: number): number {
  let lo = c;
  let cls = 2;
  if (c < 0xd800 || c > 0xdfff) {
    const ch = String.fromCharCode(c);
    const l = ch.toLowerCase();
    if (l.length === 1) lo = l.charCodeAt(0);
    cls = WORD_CHAR.test(ch) ? 1 : SPACE_CHAR.test(ch) || c < 32 ? 0 : 2;
  }
  if (c >= 48 && c <= 57) lo = 48; // digits → "0"
  LOWER[c] = lo;
  CLASS[c] = cls;
  return cls;
}

/** The lower-casing and character-class tables, complete (for the equivalence test's reference featuriser). */
export function charTables(): [Uint16Array, Uint8Array] {
  for (let c = 0; c < 65536; c++) if (CLASS[c] === UNKNOWN) classify(c);
  return [LOWER, CLASS];
}

// 1 + ln(count) for small counts, looked up instead of computed: most slots of a short text are
// counted once or twice, and Math.log per slot was a measurable share of a short message's cost.
const SUBLINEAR_TF: readonly number[] = Array.from({ length: 256 }, (_, c) => 1 + Math.log(c));

/** A word token seen while featurising: its span and its unigram slots (for explanations). */
export interface WordToken {
  start: number;
  end: number;
  uni: number;
  uniCh: number;
}

/**
 * Most add() calls one featurize() can make: the bias and length tokens, three character n-grams per
 * position (the scan runs one past the end), at most five tokens per word (unigram, per-channel
 * unigram, bigram, and a number with its currency sign or a shouted word) for at most (n + 1) / 2
 * words, the three ratio/link tokens and two per link host.
 */
function maxAdds(chars: number, hosts: number): number {
  return 2 + 3 * (chars + 1) + 5 * ((chars + 1) >> 1) + 3 + 2 * hosts;
}

/**
 * Count one slot and return the new length of the touched list. Branch-free: the slot is always
 * written at the end of the list, but the list only grows when its count was 0 ((0 - 1) >>> 31 is 1,
 * any count >= 1 gives 0; counts stay far below 2^31). Whether a slot is new is a coin toss for the
 * branch predictor, and the mispredictions cost more than the store. A plain function of its
 * arguments, so the optimiser inlines it and the list length stays in a register: kept in a field,
 * every count paid a store and a reload of it. `cmask` selects the count bits of the slot (the
 * rest may hold the slot's weight, see Featurizer).
 */
function bump(acc: Int32Array, touched: Int32Array, nt: number, h: number, mask: number, cmask: number): number {
  const slot = h & mask;
  const a = acc[slot]!;
  touched[nt] = slot;
  acc[slot] = a + 1;
  return nt + (((a & cmask) - 1) >>> 31);
}

/**
 * Counts accumulate in a dense Int32Array indexed by slot, reset through the list of touched slots.
 * With the default limits (5,000 characters) no slot can be counted more than 65,535 times, so a
 * count takes the low 16 bits of its slot and the high 16 bits can hold the model's quantised weight
 * for that slot (attachWeights). Scoring then reads each feature's count and weight from one memory
 * word: a message touches thousands of slots spread over megabytes, and reading the weight from a
 * separate array cost a second cache miss per feature. Every float computed from the counts is
 * unchanged: the value is rounded to Float32 where the old array stored it, the sums run in
 * first-touch order, and a weight is the Float32 rounding of int16 × scale that the decoded weight
 * array held. Longer limits use the whole word for the count and keep the weights apart.
 */
export class Featurizer {
  readonly config: FeatureConfig;
  readonly dims: number;
  private readonly mask: number;
  private readonly acc: Int32Array;
  /** Bits of a slot that hold its count (0xffff when packed with a weight, else all of them). */
  private readonly cmask: number;
  /** Scale of the attached int16 weights; 0 while none are attached. */
  private scale = 0;
  private touched: Int32Array;
  private nTouched = 0;
  /** Output of the last featurize(): slots and L2-normalised values, `length` entries. */
  indices: Int32Array;
  values: Float32Array;
  /** Weight of each output slot (Float32 of int16 × scale) when weights are attached, else 0. */
  weights: Float32Array;
  length = 0;
  private norm = 1;
  /** Word tokens of the last featurize(): spans and unigram slots, `wordCount` of them. */
  wordStart: Int32Array;
  wordEnd: Int32Array;
  wordUni: Int32Array;
  wordUniCh: Int32Array;
  wordCount = 0;

  constructor(config: FeatureConfig = DEFAULT_FEATURES) {
    this.config = config;
    this.dims = 1 << config.bits;
    this.mask = this.dims - 1;
    let longest = 2000;
    for (const c of Object.values(config.maxChars)) longest = Math.max(longest, c);
    this.acc = new Int32Array(this.dims);
    this.cmask = maxAdds(longest, config.maxHosts) <= 0xffff ? 0xffff : -1;
    this.touched = new Int32Array(8192);
    this.indices = new Int32Array(8192);
    this.values = new Float32Array(8192);
    this.weights = new Float32Array(8192);
    this.wordStart = new Int32Array(1024);
    this.wordEnd = new Int32Array(1024);
    this.wordUni = new Int32Array(1024);
    this.wordUniCh = new Int32Array(1024);
  }

  /**
   * Keep the model's quantised weights in the high half of each slot, so featurize() also returns
   * each feature's weight (in `weights`) at no extra memory access. Only possible when counts fit
   * in 16 bits; returns false (and changes nothing) otherwise.
   */
  attachWeights(q: Int16Array, scale: number): boolean {
    if (this.cmask !== 0xffff || q.length !== this.dims || !(scale > 0)) return false;
    const acc = this.acc;
    for (let i = 0; i < acc.length; i++) acc[i] = (q[i]! << 16) | (acc[i]! & 0xffff);
    this.scale = scale;
    return true;
  }

  /** Whether weights are attached (see attachWeights). */
  get hasWeights(): boolean {
    return this.scale > 0;
  }

  /** The attached weight of a slot, as a Float32 (0 when none are attached). */
  weightAt(slot: number): number {
    return Math.fround((this.acc[slot]! >> 16) * this.scale);
  }

  private pushWord(start: number, end: number, uni: number, uniCh: number): void {
    const k = this.wordCount;
    if (k === this.wordStart.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.wordStart = grow(this.wordStart);
      this.wordEnd = grow(this.wordEnd);
      this.wordUni = grow(this.wordUni);
      this.wordUniCh = grow(this.wordUniCh);
    }
    this.wordStart[k] = start;
    this.wordEnd[k] = end;
    this.wordUni[k] = uni;
    this.wordUniCh[k] = uniCh;
    this.wordCount = k + 1;
  }

  /**
   * Featurise one message. Fills `indices`/`values` (valid until the next call) and returns the
   * count. The word tokens are kept in `wordStart`… (`wordCount` of them); when `words` is given,
   * they are also appended to it as objects.
   */
  featurize(input: ModelInput, words?: WordToken[]): number {
    const LOW = LOWER;
    const CLS = CLASS;
    const acc = this.acc;
    const cmask = this.cmask;
    this.release();
    this.wordCount = 0;
    const chan = CHANNEL_ID[input.channel] ?? 0;
    const text = input.text;
    const n = Math.min(text.length, this.config.maxChars[input.channel] ?? 2000);
    const mask = this.mask;
    const hosts = input.hosts;
    const nHosts = hosts ? Math.min(hosts.length, this.config.maxHosts) : 0;
    // bump() writes past the end of the list without a check: make room for every call up front.
    const need = maxAdds(n, nHosts);
    if (this.touched.length < need) this.touched = new Int32Array(need);
    const touched = this.touched;
    let nt = 0;

    nt = bump(acc, touched, nt, combine(chan, NS_BIAS), mask, cmask);
    nt = bump(acc, touched, nt, combine(chan * 64 + Math.min(20, Math.floor(Math.log2(n + 1))), NS_LEN), mask, cmask);

    // The last characters of the collapsed character stream (runs of space → one space). FNV-1a
    // extends a prefix one character at a time, so the 4-gram ending here is the 3-gram that ended
    // one character earlier extended by this character, and the 5-gram likewise from the previous
    // 4-gram: 5 hash steps per character instead of 12, with exactly the same hashes.
    let r3 = 32, r4 = 32;
    let prev3 = fnvStep(fnvStep(fnvStep(FNV_START, 32), 32), 32);
    let prev4 = fnvStep(prev3, 32);
    let prevSpace = true;
    let wordHash = FNV_START;
    let wordLen = 0;
    let wordStart = -1;
    let prevWord = 0; // hash of the previous word, 0 at the start
    const shapes = (this.config.version ?? 1) >= 2;
    const nsChar = shapes ? NS_CHAR + 16 * chan : NS_CHAR;
    // Shape of the current word: digits, capitals, the first two digits, the character before it.
    let wDigits = 0, wUpper = 0, wLead = 0, wBefore = 32;
    let nDigits = 0, nUpper = 0, nLetters = 0, links = 0;
    for (let i = 0; i <= n; i++) {
      const code = i < n ? text.charCodeAt(i) : 32;
      let cls = i < n ? CLS[code]! : 0;
      if (cls === UNKNOWN) cls = classify(code);
      if (cls === 1) {
        if (wordLen === 0) {
          wordStart = i;
          wDigits = wUpper = wLead = 0;
          wBefore = i > 0 ? text.charCodeAt(i - 1) : 32;
        }
        const lo = LOW[code]!;
        if (wordLen < MAX_WORD_HASH_CHARS) wordHash = fnvStep(wordHash, lo);
        if (code >= 48 && code <= 57) {
          if (wordLen < 2) wLead = wLead * 10 + (code - 48);
          wDigits++;
        } else if (lo !== code) wUpper++;
        wordLen++;
      } else if (wordLen > 0) {
        const uni = combine(wordHash, NS_UNI);
        const uniCh = combine(wordHash, NS_UNI_CH + chan);
        nt = bump(acc, touched, nt, uni, mask, cmask);
        nt = bump(acc, touched, nt, uniCh, mask, cmask);
        if (prevWord !== 0) nt = bump(acc, touched, nt, combine(combine(prevWord, wordHash), NS_BI + (shapes ? chan : 0)), mask, cmask);
        if (shapes) {
          if (wDigits > 0) {
            nDigits += wDigits;
            if (wDigits === wordLen) {
              // A number by its length, and for phone-length numbers its first two digits: premium
              // rate (UK 09…), short codes (5 digits) and one-time codes (6) read differently.
              const len = wordLen > 15 ? 15 : wordLen;
              nt = bump(acc, touched, nt, combine(len * 128 + (wordLen >= 7 ? wLead : 100), NS_NUM), mask, cmask);
              if (wBefore === 0xa3 || wBefore === 0x24 || wBefore === 0x20ac || wBefore === 0x20b9 || wBefore === 0xa5) {
                nt = bump(acc, touched, nt, combine(wBefore * 8 + chan, NS_MONEY), mask, cmask);
              }
            }
          } else if (wUpper === wordLen) {
            nUpper += wUpper;
            // A shouted word ("FREE", "WINNER") apart from the same word in lower case.
            if (wordLen >= 2) nt = bump(acc, touched, nt, combine(wordHash, NS_CAPS), mask, cmask);
          } else nUpper += wUpper;
          nLetters += wordLen - wDigits;
          if (wordHash === H_HTTP || wordHash === H_HTTPS || wordHash === H_WWW) links++;
        }
        this.pushWord(wordStart, i, uni & mask, uniCh & mask);
        if (words) words.push({ start: wordStart, end: i, uni: uni & mask, uniCh: uniCh & mask });
        prevWord = wordHash;
        wordHash = FNV_START;
        wordLen = 0;
        wordStart = -1;
      }
      const c = cls === 0 ? 32 : LOW[code]!;
      if (c === 32 && prevSpace) continue;
      prevSpace = c === 32;
      // 3-, 4- and 5-grams ending here.
      const h3 = fnvStep(fnvStep(fnvStep(FNV_START, r3), r4), c);
      const h4 = fnvStep(prev3, c);
      const h5 = fnvStep(prev4, c);
      nt = bump(acc, touched, nt, combine(h3, nsChar + 3), mask, cmask);
      nt = bump(acc, touched, nt, combine(h4, nsChar + 4), mask, cmask);
      nt = bump(acc, touched, nt, combine(h5, nsChar + 5), mask, cmask);
      prev3 = h3;
      prev4 = h4;
      r3 = r4;
      r4 = c;
    }

    if (shapes) {
      // Share of digits and of capital letters in tenths, per channel, and whether there is a link.
      const all = nDigits + nLetters;
      const dShare = all > 0 ? Math.min(10, Math.floor((20 * nDigits) / all)) : 0;
      const uShare = nLetters > 0 ? Math.min(10, Math.floor((10 * nUpper) / nLetters)) : 0;
      nt = bump(acc, touched, nt, combine(chan * 64 + dShare, NS_RATIO), mask, cmask);
      nt = bump(acc, touched, nt, combine(chan * 64 + 32 + uShare, NS_RATIO), mask, cmask);
      if (links > 0) nt = bump(acc, touched, nt, combine(chan * 4 + Math.min(3, links), NS_URL), mask, cmask);
    }

    if (hosts) {
      for (let k = 0; k < nHosts; k++) {
        const host = hosts[k]!.toLowerCase();
        const dot = host.lastIndexOf('.');
        if (dot <= 0) continue;
        const prev = host.lastIndexOf('.', dot - 1);
        nt = bump(acc, touched, nt, combine(fnv1a(host.slice(prev + 1)), NS_HOST), mask, cmask);
        nt = bump(acc, touched, nt, combine(fnv1a(host.slice(dot + 1)), NS_TLD), mask, cmask);
      }
    }

    // Sublinear term frequency (1 + ln count), then L2 normalisation so long mails do not score
    // higher just for being long. The same floats as when the counts lived in a Float32Array that
    // was overwritten with the values: each value is rounded to Float32 once, the squares of the
    // unrounded values are summed as doubles in first-touch order, and the Float32 value times the
    // inverse norm is rounded into `values`.
    this.nTouched = nt;
    const m = nt;
    if (this.indices.length < m) {
      this.indices = new Int32Array(m * 2);
      this.values = new Float32Array(m * 2);
      this.weights = new Float32Array(m * 2);
    }
    const indices = this.indices;
    const values = this.values;
    const weights = this.weights;
    const scale = this.scale;
    let sq = 0;
    for (let k = 0; k < m; k++) {
      const i = touched[k]!;
      const a = acc[i]!;
      const count = a & cmask;
      const v = count < SUBLINEAR_TF.length ? SUBLINEAR_TF[count]! : 1 + Math.log(count);
      indices[k] = i;
      values[k] = v;
      weights[k] = (a >> 16) * scale;
      sq += v * v;
    }
    const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
    this.norm = inv;
    for (let k = 0; k < m; k++) values[k] = values[k]! * inv;
    this.length = m;
    return m;
  }

  /**
   * Clear the counts of the last message now. featurize() clears them itself before counting the
   * next message, but by then the rest of the pipeline has run and pushed those slots (one likely
   * cache miss each, thousands per email) out of the cache; a caller that is done with valueAt()
   * clears them while they are still cached. `indices`, `values`, `weights` and the word tokens stay
   * as they are; valueAt() answers 0 afterwards.
   */
  release(): void {
    const acc = this.acc;
    const touched = this.touched;
    const keep = ~this.cmask;
    for (let k = 0, n = this.nTouched; k < n; k++) {
      const t = touched[k]!;
      acc[t] = acc[t]! & keep;
    }
    this.nTouched = 0;
  }

  /** Normalised value of a slot in the last featurised message (0 when absent). */
  valueAt(slot: number): number {
    const count = this.acc[slot]! & this.cmask;
    if (count === 0) return 0;
    return Math.fround(count < SUBLINEAR_TF.length ? SUBLINEAR_TF[count]! : 1 + Math.log(count)) * this.norm;
  }
}
