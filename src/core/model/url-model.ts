import type { BrandPack } from '../brands/schema.js';
import { isShortenerDomain } from '../facts/links.js';
import { hostParts, lookalikeWord, officialBrandOf } from '../signals/lookalike.js';
import { isSharedPlatform } from '../signals/url-heuristics.js';
import { combine, fnv1a } from './hash.js';
import { sigmoid, type Platt } from './logreg.js';

// The learned URL model: a logistic regression over hashed features of a link's REGISTRABLE DOMAIN
// only (scripts/train-url.ts). Why only that: its legit training data (Majestic top sites) are bare
// registrable domains while its phishing data (JPCERT/CC, OpenPhish) are full URLs with scheme,
// subdomains and paths, so any feature of the scheme, subdomain or path would learn "has a path =
// phishing" — the sources, not the lures. Subdomain and path traits stay with the hand-written
// heuristics (signals/url-heuristics.ts). Shared platforms (free hosting, dynamic DNS, shorteners),
// IP hosts and the brands' own domains are not scored: there the registrable domain is not the
// phisher's choice, or the answer is already known.
// Pure and browser-safe; linear in the length of the name.

export interface UrlModelFile {
  format: 1;
  bits: number;
  /** Feature set version (URL_FEATURE_VERSION). */
  featureVersion: number;
  bias: number;
  scale: number;
  /** Little-endian int16 weights as bytes, 2^bits of them (models/url-model/weights.bin). */
  weights: Uint8Array;
  /** Platt scaling fitted on out-of-fold margins (never on the model's own training scores). */
  platt: Platt;
  /** Calibrated probability at and above which the model reports (the operating point). */
  threshold: number;
  meta: Record<string, string | number>;
}

export const URL_FEATURE_VERSION = 1;

// Namespaces keep the families apart.
const NS_CHAR = 0x1100;
const NS_SUFFIX = 0x1200;
const NS_TLD = 0x1300;
const NS_LEN = 0x1400;
const NS_DIGITS = 0x1500;
const NS_HYPHENS = 0x1600;
const NS_WORD = 0x1700;
const NS_BRAND = 0x1800;
const NS_IDN = 0x1900;
const NS_SHAPE = 0x1a00;

const MAX_LABEL = 63;

/** The part of a host the model reads: the registrable domain's label and its public suffix. */
export interface DomainName {
  /** Registrable domain minus its public suffix ("amazon" for amazon.co.uk), ASCII (punycode). */
  label: string;
  suffix: string;
}

/**
 * Hashed features of a registrable domain: character 2–5-grams of the label (digits folded to 0,
 * with ^ and $ at its ends), its hyphen-separated words, the public suffix and the TLD as tokens,
 * the label's length, digit and hyphen counts, and whether a brand pack's name appears in it (as a
 * substring, or as a lookalike word). Nothing of a scheme, subdomain, path or query. Deterministic:
 * the same name always gives the same slots and values, sorted by slot.
 */
export function urlFeatures(name: DomainName, bits: number, brands: readonly BrandPack[]): { indices: Int32Array; values: Float32Array } {
  const mask = (1 << bits) - 1;
  const acc = new Map<number, number>();
  const add = (h: number, v = 1) => {
    const slot = h & mask;
    acc.set(slot, (acc.get(slot) ?? 0) + v);
  };
  const label = name.label.toLowerCase().slice(0, MAX_LABEL);
  const folded = label.replace(/\d/g, '0');
  const s = `^${folded}$`;
  // Character n-grams, scaled so a long name does not outvote a short one by length alone.
  const grams: string[] = [];
  for (let n = 2; n <= 5; n++) for (let i = 0; i + n <= s.length; i++) grams.push(s.slice(i, i + n));
  const gv = grams.length ? 3 / Math.sqrt(grams.length) : 0;
  for (const g of grams) add(combine(NS_CHAR, fnv1a(g)), gv);
  for (const w of folded.split('-')) if (w.length >= 2) add(combine(NS_WORD, fnv1a(w)));
  const suffix = name.suffix.toLowerCase();
  add(combine(NS_SUFFIX, fnv1a(suffix)));
  add(combine(NS_TLD, fnv1a(suffix.split('.').pop() ?? '')));
  add(combine(NS_LEN, Math.min(label.length, 24)));
  let digits = 0;
  let hyphens = 0;
  for (const ch of label) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (ch === '-') hyphens++;
  }
  add(combine(NS_DIGITS, Math.min(digits, 6)));
  add(combine(NS_HYPHENS, Math.min(hyphens, 4)));
  if (digits > 0 && digits < label.length) add(combine(NS_SHAPE, /\d$/.test(label) ? 1 : 2));
  if (label.startsWith('xn--') || label.includes('-xn--')) add(combine(NS_IDN, 1));
  let brand = 0;
  for (const b of brands) {
    for (const t of b.domainTokens) if (t.length >= 4 && label.includes(t.toLowerCase())) brand = 1;
    if (brand) break;
  }
  if (!brand) {
    for (const w of label.split('-').slice(0, 8)) if (w.length >= 5 && lookalikeWord(w, brands)) brand = 2;
  }
  if (brand) add(combine(NS_BRAND, brand));
  const indices = Int32Array.from([...acc.keys()].sort((a, b) => a - b));
  const values = Float32Array.from(indices, (i) => acc.get(i)!);
  return { indices, values };
}

/**
 * The registrable domain the model would judge for a host, or null when it does not judge it: an
 * IP address, a brand's own domain, a shared platform (free hosting, dynamic DNS) or a shortener.
 */
export function modelDomainOf(host: string, brands: readonly BrandPack[]): (DomainName & { registrable: string }) | null {
  const p = hostParts(host);
  if (!p.ascii || p.isIp || !p.suffix || !p.label || p.label.includes('.')) return null;
  if (officialBrandOf(p.registrable, brands)) return null;
  if (isSharedPlatform(p.registrable) || isShortenerDomain(p.registrable)) return null;
  return { label: p.label, suffix: p.suffix, registrable: p.registrable };
}

export class UrlModel {
  readonly threshold: number;
  readonly platt: Platt;
  readonly bits: number;
  private readonly w: Float32Array;
  private readonly bias: number;

  constructor(w: Float32Array, bias: number, platt: Platt, threshold: number) {
    this.bits = Math.log2(w.length);
    if (!Number.isInteger(this.bits)) throw new Error('URL model weights must have 2^bits slots');
    this.w = w;
    this.bias = bias;
    this.platt = platt;
    this.threshold = threshold;
  }

  static fromFile(file: UrlModelFile): UrlModel {
    if (file.featureVersion !== URL_FEATURE_VERSION) throw new Error(`URL model feature version ${file.featureVersion} is not ${URL_FEATURE_VERSION}`);
    const bytes = file.weights;
    if (bytes.length !== 2 << file.bits) throw new Error('URL model weights do not match its size');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const w = new Float32Array(1 << file.bits);
    for (let i = 0; i < w.length; i++) w[i] = view.getInt16(i * 2, true) * file.scale;
    return new UrlModel(w, file.bias, file.platt, file.threshold);
  }

  /** Raw margin w·x + b of a registrable domain. */
  margin(name: DomainName, brands: readonly BrandPack[]): number {
    const { indices, values } = urlFeatures(name, this.bits, brands);
    let z = this.bias;
    for (let k = 0; k < indices.length; k++) z += this.w[indices[k]!]! * values[k]!;
    return z;
  }

  /** Calibrated probability that a registrable domain is a phishing domain. */
  probability(name: DomainName, brands: readonly BrandPack[]): number {
    return sigmoid(this.platt.a * this.margin(name, brands) + this.platt.b);
  }
}
