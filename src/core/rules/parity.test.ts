import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderBrandDocs } from '../../../scripts/brand-docs.js';
import { renderRuleDocs } from '../../../scripts/rule-docs.js';
import { POLICY } from '../scoring/policy.js';
import { RULES } from './index.js';

// The ESLint-style parity check: every rule file is registered, tested, weighted and documented.
// Runs from the repository root (npm test), reading the TypeScript sources and docs/rules.md.

const DIR = 'src/core/rules';
const NOT_RULES = new Set(['define-rule.ts', 'index.ts', 'rule-tester.ts', 'test-utils.ts']);
const ruleFiles = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULES.has(f));

const fileIds = ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort();

test('every rule file is in the registry under its file name, and vice versa', () => {
  const registered = RULES.map((r) => r.meta.id).sort();
  assert.deepEqual(fileIds, registered);
});

// The engine runs the rules, and the report lists their findings, in registry order: rule-id order,
// the order of the files on disk. Compared to the file names (not to a sort of the registry itself),
// so a registry in any other order fails.
test('rule ids are unique kebab-case and the registry is in rule-id order', () => {
  const ids = RULES.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  assert.deepEqual(ids, fileIds);
});

const docs = readFileSync('docs/rules.md', 'utf8');

// Each rule's test file is a RuleTester run over the rule with at least one valid and one invalid
// case (rule-tester.ts checks the cases themselves when the file runs).
function ruleTesterCases(id: string): { valid: number; invalid: number } | null {
  const src = readFileSync(`${DIR}/${id}.test.ts`, 'utf8');
  if (!new RegExp(`^import rule(?:, \\{[^}]*\\})? from '\\./${id}\\.js';$`, 'm').test(src)) return null;
  const run = src.indexOf('new RuleTester(import.meta.url).run(rule, {');
  if (run < 0) return null;
  const valid = src.indexOf('\n  valid: [', run);
  const invalid = src.indexOf('\n  invalid: [', run);
  if (valid < 0 || invalid < valid) return null;
  const count = (part: string, re: RegExp) => part.match(re)?.length ?? 0;
  return { valid: count(src.slice(valid, invalid), /\bname: /g), invalid: count(src.slice(invalid), /\bhits: \[/g) };
}

test('every rule has a RuleTester test file with valid and invalid cases, a policy weight and a doc section', () => {
  for (const r of RULES) {
    const m = r.meta;
    assert.ok(existsSync(`${DIR}/${m.id}.test.ts`), `${m.id} has no test file`);
    const cases = ruleTesterCases(m.id);
    assert.ok(cases, `${m.id}.test.ts is not a RuleTester run over ./${m.id}.js`);
    assert.ok(cases.valid >= 1 && cases.invalid >= 1, `${m.id}.test.ts needs a valid and an invalid case (has ${cases.valid} and ${cases.invalid})`);
    const w = POLICY.weights[m.id];
    assert.ok(typeof w === 'number' && w >= 0 && w <= 1, `${m.id} has no weight in [0, 1] in policy.ts (0: shown, not scored)`);
    assert.ok(docs.includes(`\n## ${m.id}\n`), `docs/rules.md has no section for ${m.id} (npm run docs:rules)`);
    assert.ok(Object.keys(m.messages).length > 0, `${m.id} has no messages`);
    assert.ok(m.channels.length > 0, `${m.id} has no channels`);
    assert.ok(m.falsePositives.length > 0, `${m.id} lists no known false positives`);
    assert.ok(m.title.length > 5 && m.description.length > 20, `${m.id} needs a title and description`);
  }
});

test('docs/rules.md documents only registered rules', () => {
  const sections = [...docs.matchAll(/^## (\S+)$/gm)].map((x) => x[1]);
  assert.deepEqual(sections, fileIds);
});

test('every policy weight belongs to a registered rule', () => {
  const ids = new Set(RULES.map((r) => r.meta.id));
  for (const id of Object.keys(POLICY.weights)) assert.ok(ids.has(id), `policy.ts weights an unknown rule: ${id}`);
});

test('docs/rules.md is up to date (npm run docs:rules)', () => {
  assert.equal(docs, renderRuleDocs());
});

test('docs/brands.md is up to date (npm run docs:rules)', () => {
  assert.ok(existsSync('docs/brands.md'), 'docs/brands.md is missing');
  assert.equal(readFileSync('docs/brands.md', 'utf8'), renderBrandDocs());
});
