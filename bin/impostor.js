#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare) or `npm run build`.
// `npm run build` also bundles it into dist/bundle/cli/ (scripts/build-cli.mjs): the same compiled
// code in a few files instead of ~350 modules, which starts ~200 ms faster. The bundle is used only
// when it is at least as new as the compiled CLI, so a plain `tsc` never runs stale code.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 first runs a regex in its bytecode interpreter and compiles it to machine code once it has run
// (tier-up), so each of the rules' large Unicode alternations was compiled twice in a short CLI run.
// Compiling straight to machine code gives the same matches and took ~50 ms off `impostor check`.
// Set before any module compiles a regex; long runs (serve) end in the same compiled state anyway.
setFlagsFromString('--no-regexp-tier-up');
// A server keeps new space at its initial size while the modules load; startServer() then lets it
// grow to a fixed cap (src/server/heap.ts: ≈ 50 MB less peak RSS with its other heap settings).
// Only a run-time setting works here: V8 resets a command-line growth factor below 2.
if (process.argv[2] === 'serve') setFlagsFromString('--semi-space-growth-factor=1');

const compiled = new URL('../dist/src/cli/run.js', import.meta.url);
const bundled = new URL('../dist/bundle/cli/run.mjs', import.meta.url);

function mtime(url) {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return -1;
  }
}

const { run } = await import(mtime(bundled) >= mtime(compiled) ? bundled.href : compiled.href);
process.exitCode = await run(process.argv.slice(2));
