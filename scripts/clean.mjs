#!/usr/bin/env node
// `npm run build` starts from an empty dist/: compiled files of deleted or renamed sources (an old
// dist/src/core/model/weights.js) would otherwise survive, be tested and be shipped. Portable (no rm -rf).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

rmSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true, force: true });
