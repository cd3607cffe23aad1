import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AnalyzeOptions } from '../analyze.js';
import type { ParseInput } from '../parse/index.js';
import type { Evidence, Message } from '../types.js';
import { renderMessage, type Rule, type RuleHit } from './define-rule.js';
import { runRuleOn } from './test-utils.js';

// The ESLint-style rule tester (test-only). A rule test lists messages the rule must leave alone
// (valid) and messages it must flag (invalid), each run through the real parse + extract pipeline
// (test-utils.ts runRuleOn). An invalid case lists every hit the rule gives, in order, with its
// messageId and its evidence; an unlisted extra hit fails the case. Assertions are on ids, data and
// evidence, never on the rendered prose.

/** A message as runRule takes it: a bare string is an SMS text, or a ParseInput (raw email, call…). */
export type CaseMessage = ParseInput | string;

export interface ValidCase {
  name: string;
  message: CaseMessage;
  options?: AnalyzeOptions;
}

export interface ExpectedHit {
  messageId: string;
  /** Every piece of evidence, in order: text spans with their offsets, links, headers, attachments. */
  evidence: Evidence[];
  /** When given, the hit's data must equal it. */
  data?: Record<string, string | number>;
  /** When left out, the hit must have full strength (1). */
  strength?: number;
  /** When left out, the hit must raise the score. */
  effect?: 'raise' | 'lower';
}

export interface InvalidCase extends ValidCase {
  hits: ExpectedHit[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function describeMessage(m: CaseMessage): string {
  const input = typeof m === 'string' ? m : typeof m.input === 'string' ? m.input : `${m.input.length} bytes`;
  return input.length > 200 ? `${input.slice(0, 200)}…` : input;
}

/** The parts of a hit a case pins, in a fixed shape, so deepEqual shows a readable diff. */
function actualShape(hit: RuleHit, expected: ExpectedHit | undefined): Record<string, unknown> {
  const shape: Record<string, unknown> = { messageId: hit.messageId, evidence: hit.evidence };
  if (expected?.data !== undefined) shape.data = hit.data;
  shape.strength = hit.strength ?? 1;
  shape.effect = hit.effect ?? 'raise';
  return shape;
}

function expectedShape(hit: ExpectedHit, actual: RuleHit | undefined): Record<string, unknown> {
  const shape: Record<string, unknown> = { messageId: hit.messageId, evidence: hit.evidence };
  if (hit.data !== undefined) shape.data = hit.data;
  // Strengths are products of fractions: compare to 1e-9, shown as the actual value when close.
  const want = hit.strength ?? 1;
  const got = actual?.strength ?? 1;
  shape.strength = Math.abs(want - got) < 1e-9 ? got : want;
  shape.effect = hit.effect ?? 'raise';
  return shape;
}

function checkMeta(rule: Rule, testFile: string): void {
  const m = rule.meta;
  assert.equal(testFile, `${m.id}.test.js`, `the test file of rule ${m.id} must be named ${m.id}.test.ts`);
  assert.match(m.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule id is kebab-case');
  assert.ok(m.title.trim().length > 5, 'meta.title is set');
  assert.ok(m.description.trim().length > 20, 'meta.description is set');
  assert.ok(m.category, 'meta.category is set');
  assert.ok(m.channels.length > 0, 'meta.channels lists at least one channel');
  assert.ok(Object.keys(m.messages).length > 0, 'meta.messages has at least one message');
  for (const [id, template] of Object.entries<string>(m.messages)) assert.ok(template.trim().length > 0, `message ${id} has a template`);
  assert.ok(m.falsePositives.length > 0 && m.falsePositives.every((f) => f.trim().length > 0), 'meta.falsePositives lists the known false positives');
}

/** Evidence must point at what the message holds: the text at its offsets, its links and attachments. */
function checkEvidence(hits: readonly RuleHit[], message: Message): void {
  const text = message.text;
  for (const h of hits) {
    assert.ok(h.evidence.length > 0, `hit ${h.messageId} has no evidence`);
    for (const e of h.evidence) {
      if (e.kind === 'text') {
        assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `hit ${h.messageId}: span ${e.start}-${e.end} is outside the text`);
        assert.equal(text.slice(e.start, e.end), e.text, `hit ${h.messageId}: evidence text is the text at its offsets`);
      } else if (e.kind === 'link') {
        assert.equal(message.links[e.linkIndex]?.href, e.href, `hit ${h.messageId}: link ${e.linkIndex} is the message's link`);
      } else if (e.kind === 'attachment') {
        const a = message.attachments[e.attachmentIndex];
        assert.deepEqual(a && { filename: a.filename, mimeType: a.mimeType }, { filename: e.filename, mimeType: e.mimeType }, `hit ${h.messageId}: attachment ${e.attachmentIndex} is the message's attachment`);
      }
    }
  }
}

export class RuleTester {
  private readonly testFile: string;

  /** `file`: the test file's import.meta.url (its name must be the rule id). */
  constructor(file: string) {
    this.testFile = basename(fileURLToPath(file));
  }

  run(rule: Rule, cases: RuleCases): void {
    const id = rule.meta.id;
    describe(id, () => {
      test('meta is complete and the test file is named after the rule', () => checkMeta(rule, this.testFile));
      test('has valid and invalid cases, named uniquely, none twice', () => {
        assert.ok(cases.valid.length > 0, `${id} has no valid case`);
        assert.ok(cases.invalid.length > 0, `${id} has no invalid case`);
        const all = [...cases.valid, ...cases.invalid];
        const names = all.map((c) => c.name);
        assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'case names are unique');
        // The same message (without options) listed twice tests nothing new.
        const keys = all.filter((c) => !c.options).map((c) => JSON.stringify(typeof c.message === 'string' ? { input: c.message, channel: 'sms' } : c.message));
        assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], 'no message is listed twice');
      });
      describe('valid', () => {
        for (const c of cases.valid) {
          test(c.name, async () => {
            const { hits } = await runRuleOn(rule, c.message, c.options);
            assert.deepEqual(
              hits.map((h) => h.messageId),
              [],
              `expected no hit for: ${describeMessage(c.message)}`,
            );
          });
        }
      });
      describe('invalid', () => {
        for (const c of cases.invalid) {
          test(c.name, async () => {
            assert.ok(c.hits.length > 0, 'an invalid case lists at least one hit');
            for (const h of c.hits) assert.ok(h.messageId in rule.meta.messages, `unknown messageId ${h.messageId}`);
            const { hits, message } = await runRuleOn(rule, c.message, c.options);
            assert.deepEqual(
              hits.map((h, i) => actualShape(h, c.hits[i])),
              c.hits.map((h, i) => expectedShape(h, hits[i])),
              `hits for: ${describeMessage(c.message)}`,
            );
            checkEvidence(hits, message);
            for (const h of hits) {
              const rendered = renderMessage((rule.meta.messages as Record<string, string>)[h.messageId]!, h.data);
              assert.doesNotMatch(rendered, /\{\{\s*\w+\s*\}\}/, `message ${h.messageId} has a placeholder its data does not fill`);
            }
          });
        }
      });
    });
  }
}
