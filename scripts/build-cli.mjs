#!/usr/bin/env node
// Bundles the compiled CLI (dist/src/cli/run.js and everything it imports) into a few ESM files under
// dist/bundle/cli/, which bin/impostor.js loads when they are newer than the compiled sources.
// Why: the unbundled CLI loads ~350 modules (zod and libphonenumber-js alone are ~190), and resolving,
// reading and compiling them one by one was about a quarter of the cold start. The code is the same
// tsc output the tests run, only concatenated; subcommands and mailauth stay lazy (separate chunks).
import { build } from 'esbuild';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Two levels below dist/, like dist/src/server/node.js, so that its `new URL('../../web/',
// import.meta.url)` still finds dist/web from inside a chunk.
const out = join(root, 'dist', 'bundle', 'cli');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { run: join(root, 'dist/src/cli/run.js'), 'analyze-worker': join(root, 'dist/src/node/pool/worker.js') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: ['node20'],
  outExtension: { '.js': '.mjs' },
  // mailauth (only for `check --dns`) is CommonJS with many node built-ins: left to Node's loader.
  // tesseract.js starts its worker from a path inside its own package: left to Node's loader too.
  // PGlite loads its WebAssembly and data files, BullMQ its Lua scripts, from beside their modules;
  // pg, ioredis and prom-client are loaded with them only by serve, worker and scan --queue.
  external: ['mailauth', 'mailauth/*', 'tesseract.js', '@electric-sql/pglite', '@electric-sql/pglite/*', 'pg', 'bullmq', 'ioredis', 'prom-client'],
  // CommonJS dependencies bundled into ESM call require() for node built-ins.
  banner: { js: "import { createRequire as __impostorCreateRequire } from 'node:module'; const require = __impostorCreateRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});

const size = statSync(join(out, 'run.mjs')).size;
console.log(`build-cli: dist/bundle/cli/run.mjs ${(size / 1024).toFixed(1)} kB`);
