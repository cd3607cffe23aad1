#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare) or `npm run build`.
// `npm run build` also bundles it into dist/bundle/cli/ (scripts/build-cli.mjs): the same compiled
// code in a few files instead of ~350 modules, which starts ~200 ms faster. The bundle is used only
// when it is at least as new as the compiled CLI, so a plain `tsc` never runs stale code.
import { statSync } from 'node:fs';

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
