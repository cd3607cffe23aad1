import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderBrandDocs } from '../../../scripts/brand-docs.js';
import { renderRuleDocs } from '../../../scripts/rule-docs.js';
import { POLICY } from '../scoring/policy.js';
import { RULES } from './index.js';

// The ESLint-style parity check: every rule file is registered, tested, weighted and documented.
// Runs from the repository root (npm test), reading the TypeScript sources.

const DIR = 'src/core/rules';
const NOT_RULES = new Set(['define-rule.ts', 'index.ts', 'rule-tester.ts', 'test-utils.ts']);
const ruleFiles = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULES.has(f));

test('every rule file is in the registry under its file name, and vice versa', () => {
  const registered = RULES.map((r) => r.meta.id).sort();
  assert.deepEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort(), registered);
});

test('rule ids are unique kebab-case and the registry is sorted', () => {
  const ids = RULES.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  assert.deepEqual([...ids].sort(), ids);
});

test('every rule has a test file, a policy weight, messages, channels and known false positives', () => {
  for (const r of RULES) {
    const m = r.meta;
    assert.ok(existsSync(`${DIR}/${m.id}.test.ts`), `${m.id} has no test file`);
    assert.equal(typeof POLICY.weights[m.id], 'number', `${m.id} has no weight in policy.ts`);
    assert.ok(Object.keys(m.messages).length > 0, `${m.id} has no messages`);
    assert.ok(m.channels.length > 0, `${m.id} has no channels`);
    assert.ok(m.falsePositives.length > 0, `${m.id} lists no known false positives`);
    assert.ok(m.title.length > 5 && m.description.length > 20, `${m.id} needs a title and description`);
  }
});

test('every policy weight belongs to a registered rule', () => {
  const ids = new Set(RULES.map((r) => r.meta.id));
  for (const id of Object.keys(POLICY.weights)) assert.ok(ids.has(id), `policy.ts weights an unknown rule: ${id}`);
});

test('docs/rules.md is up to date (npm run docs:rules)', () => {
  assert.ok(existsSync('docs/rules.md'), 'docs/rules.md is missing');
  assert.equal(readFileSync('docs/rules.md', 'utf8'), renderRuleDocs());
});

test('docs/brands.md is up to date (npm run docs:rules)', () => {
  assert.ok(existsSync('docs/brands.md'), 'docs/brands.md is missing');
  assert.equal(readFileSync('docs/brands.md', 'utf8'), renderBrandDocs());
});
