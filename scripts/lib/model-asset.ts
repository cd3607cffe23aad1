import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { weightsInfo, type ModelHeader, type TextModelHeader, type UrlModelHeader } from '../../src/core/model/assets.js';
import type { ModelFile } from '../../src/core/model/predict.js';
import type { UrlModelFile } from '../../src/core/model/url-model.js';

// Writes a trained model as its asset folder (models/text-model, models/url-model): model.json (the
// header), weights.bin (int16 little-endian) and MODEL_CARD.md. The card's "Facts" list repeats
// the header's identity (src/node/model-files.test.ts checks that they agree).

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function textHeader(file: ModelFile, trainedAt: string): TextModelHeader {
  return {
    format: 2,
    kind: 'text-model',
    bits: file.bits,
    featureVersion: file.featureVersion ?? 1,
    maxChars: file.maxChars,
    maxHosts: file.maxHosts,
    bias: file.bias,
    scale: file.scale,
    platt: file.platt,
    trainedAt,
    weights: weightsInfo(file.weights),
    meta: file.meta,
  };
}

export function urlHeader(file: UrlModelFile, trainedAt: string): UrlModelHeader {
  return {
    format: 2,
    kind: 'url-model',
    bits: file.bits,
    featureVersion: file.featureVersion,
    bias: file.bias,
    scale: file.scale,
    platt: file.platt,
    threshold: file.threshold,
    trainedAt,
    weights: weightsInfo(file.weights),
    meta: file.meta,
  };
}

/** The card's "Facts" lines: what the header says, in words a person can check against it. */
export function cardFacts(h: ModelHeader): string[] {
  return [
    `- Model: ${h.kind}`,
    `- Trained: ${h.trainedAt}`,
    `- Feature version: ${h.featureVersion}`,
    `- Hash bits: ${h.bits}`,
    `- Weights: ${h.weights.file}, ${h.weights.bytes} bytes, FNV-1a ${h.weights.fnv1a}`,
    `- Seed: ${h.meta['seed'] ?? 'none'}`,
  ];
}

/** Write header, weights and card into `dir`. */
export async function writeModelAsset(dir: string, header: ModelHeader, weights: Uint8Array, card: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'model.json'), JSON.stringify(header, null, 2) + '\n');
  await writeFile(join(dir, header.weights.file), weights);
  await writeFile(join(dir, 'MODEL_CARD.md'), card.endsWith('\n') ? card : card + '\n');
}

/** The model card: what the model was trained on, how, and what the train script measured. */
export function textCard(h: TextModelHeader, measured: string): string {
  const m = h.meta;
  return [
    '# Model card: learned text model',
    '',
    'The classifier behind the rule `learned-model` (src/core/rules/learned-model.ts). Written by',
    '`npm run train` (scripts/train.ts) with model.json and weights.bin; do not edit by hand.',
    '',
    '## Facts (from model.json)',
    '',
    ...cardFacts(h),
    '',
    '## Training data',
    '',
    '- Every message file of the corpus (email/, sms/, call/, extra/; not url/), split by a hash of',
    `  each record id (scripts/lib/split.ts): ${m['train']} records in the train split, ${m['val']} in the validation`,
    '  split. The test split (15%) is never used for training or calibration.',
    '- Labels: the corpus label (scam or not), one record per message.',
    '',
    '## Features and model',
    '',
    `- Features version ${h.featureVersion} (src/core/model/features.ts): word unigrams and bigrams, character`,
    `  3–5-grams per channel, link host tokens and shape tokens, hashed into 2^${h.bits} slots. The model reads the`,
    '  text with the email Subject: label and email addresses blanked (maskForModel).',
    `- Logistic regression with NB log-count ratios (alpha ${m['nbAlpha']}, power ${m['nbPow']}), ${m['epochs']} epochs, min-df ${m['minDf']},`,
    '  class-balanced per channel. Weights stored as int16 × scale.',
    `- Calibration: Platt scaling per channel, fitted on the validation split: email a ${h.platt.email.a.toFixed(4)} b ${h.platt.email.b.toFixed(4)},`,
    `  sms a ${h.platt.sms.a.toFixed(4)} b ${h.platt.sms.b.toFixed(4)}, call a ${h.platt.call.a} b ${h.platt.call.b} (too few calls: the raw probability).`,
    '',
    '## Measured',
    '',
    '```',
    measured.trimEnd(),
    '```',
    '',
    '## Limits',
    '',
    '- It learns the sources as well as the lures: short mail is mostly phishing in the data, so the rule',
    '  discounts short notes (MIN_WORDS). Few genuine voicemails: on calls it reports only from p ≥ 0.8.',
    '- Languages and styles the corpus has few examples of are scored less reliably.',
    '',
  ].join('\n');
}

/** The model card (Markdown): the header's facts, then what the training run printed about the data and figures. */
export function urlCard(h: UrlModelHeader, card: readonly string[]): string {
  return [
    '# Model card: learned URL model',
    '',
    'The classifier behind the rule `learned-url-model` (src/core/rules/learned-url-model.ts) and the',
    'model finding of `impostor url` / `impostor domain`. Written by `npm run train:url`',
    '(scripts/train-url.ts) with model.json and weights.bin; do not edit by hand.',
    '',
    '## Facts (from model.json)',
    '',
    ...cardFacts(h),
    `- Calibration: Platt a ${h.platt.a.toFixed(4)} b ${h.platt.b.toFixed(4)}; reports at p ≥ ${h.threshold}`,
    '',
    '## Data, features, figures',
    '',
    '```text',
    ...card,
    '```',
    '',
  ].join('\n');
}
