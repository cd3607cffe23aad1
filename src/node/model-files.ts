import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasModelSource, setModelSource, type ModelName, type ModelSource, type RawModel } from '../core/index.js';

// The learned models for Node: models/<name>/model.json and weights.bin of the package, read with
// readFileSync when the first check needs them (the core asks; see src/core/model/assets.ts). The
// folder is found upwards from this file, so it works from dist/src/node, from a bundle chunk in
// dist/bundle/cli and from an installed package. Importing this module registers the source (the
// CLI, the server, the analysis workers, the scripts and the test runner do), unless another is.

let found: string | null = null;

/** The package's models/ folder. */
export function modelsDir(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const p = join(dir, 'models');
    if (existsSync(join(p, 'text-model', 'model.json'))) return (found = p);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`the learned models (models/text-model/model.json) were not found above ${fileURLToPath(import.meta.url)}`);
}

/** A model's header and weights from its folder (default: models/<name> of the package). */
export function readModelFiles(name: ModelName, dir = join(modelsDir(), name)): RawModel {
  const header = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as { weights?: { file?: unknown } };
  const file = typeof header.weights?.file === 'string' ? header.weights.file : 'weights.bin';
  if (!/^[\w.-]+$/.test(file)) throw new Error(`${name}: bad weights file name`);
  const b = readFileSync(join(dir, file));
  return { header, weights: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
}

export const nodeModelSource: ModelSource = { load: (name) => readModelFiles(name) };

/** Register the package's model files as the core's model source (once; keeps one set before). */
export function useNodeModelFiles(): void {
  if (!hasModelSource()) setModelSource(nodeModelSource);
}

useNodeModelFiles();
