import type { Channel } from '../types.js';
import type { Platt } from './logreg.js';
import { TextModel, type ModelFile } from './predict.js';
import { UrlModel, type UrlModelFile } from './url-model.js';

// The learned models are assets, not code: models/text-model/ and models/url-model/ each hold a
// small JSON header (model.json), the int16 weights as raw little-endian bytes (weights.bin) and a
// model card (MODEL_CARD.md), written by `npm run train` / `npm run train:url`. The core never reads
// a file itself (it runs in the browser): an adapter registers a ModelSource — Node reads the files
// beside the package (src/node/model-files.ts), the page fetches them (fetchModelSource) — and a
// model is read only when the first check needs it. analyze() awaits that (ensureModels); the
// synchronous entry points (runRules, checkUrl) get a model the source can hand over at once, or an
// error that says to await loadModels() first.

export type ModelName = 'text-model' | 'url-model';
export const MODEL_NAMES: readonly ModelName[] = ['text-model', 'url-model'];

/** Where a header says its weights are, and what they must be. */
export interface WeightsInfo {
  /** File name beside the header (weights.bin). */
  file: string;
  /** Length in bytes: 2 × 2^bits. */
  bytes: number;
  /** FNV-1a (32-bit, hex) of the bytes, to catch a weights file from another training run. */
  fnv1a: string;
}

interface HeaderCommon {
  format: 2;
  bits: number;
  featureVersion: number;
  bias: number;
  scale: number;
  /** Day the weights were trained (YYYY-MM-DD, UTC). */
  trainedAt: string;
  weights: WeightsInfo;
  meta: Record<string, string | number>;
}

export interface TextModelHeader extends HeaderCommon {
  kind: 'text-model';
  maxChars: Record<Channel, number>;
  maxHosts: number;
  platt: Record<Channel, Platt>;
}

export interface UrlModelHeader extends HeaderCommon {
  kind: 'url-model';
  platt: Platt;
  threshold: number;
}

export type ModelHeader = TextModelHeader | UrlModelHeader;

/** A model as read from its files: the parsed header and the weights' bytes. */
export interface RawModel {
  header: unknown;
  weights: Uint8Array;
}

/** How an adapter hands the core a model's files. May answer at once (Node) or later (fetch). */
export interface ModelSource {
  load(name: ModelName): RawModel | Promise<RawModel>;
}

/** FNV-1a, 32-bit, of bytes, as 8 hex digits. */
export function fnv1aBytes(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The header fields for a model's weights (what the train scripts write). */
export function weightsInfo(bytes: Uint8Array, file = 'weights.bin'): WeightsInfo {
  return { file, bytes: bytes.length, fnv1a: fnv1aBytes(bytes) };
}

function check(ok: unknown, name: ModelName, what: string): asserts ok {
  if (!ok) throw new Error(`${name}: ${what}`);
}

/** Check a header against its weights; the header typed, or an error naming what is wrong. */
export function checkModel(name: ModelName, raw: RawModel): ModelHeader {
  const h = raw.header as Partial<ModelHeader> | null;
  check(h && typeof h === 'object', name, 'the header is not an object');
  check(h.format === 2, name, `unknown header format ${String(h.format)}`);
  check(h.kind === name, name, `the header is for ${String(h.kind)}`);
  check(Number.isInteger(h.bits) && h.bits! >= 8 && h.bits! <= 24, name, 'bits out of range');
  check(typeof h.bias === 'number' && typeof h.scale === 'number' && h.scale > 0, name, 'bias or scale missing');
  check(h.weights && typeof h.weights === 'object', name, 'no weights entry');
  check(raw.weights.length === 2 << h.bits!, name, `the weights are ${raw.weights.length} bytes, not 2 × 2^${h.bits}`);
  check(raw.weights.length === h.weights.bytes, name, 'the weights are not the size the header says');
  check(fnv1aBytes(raw.weights) === h.weights.fnv1a, name, 'the weights are not the ones the header was written with');
  return h as ModelHeader;
}

/** A text model file (header + weights) from its raw form. */
export function textModelFile(raw: RawModel): ModelFile {
  const h = checkModel('text-model', raw);
  check(h.kind === 'text-model', 'text-model', 'not a text model');
  return { format: 1, bits: h.bits, maxChars: h.maxChars, maxHosts: h.maxHosts, featureVersion: h.featureVersion, bias: h.bias, scale: h.scale, weights: raw.weights, platt: h.platt, meta: h.meta };
}

/** A URL model file (header + weights) from its raw form. */
export function urlModelFile(raw: RawModel): UrlModelFile {
  const h = checkModel('url-model', raw);
  check(h.kind === 'url-model', 'url-model', 'not a URL model');
  return { format: 1, bits: h.bits, featureVersion: h.featureVersion, bias: h.bias, scale: h.scale, weights: raw.weights, platt: h.platt, threshold: h.threshold, meta: h.meta };
}

interface Loaded {
  'text-model': TextModel;
  'url-model': UrlModel;
}

let source: ModelSource | null = null;
let models: Partial<Loaded> = {};
let pending: Partial<Record<ModelName, Promise<void>>> = {};

function build<N extends ModelName>(name: N, raw: RawModel): Loaded[N] {
  return (name === 'text-model' ? TextModel.fromFile(textModelFile(raw)) : UrlModel.fromFile(urlModelFile(raw))) as Loaded[N];
}

function isPromise<T>(x: T | Promise<T>): x is Promise<T> {
  return typeof (x as Promise<T> | null)?.then === 'function';
}

/** Register where the models come from (an adapter does this once). Forgets models already read. */
export function setModelSource(s: ModelSource | null): void {
  source = s;
  models = {};
  pending = {};
}

/** Whether an adapter has registered a model source. */
export function hasModelSource(): boolean {
  return source !== null;
}

/** Read the named models now (by default both), unless they are read already. */
export async function loadModels(names: readonly ModelName[] = MODEL_NAMES): Promise<void> {
  await Promise.all(names.map((n) => loadOne(n)));
}

function loadOne(name: ModelName): Promise<void> {
  if (models[name]) return Promise.resolve();
  if (!source) return Promise.reject(new Error(noSource(name)));
  return (pending[name] ??= settle(name, source, source.load(name)));
}

/** Keep the model once its files arrive (unless another source was registered meanwhile). */
function settle(name: ModelName, s: ModelSource, raw: RawModel | Promise<RawModel>): Promise<void> {
  return Promise.resolve(raw)
    .then((r) => {
      if (source === s) (models as Record<ModelName, unknown>)[name] = build(name, r);
    })
    .finally(() => {
      if (source === s) delete pending[name];
    });
}

function noSource(name: ModelName): string {
  return `the ${name} is not loaded: no model source is registered (Node: import src/node/model-files.js; browser: setModelSource(fetchModelSource(...)))`;
}

/** A model for a synchronous caller: already read, or read now from a source that answers at once. */
function committed<N extends ModelName>(name: N): Loaded[N] {
  const have = models[name];
  if (have) return have as Loaded[N];
  if (!source) throw new Error(noSource(name));
  if (pending[name]) throw new Error(`the ${name} is still loading: await loadModels() first`);
  const raw = source.load(name);
  if (isPromise(raw)) {
    (pending[name] = settle(name, source, raw)).catch(() => undefined);
    throw new Error(`the ${name} is still loading: await loadModels() first`);
  }
  const m = build(name, raw);
  (models as Record<ModelName, unknown>)[name] = m;
  return m;
}

/** The committed text model (models/text-model). */
export function committedTextModel(): TextModel {
  return committed('text-model');
}

/** The committed URL model (models/url-model). */
export function committedUrlModel(): UrlModel {
  return committed('url-model');
}

/**
 * Read the models a check with these options will use (analyze awaits this before the rules run):
 * none for a model turned off (false) or replaced (a TextModel / UrlModel of an evaluation fold).
 */
export function ensureModels(options: Readonly<Record<string, unknown>>): Promise<void> {
  const names: ModelName[] = [];
  if (options['model'] !== false && !(options['model'] instanceof TextModel) && !models['text-model']) names.push('text-model');
  if (options['urlModel'] !== false && !(options['urlModel'] instanceof UrlModel) && !models['url-model']) names.push('url-model');
  return names.length ? loadModels(names) : Promise.resolve();
}

/**
 * A source that fetches each model's files from a base URL (the page: the site's own folder). The
 * files are `<name>.json` and `<name>.bin` there (scripts/build-web.mjs copies them so).
 */
export function fetchModelSource(base: string | URL, fetcher: (url: string) => Promise<Response> = (u) => fetch(u)): ModelSource {
  const get = async (file: string): Promise<Response> => {
    const url = new URL(file, base).href;
    const res = await fetcher(url);
    if (!res.ok) throw new Error(`could not fetch ${file}: HTTP ${res.status}`);
    return res;
  };
  return {
    async load(name) {
      const [header, weights] = await Promise.all([get(`${name}.json`).then((r) => r.json() as Promise<unknown>), get(`${name}.bin`).then((r) => r.arrayBuffer())]);
      return { header, weights: new Uint8Array(weights) };
    },
  };
}
