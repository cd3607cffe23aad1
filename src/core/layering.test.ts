import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
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

/** The relative imports of a file, resolved to the .ts files they name (type-only imports too). */
function localImports(file: string): string[] {
  const out: string[] = [];
  for (const spec of importsOf(file)) {
    if (!spec.startsWith('.')) continue;
    const ts = join(dirname(file), spec).replace(/\.js$/, '.ts');
    if (existsSync(ts)) out.push(ts);
    else if (existsSync(join(ts.replace(/\.ts$/, ''), 'index.ts'))) out.push(join(ts.replace(/\.ts$/, ''), 'index.ts'));
  }
  return [...new Set(out)];
}

/** Every import circle among the files, each as the path that closes it (depth-first search). */
export function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, localImports(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

test('the import circle finder finds a circle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layering-'));
  try {
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.js';\n");
    writeFileSync(join(dir, 'b.ts'), "import type { c } from './c.js';\n");
    writeFileSync(join(dir, 'c.ts'), "export { a } from './a.js';\n");
    writeFileSync(join(dir, 'd.ts'), "import { a } from './a.js';\n");
    assert.deepEqual(importCycles(['a', 'b', 'c', 'd'].map((n) => join(dir, `${n}.ts`))).map((c) => c.map((f) => basename(f))), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no import circles in src/ (test files included)', () => {
  const files: string[] = [];
  const all = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) all(p);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(p);
    }
  };
  all('src');
  assert.deepEqual(importCycles(files).map((c) => c.join(' → ')), []);
});

// The pipeline runs parse → extract → facts → rules → scoring → advice, and imports follow it: a
// module imports its own stage or earlier ones, never a later one (facts never read rule types, rules
// never reach into scoring). The base layer (brands, shared types, limits, errors, the text matchers
// and language data of signals/, small utilities) sits under every stage and imports only itself.
// The pipeline's drivers (analyze, url-check, call-stream, index) sit on top and may import anything.
const STAGES = ['parse', 'extract', 'facts', 'rules', 'scoring', 'advice'] as const;
const STAGE_OF_DIR: Record<string, (typeof STAGES)[number] | 'base'> = {
  parse: 'parse',
  extract: 'extract',
  facts: 'facts',
  // The learned models' features are read from the message and its facts, for the rules that ask them.
  model: 'facts',
  rules: 'rules',
  scoring: 'scoring',
  advice: 'advice',
  // Exports (IOCs, CSV, STIX) are written from the finished report, beside the advice.
  export: 'advice',
  brands: 'base',
  signals: 'base',
  // What the engine knows (phrase lists, products, the lexicon compiler): data under every stage.
  knowledge: 'base',
};
const BASE_FILES = new Set(['types.ts', 'limits.ts', 'errors.ts', 'text-trim.ts', 'bounded-memo.ts', 'completeness.ts']);
const DRIVERS = new Set(['analyze.ts', 'url-check.ts', 'call-stream.ts', 'index.ts']);

/** Stage rank of a file under src/core: -1 base, 0.. the stages, Infinity a driver, null unknown. */
function rankOf(rel: string): number | null {
  const parts = rel.split('/');
  if (parts.length === 1) return BASE_FILES.has(rel) ? -1 : DRIVERS.has(rel) ? Infinity : null;
  const stage = STAGE_OF_DIR[parts[0]!];
  if (stage === undefined) return null;
  return stage === 'base' ? -1 : STAGES.indexOf(stage);
}

test('stages import only their own stage or earlier ones (parse < extract < facts < rules < scoring < advice)', () => {
  const bad: string[] = [];
  const unplaced: string[] = [];
  for (const f of walk('src/core')) {
    const rel = f.replace(/\\/g, '/').replace(/^src\/core\//, '');
    const from = rankOf(rel);
    if (from === null) {
      unplaced.push(rel);
      continue;
    }
    for (const spec of importsOf(f)) {
      if (!spec.startsWith('.')) continue;
      const target = join(rel.split('/').slice(0, -1).join('/'), spec).replace(/\\/g, '/').replace(/\.js$/, '.ts');
      if (target.startsWith('..')) continue;
      const to = rankOf(target);
      if (to === null || to > from) bad.push(`${rel} → ${target}`);
    }
  }
  assert.deepEqual(unplaced, [], 'every core module belongs to a stage, the base layer or the drivers');
  assert.deepEqual(bad, []);
});
