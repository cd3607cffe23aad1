import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// Imports flow one way: adapters (cli, server, web) → core/index.ts. The core never touches node:*,
// fs or the network, so it runs unchanged in the browser. Test files are exempt (they run in Node).

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'test-utils.ts' && name !== 'rule-tester.ts') out.push(p);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(IMPORT)) out.push((m[1] ?? m[2])!);
  return out;
}

test('src/core imports no node built-ins and no adapter code', () => {
  const bad: string[] = [];
  for (const f of walk('src/core')) {
    for (const spec of importsOf(f)) {
      if (spec.startsWith('node:') || ['fs', 'path', 'dns', 'net', 'http', 'https', 'crypto', 'child_process', 'os'].includes(spec)) bad.push(`${f} → ${spec}`);
      if (/\/(?:cli|server|web|node)\//.test(spec) || /^\.\.\/\.\.\/(?:cli|server|web|node)/.test(spec)) bad.push(`${f} → ${spec}`);
      if (spec === 'mailauth') bad.push(`${f} → ${spec} (node-only)`);
    }
  }
  assert.deepEqual(bad, []);
});

test('adapters import the core only through src/core/index.ts', () => {
  const bad: string[] = [];
  for (const dir of ['src/cli', 'src/server', 'src/web']) {
    let files: string[] = [];
    try {
      files = walk(dir);
    } catch {
      continue;
    }
    for (const f of files) {
      for (const spec of importsOf(f)) {
        if (/\/core\//.test(spec) && !/\/core\/index\.js$/.test(spec)) bad.push(`${f} → ${spec}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});
