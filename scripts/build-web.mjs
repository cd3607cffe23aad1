#!/usr/bin/env node
// Bundles the page for the browser: src/web/main.ts and the core it imports → dist/web/app.js,
// plus the static HTML and CSS. Everything is served from the same origin (no CDNs, no fonts).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: [join(root, 'src/web/main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// The core is browser-safe by rule; a node:* import reaching the bundle means a layering break.
const nodeImports = Object.keys(result.metafile.inputs).filter((p) => p.startsWith('node:'));
if (nodeImports.length) {
  console.error(`build-web: node-only modules reached the browser bundle: ${nodeImports.join(', ')}`);
  process.exit(1);
}

for (const f of ['index.html', 'styles.css']) copyFileSync(join(root, 'src/web', f), join(out, f));
const size = statSync(join(out, 'app.js')).size;
console.log(`build-web: dist/web/app.js ${(size / 1024).toFixed(1)} kB`);
