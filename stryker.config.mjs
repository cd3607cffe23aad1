import { existsSync } from 'node:fs';

// Mutation testing (npm run mutation) over the scoring and the rules: StrykerJS changes one piece
// of code at a time (a `>=` to `>`, a `??` to `&&`, a composite list emptied) and checks that some
// test fails. Narrow it with `npm run mutation -- --mutate 'src/core/scoring/**'` (or one rule file).
//
// Why this runner: the tests are node:test files compiled by tsc to dist/ and importing the compiled
// .js, and TypeScript 7 (the native compiler) has no JavaScript compiler API for Stryker's
// typescript-checker. So Stryker mutates the .ts sources in its sandbox (mutation switching: all
// mutants are compiled in at once, each switched on at run time), `buildCommand` runs the same tsc as
// `npm run build`, and the tap runner starts `node dist/...test.js` per test file and reads its TAP
// output (node:test prints TAP when stdout is not a terminal). The tap runner measures coverage per
// test file, so each mutant runs only the test files that reach it. The command runner would rerun
// every test file for every mutant with no coverage at all.
//
// Which tests: the ones beside the mutated code, read from `--mutate`: scoring mutants run the
// scoring tests, a rule file named on its own runs its own test file, a folder all the tests in it.
// Scoring has to hold up under its own tests, and a rule under its own. (Every rule test loads the
// whole registry, so a rule's module-level mutants are "covered" by every rule test file; naming
// one rule keeps its mutants from running the other rules' tests.)
//
// Incremental: results are kept in reports/mutation/ (git-ignored), so a rerun only tests mutants
// in changed code or covered by changed tests. Add `--force` to test everything again.

const DEFAULT_MUTATE = ['src/core/scoring/*.ts', 'src/core/rules/*.ts'];
const NOT_CODE = ['!src/core/**/*.test.ts', '!src/core/rules/test-utils.ts'];

/** The `--mutate` / `-m` patterns given on the command line, or the defaults. */
function mutatePatterns() {
  const argv = process.argv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mutate' || a === '-m') return argv[i + 1].split(',');
    if (a.startsWith('--mutate=')) return a.slice('--mutate='.length).split(',');
  }
  return DEFAULT_MUTATE;
}

/**
 * The compiled tests for a mutate pattern: a source file with its own test file gets that test
 * (src/core/rules/urgency-deadline.ts → dist/src/core/rules/urgency-deadline.test.js); any other
 * pattern gets every test in the folder it starts with (src/core/scoring/** → dist/src/core/scoring/*.test.js).
 */
function testsFor(pattern) {
  const path = pattern.replace(/:\d.*$/, ''); // without a mutation range (file.ts:10-20)
  if (!/[*?[{]/.test(path) && path.endsWith('.ts') && existsSync(path.replace(/\.ts$/, '.test.ts'))) {
    return `dist/${path.replace(/\.ts$/, '.test.js')}`;
  }
  const parts = path.split('/');
  const fixed = [];
  for (const p of parts) {
    if (/[*?[{]/.test(p)) break;
    fixed.push(p);
  }
  if (fixed.length === parts.length) fixed.pop(); // a file without its own test: its folder
  return `dist/${fixed.join('/')}/*.test.js`;
}

const testFiles = [...new Set(mutatePatterns().filter((p) => !p.startsWith('!')).map(testsFor))];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  mutate: [...DEFAULT_MUTATE, ...NOT_CODE],
  plugins: ['@stryker-mutator/tap-runner', './scripts/stryker-prose-ignorer.mjs'],
  ignorers: ['prose'],
  testRunner: 'tap',
  tap: {
    testFiles,
    nodeArgs: ['--test-reporter=tap', '-r', '{{hookFile}}', '--import', './dist/src/node/model-files.js', '{{testFile}}'],
  },
  buildCommand: 'tsc -p tsconfig.json',
  // Stryker rewrites `extends`/`references` paths of this file that point outside the sandbox, and
  // reads it with the TypeScript 5 API, which TypeScript 7 does not have. Ours points nowhere
  // outside, so the option names a file that does not exist and the rewrite is skipped.
  tsconfigFile: 'no-such-tsconfig.json',
  coverageAnalysis: 'perTest',
  // dist/ stays in: the sandbox rebuilds it, but incremental mode compares the compiled test files
  // with the last run's, so `npm run mutation` compiles them first.
  ignorePatterns: ['bench-ab', 'test-artifacts', 'coverage'],
  // The machines this runs on are small and shared: two test processes at a time.
  concurrency: 2,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
