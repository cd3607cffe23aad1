#!/usr/bin/env node
// Bundles the page for the browser. src/web/main.ts → dist/web/app.js is what loads first: the
// form, the interface strings and the service-worker registration, nothing of the core. The
// analysis (the core and its brand packs) and the result view are split into chunks that the page
// imports on the first check, so a visit that checks nothing downloads a few tens of kB. The learned
// models are not code: their files (models/<name>/model.json and weights.bin) are copied as
// <name>.json and <name>.bin, and the engine fetches them on the first check (fetchModelSource). The service worker (src/web/sw.ts → dist/web/sw.js) gets the lists of files it
// keeps: the shell at install, the lazy chunks once the page has used them. Everything is served
// from the same origin (no CDNs, no fonts).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
// Chunk names carry a content hash; old ones would pile up and be listed for caching.
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: { app: join(root, 'src/web/main.ts') },
  outdir: out,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  // Maps for local debugging only: no sourceMappingURL comment, and the server does not serve .map.
  sourcemap: 'external',
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

for (const f of ['index.html', 'styles.css', 'manifest.webmanifest']) copyFileSync(join(root, 'src/web', f), join(out, f));
// Screenshots are read in the browser (src/web/screenshot.ts): tesseract.js's worker, its
// WebAssembly cores (LSTM only; the worker picks the one the browser can run) and the language data
// from npm are files of this site, fetched only when a person checks an image. Not in the service
// worker's lists (about 23 MB).
const ocrFiles = [
  ['tesseract.js/dist/worker.min.js', 'tesseract-worker.min.js'],
  ...['', '-simd', '-relaxedsimd'].map((v) => [`tesseract.js-core/tesseract-core${v}-lstm.wasm.js`, `tesseract-core${v}-lstm.wasm.js`]),
  ...['eng', 'deu', 'spa', 'fra', 'por', 'jpn'].map((l) => [`@tesseract.js-data/${l}/4.0.0_best_int/${l}.traineddata.gz`, `${l}.traineddata.gz`]),
];
// Copied as they are, except the "sourceMappingURL" comment at the end of the vendor scripts: their
// maps are not shipped (and this site serves no source map).
for (const [from, to] of ocrFiles) {
  if (to.endsWith('.js')) writeFileSync(join(out, to), readFileSync(join(root, 'node_modules', from), 'utf8').replace(/\n?\/\/# sourceMappingURL=[^\n]*\s*$/, '\n'));
  else copyFileSync(join(root, 'node_modules', from), join(out, to));
}
for (const size of [192, 512]) writeFileSync(join(out, `icon-${size}.png`), iconPng(size));
// The learned models, fetched by the engine on the first check and kept by the service worker with
// the lazy chunks (src/web/sw.ts).
const modelFiles = [];
for (const name of ['text-model', 'url-model']) {
  const dir = join(root, 'models', name);
  const header = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
  copyFileSync(join(dir, 'model.json'), join(out, `${name}.json`));
  copyFileSync(join(dir, header.weights.file), join(out, `${name}.bin`));
  modelFiles.push(`${name}.json`, `${name}.bin`);
}

// Which files the first visit needs (the shell) and which come with the first check (lazy).
const ocrNames = new Set(ocrFiles.map(([, to]) => to));
const names = readdirSync(out).filter((n) => !n.endsWith('.map') && !n.endsWith('.LEGAL.txt') && !ocrNames.has(n));
// A chunk that app.js imports statically (code shared with the lazy part) is part of the shell.
const appOut = Object.entries(result.metafile.outputs).find(([p]) => p.endsWith('/app.js') || p === 'dist/web/app.js')?.[1];
const eager = (appOut?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => i.path.split('/').pop());
const shell = ['./', 'index.html', 'styles.css', 'app.js', ...eager, 'manifest.webmanifest', 'icon-192.png', 'icon-512.png'];
const lazyChunks = names.filter((n) => n.startsWith('chunk-') && n.endsWith('.js') && !eager.includes(n)).sort();
const lazy = [...lazyChunks, ...modelFiles];
const version = createHash('sha256')
  .update(names.sort().map((n) => `${n}:${statSync(join(out, n)).size}:${createHash('sha256').update(readFileSync(join(out, n))).digest('hex')}`).join('\n'))
  .digest('hex')
  .slice(0, 12);
await build({
  entryPoints: [join(root, 'src/web/sw.ts')],
  outfile: join(out, 'sw.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  define: { __SW_VERSION__: JSON.stringify(version), __SW_SHELL__: JSON.stringify(shell), __SW_LAZY__: JSON.stringify(lazy) },
  logLevel: 'warning',
});

const kB = (files) => (files.reduce((n, f) => n + statSync(join(out, f)).size, 0) / 1024).toFixed(1);
const chunkSizes = lazyChunks.map((f) => `${f} ${kB([f])}`).join(', ');
console.log(`build-web: ${kB(['app.js', ...eager, 'index.html', 'styles.css'])} kB before the first check (app.js${eager.length ? ` + ${eager.length} shared chunk(s)` : ''}, html, css), ${kB(lazyChunks)} kB in ${lazyChunks.length} lazy chunk(s) (${chunkSizes}), models ${kB(modelFiles)} kB, sw ${version}`);

/**
 * The home-screen icon, drawn here so the repository holds no binary: a white exclamation mark in
 * a rounded blue square (the page's accent colour), as an 8-bit RGBA PNG.
 */
function iconPng(n) {
  const px = Buffer.alloc(n * (n * 4 + 1));
  const r = n * 0.18;
  const inRounded = (x, y) => {
    const cx = Math.min(Math.max(x, r), n - r), cy = Math.min(Math.max(y, r), n - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const bar = (x, y) => Math.abs(x - n / 2) <= n * 0.07 && y >= n * 0.2 && y <= n * 0.62;
  const dot = (x, y) => (x - n / 2) ** 2 + (y - n * 0.76) ** 2 <= (n * 0.08) ** 2;
  for (let y = 0; y < n; y++) {
    px[y * (n * 4 + 1)] = 0;
    for (let x = 0; x < n; x++) {
      const o = y * (n * 4 + 1) + 1 + x * 4;
      const inside = inRounded(x + 0.5, y + 0.5);
      const white = bar(x + 0.5, y + 0.5) || dot(x + 0.5, y + 0.5);
      const c = white ? [255, 255, 255] : [0x0b, 0x57, 0xa4];
      px[o] = c[0]; px[o + 1] = c[1]; px[o + 2] = c[2]; px[o + 3] = inside ? 255 : 0;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, k) => {
    let c = k;
    for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0); ihdr.writeUInt32BE(n, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(px)), chunk('IEND', Buffer.alloc(0))]);
}
