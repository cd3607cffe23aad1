import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Category } from '../types.js';
import { POLICY, type Policy } from './policy.js';
import { score, verdictFor, type ScoredFinding } from './score.js';

// A small policy so each expectation can be worked out by hand.
const P: Policy = {
  version: 'test',
  thresholds: { suspicious: 0.4, likelyScam: 0.75 },
  genuineModelDiscount: 1,
  categoryCaps: { ...POLICY.categoryCaps, pressure: 0.45, request: 0.95, model: 0.9 },
  weights: { a: 0.3, b: 0.3, big: 0.8, req: 0.6, story: 0.5, m: 0.6, g: 0.5 },
  composites: [{ id: 'story-with-request', description: 'story + request', allCategories: ['pretext', 'request'], add: 0.3 }],
};
const hit = (ruleId: string, category: Category, strength = 1, effect: 'raise' | 'lower' = 'raise'): ScoredFinding => ({ ruleId, category, strength, effect });

test('hits combine as a noisy-OR inside a category; one rule counts once at its strongest', () => {
  assert.equal(score([hit('a', 'sender'), hit('b', 'sender')], P).score, 0.51); // 1 − 0.7 × 0.7
  assert.equal(score([hit('a', 'sender', 0.5), hit('a', 'sender', 1), hit('a', 'sender', 1)], P).score, 0.3);
});

test('a category is capped, so pressure words alone never make a verdict', () => {
  const r = score([hit('big', 'pressure')], P);
  assert.equal(r.score, 0.45);
  assert.equal(r.categories.pressure, 0.45);
  assert.equal(r.verdict, 'suspicious');
});

test('a composite adds weight only when all its categories hold', () => {
  const alone = score([hit('req', 'request'), hit('story', 'pretext')], P);
  // 1 − (1 − 0.6)(1 − 0.5)(1 − 0.3) = 0.86
  assert.equal(alone.score, 0.86);
  assert.deepEqual(alone.composites, ['story-with-request']);
  assert.deepEqual(score([hit('req', 'request')], P).composites, []);
});

test('genuine evidence lowers the whole score, and the learned model once more', () => {
  // Model alone: 0.6 → suspicious.
  assert.equal(score([hit('m', 'model')], P).verdict, 'suspicious');
  // With genuine evidence of 0.5: model share 0.6 × 0.5, then the whole × 0.5 = 0.15.
  const withGenuine = score([hit('m', 'model'), hit('g', 'genuine', 1, 'lower')], P);
  assert.equal(withGenuine.score, 0.15);
  assert.equal(withGenuine.verdict, 'no_red_flags');
  // A rule's red flag is discounted only once: 0.6 × 0.5 = 0.3.
  assert.equal(score([hit('req', 'request'), hit('g', 'genuine', 1, 'lower')], P).score, 0.3);
  // Without the extra model discount the model keeps more: 0.6 × 0.5 = 0.3.
  assert.equal(score([hit('m', 'model'), hit('g', 'genuine', 1, 'lower')], { ...P, genuineModelDiscount: 0 }).score, 0.3);
});

test('thresholds', () => {
  assert.equal(verdictFor(0.39, P), 'no_red_flags');
  assert.equal(verdictFor(0.4, P), 'suspicious');
  assert.equal(verdictFor(0.75, P), 'likely_scam');
});

test('the shipped policy: the model alone stays below "likely scam"; genuine evidence only lowers', () => {
  assert.ok(POLICY.weights['learned-model']! * POLICY.categoryCaps.model < POLICY.thresholds.likelyScam);
  assert.equal(POLICY.categoryCaps.genuine, 0);
  assert.equal(score([hit('registered-sender-id', 'genuine', 1, 'raise')]).score, 0);
});
