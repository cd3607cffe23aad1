// Regex safety lint. It runs on the compiled JavaScript in dist/ (tsc output), so no TypeScript
// parser is needed. Every regex in the engine must be free of super-linear backtracking: scam text
// is attacker-controlled, and a catastrophic pattern is a denial of service.
import regexp from 'eslint-plugin-regexp';

export default [
  // The CLI bundle (scripts/build-cli.mjs) is a copy of dist/src plus dependencies, linted here already;
  // bench-ab/ holds copies of earlier builds for before/after timings (scripts/bench-ab.ts).
  // .stryker-tmp/ is the mutation run's sandbox (npm run mutation), reports/ its output.
  { ignores: ['dist/bundle/**', 'bench-ab/**', '.stryker-tmp/**', 'reports/**'] },
  {
    files: ['dist/src/**/*.js', 'dist/scripts/**/*.js'],
    ignores: ['dist/**/*.test.js', 'dist/web/**'],
    plugins: { regexp },
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      // A quantifier tried at every start of a long run (/[.,]+$/ on "x.,.,…,y") is quadratic too.
      'regexp/no-super-linear-move': ['error', { ignorePartial: false, ignoreSticky: true }],
      'regexp/no-dupe-disjunctions': ['warn', { report: 'interesting' }],
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-invalid-regexp': 'error',
    },
  },
];
