#!/usr/bin/env node
// Runs every compiled test file (dist/**/*.test.js) with node's own test runner. Node 20's --test
// does not expand globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
let files = walk('dist').sort();
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('no test files found under dist/ — run `npm run build` first');
  process.exit(1);
}
// Tests import the core directly; the Node adapter's model source (the package's models/ files) is
// registered in every test process first, as the CLI and the server do at start.
const r = spawnSync(process.execPath, ['--import', './dist/src/node/model-files.js', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
