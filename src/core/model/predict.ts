import type { Channel, Message } from '../types.js';
import { DEFAULT_FEATURES, Featurizer, type FeatureConfig, type ModelInput } from './features.js';
import { sigmoid, type LinearModel, type Platt } from './logreg.js';

// Scoring the learned model. Its weights are little-endian int16 with one scale factor, shipped as
// an asset (models/text-model: a JSON header and the raw bytes) that model/assets.ts reads through
// the adapter's model source, on first use.

export interface ModelFile {
  format: 1;
  bits: number;
  maxChars: Record<Channel, number>;
  maxHosts: number;
  /** Feature set version (FeatureConfig.version); absent in files written before version 2. */
  featureVersion?: number;
  bias: number;
  scale: number;
  /** Int16 little-endian weights as bytes, 2^bits of them. */
  weights: Uint8Array;
  /** Per-channel Platt scaling fitted on the validation split (never on training data). */
  platt: Record<Channel, Platt>;
  meta: Record<string, string | number>;
}

export interface TermContribution {
  term: string;
  contribution: number;
  spans: { start: number; end: number }[];
}

export function encodeWeights(q: Int16Array): Uint8Array {
  const bytes = new Uint8Array(q.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < q.length; i++) view.setInt16(i * 2, q[i]!, true);
  return bytes;
}

// Terms quoted as evidence never contain a digit: a word with digits can be a fragment of a one-time
// code, a card or account number, which a report must not repeat.
const HAS_DIGIT = /\p{Nd}/u;

const HOST = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@\s]{0,200}@)?([^/?#:\s]{1,253})/i;

/**
 * What the model reads from a parsed message: its text and the hosts of its HTML links. Links found
 * in the text itself are skipped: their hosts are already in the character n-grams, and skipping
 * them keeps the trainer (which only parses) and the analyser (which also extracts) identical.
 */
export function modelInputOf(message: Message): ModelInput {
  const hosts: string[] = [];
  for (const l of message.links) {
    if (hosts.length >= DEFAULT_FEATURES.maxHosts) break;
    if (l.origin !== 'html') continue;
    const m = HOST.exec(l.href);
    if (m) hosts.push(m[1]!);
  }
  return { channel: message.channel, text: maskForModel(message), hosts };
}

// Bounded, so the scan stays linear: local part, "@", up to nine dot-separated labels.
const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}/gu;
const SUBJECT_LABEL = 'Subject: ';

/**
 * The text the model reads, the same length as the message text (so its spans still point into
 * it) with what says nothing about the wording blanked: the "Subject:" label that the parser puts
 * in front of every email (the old model weighed "subject" as a scam word, because the phishing
 * source has short bodies), and email addresses (one source anonymised every recipient as
 * phishing@pot, another as kijitora@example.jp: the model learned the datasets, not the lures).
 * Who sent the message is judged by the sender rules, not by the classifier.
 */
export function maskForModel(message: Pick<Message, 'channel' | 'text'>): string {
  let text = message.text;
  if (message.channel === 'email' && text.startsWith(SUBJECT_LABEL)) text = ' '.repeat(SUBJECT_LABEL.length) + text.slice(SUBJECT_LABEL.length);
  if (text.includes('@')) text = text.replace(EMAIL_ADDRESS, (m) => ' '.repeat(m.length));
  return text;
}

/** Weights as stored in a model file: int16 values and one scale (weight = Float32(q × scale)). */
export interface QuantizedWeights {
  q: Int16Array;
  scale: number;
  bias: number;
}

export class TextModel {
  readonly platt: Record<Channel, Platt>;
  private readonly fx: Featurizer;
  private readonly bias: number;
  /** Float weights; for a model whose weights ride in the featuriser, decoded only when `linear` is first read. */
  private w: Float32Array | null;
  /** Whether the featuriser carries the weights (see Featurizer.attachWeights). */
  private readonly packed: boolean;

  constructor(linear: LinearModel | QuantizedWeights, platt: Record<Channel, Platt>, config: FeatureConfig = DEFAULT_FEATURES) {
    const size = 'w' in linear ? linear.w.length : linear.q.length;
    if (size !== 1 << config.bits) throw new Error('model weights do not match the feature size');
    this.platt = platt;
    this.bias = linear.bias;
    this.fx = new Featurizer(config);
    if ('w' in linear) {
      this.w = linear.w;
      this.packed = false;
    } else {
      // Packed, the featuriser holds the only copy of the weights (the int16 array can go).
      this.packed = this.fx.attachWeights(linear.q, linear.scale);
      this.w = this.packed ? null : decodeQuantized(linear);
    }
  }

  /**
   * The weights as floats and the bias (for a model from a file: int16 × scale, rounded to Float32).
   * For a model whose weights ride in the featuriser this is a copy, made on first read: editing it
   * does not change the scores.
   */
  get linear(): LinearModel {
    if (!this.w) {
      const w = new Float32Array(this.fx.dims);
      for (let i = 0; i < w.length; i++) w[i] = this.fx.weightAt(i);
      this.w = w;
    }
    return { w: this.w, bias: this.bias };
  }

  static fromFile(file: ModelFile): TextModel {
    const bytes = file.weights;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const q = new Int16Array(bytes.length >> 1);
    for (let i = 0; i < q.length; i++) q[i] = view.getInt16(i * 2, true);
    return new TextModel({ q, scale: file.scale, bias: file.bias }, file.platt, {
      bits: file.bits,
      maxChars: file.maxChars,
      maxHosts: file.maxHosts,
      version: file.featureVersion ?? 1,
    });
  }

  /** w·x for the message the featuriser has just processed (`n` features), plus the bias. */
  private dot(n: number): number {
    const fx = this.fx;
    const values = fx.values;
    let z = this.bias;
    if (this.packed) {
      const weights = fx.weights;
      for (let k = 0; k < n; k++) z += weights[k]! * values[k]!;
    } else {
      const w = this.w!;
      const indices = fx.indices;
      for (let k = 0; k < n; k++) z += w[indices[k]!]! * values[k]!;
    }
    return z;
  }

  /** Weight of one slot, as a Float32. */
  private weightAt(slot: number): number {
    return this.packed ? this.fx.weightAt(slot) : this.w![slot]!;
  }

  /** Raw margin z = w·x + b. */
  margin(input: ModelInput): number {
    const z = this.dot(this.fx.featurize(input));
    this.fx.release();
    return z;
  }

  /** Calibrated probability that the message is a scam (Platt scaling of the channel). */
  probability(input: ModelInput): number {
    const z = this.margin(input);
    const p = this.platt[input.channel] ?? { a: 1, b: 0 };
    return sigmoid(p.a * z + p.b);
  }

  /**
   * Words that pushed the score up most, with where they occur. A word's contribution is the weight
   * of its unigram features times their value; bigrams and character n-grams are not attributed.
   * Terms with a digit are left out (see HAS_DIGIT).
   */
  explain(input: ModelInput, k = 5, maxSpansPerTerm = 3): TermContribution[] {
    this.fx.featurize(input);
    const terms = this.termsOf(input, k, maxSpansPerTerm);
    this.fx.release();
    return terms;
  }

  /**
   * The calibrated probability and, only when it reaches `explainFrom`, the explanation, from ONE
   * featurisation: scoring and explaining a flagged message used to featurise it twice. The result
   * is identical to probability() and explain() called separately.
   */
  assess(input: ModelInput, explainFrom: number, k = 5, maxSpansPerTerm = 3): { probability: number; terms: TermContribution[] | null } {
    const z = this.dot(this.fx.featurize(input));
    const pl = this.platt[input.channel] ?? { a: 1, b: 0 };
    const probability = sigmoid(pl.a * z + pl.b);
    const terms = probability >= explainFrom ? this.termsOf(input, k, maxSpansPerTerm) : null;
    this.fx.release();
    return { probability, terms };
  }

  /** The explanation from the word tokens of the message the featuriser has just processed. */
  private termsOf(input: ModelInput, k: number, maxSpansPerTerm: number): TermContribution[] {
    const fx = this.fx;
    const byTerm = new Map<string, TermContribution>();
    const m = Math.min(fx.wordCount, 5000);
    for (let i = 0; i < m; i++) {
      const start = fx.wordStart[i]!;
      const end = fx.wordEnd[i]!;
      const term = input.text.slice(start, end).toLowerCase();
      let entry = byTerm.get(term);
      if (!entry) {
        const uni = fx.wordUni[i]!;
        const uniCh = fx.wordUniCh[i]!;
        const c = this.weightAt(uni) * fx.valueAt(uni) + this.weightAt(uniCh) * fx.valueAt(uniCh);
        byTerm.set(term, (entry = { term, contribution: c, spans: [] }));
      }
      if (entry.spans.length < maxSpansPerTerm) entry.spans.push({ start, end });
    }
    return [...byTerm.values()]
      .filter((e) => e.contribution > 0 && e.term.length > 2 && !HAS_DIGIT.test(e.term) && !FUNCTION_WORDS.has(e.term))
      .sort((a, b) => b.contribution - a.contribution || (a.term < b.term ? -1 : 1))
      .slice(0, k);
  }
}

// Function words and URL scaffolding carry weight in the model but explain nothing to a reader
// ("your", "on", "http"); the explanation quotes content words only. The score is unchanged.
const FUNCTION_WORDS = new Set(
  (
    'the and for you your yours our ours are was were has have had not but this that these those with from into onto ' +
    'will would can could shall should may might must been being its it\'s his her hers him they them their there here ' +
    'who whom what when where which why how all any each some such than then too very just also only own same ' +
    'about above after again against below between both during before off out over under until upon while ' +
    'http https www com net org html htm php ' +
    'der die das und ist ihr ihre ihren sie wir uns mit von für fur auf dem den des ein eine einen nicht zu bei ' +
    'los las del por para con una uno sus que tus mas más ' +
    'les des une est vous votre vos pour avec dans sur pas ' +
    'dos das seu sua com uma não nao ' +
    'het een van voor met uw jij'
  ).split(' '),
);

function decodeQuantized({ q, scale }: QuantizedWeights): Float32Array {
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i]! * scale;
  return w;
}
