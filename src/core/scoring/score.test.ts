import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Category, Finding } from '../types.js';
import { POLICY, type Policy } from './policy.js';
import { score, toScored, verdictFor, weightOf, type ScoredFinding } from './score.js';

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

// The mechanics, one line of score.ts at a time, on the small policy P above.

/** Category shares are not rounded: compare them within float error, keys exactly. */
function sameCategories(actual: Partial<Record<Category, number>>, expected: Partial<Record<Category, number>>): void {
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) assert.ok(Math.abs(actual[k as Category]! - v) < 1e-9, `${k}: ${actual[k as Category]} ≠ ${v}`);
}

test('weightOf reads the policy, and a rule without a weight weighs nothing', () => {
  assert.equal(weightOf('req', P), 0.6);
  assert.equal(weightOf('no-such-rule', P), 0);
  assert.equal(weightOf('learned-model'), POLICY.weights['learned-model']);
});

test('strength scales the weight and is clamped to 0..1', () => {
  assert.equal(score([hit('req', 'request', 0.5)], P).score, 0.3); // 0.6 × 0.5
  assert.equal(score([hit('req', 'request', 0.25)], P).score, 0.15);
  assert.equal(score([hit('req', 'request', 2)], P).score, 0.6); // strength above 1 counts as 1
  const negative = score([hit('req', 'request', -1)], P);
  assert.equal(negative.score, 0);
  assert.deepEqual(negative.categories, {});
});

test('a weight is clamped to 0..1 as well', () => {
  const heavy: Policy = { ...P, weights: { ...P.weights, over: 1.5, under: -0.5 } };
  assert.equal(score([hit('over', 'sender')], heavy).score, 0.85); // w = 1, then the sender cap
  assert.equal(score([hit('over', 'sender', 0.5)], heavy).score, 0.75); // 1.5 × 0.5 = 0.75 is under 1
  assert.equal(score([hit('under', 'request'), hit('req', 'request')], heavy).score, 0.6);
  assert.deepEqual(score([hit('under', 'request')], heavy).categories, {});
});

test('one rule counts once at its strongest, whatever the order', () => {
  assert.equal(score([hit('req', 'request', 1), hit('req', 'request', 0.5)], P).score, 0.6);
  assert.equal(score([hit('req', 'request', 0.5), hit('req', 'request', 1)], P).score, 0.6);
  assert.equal(score([hit('req', 'request', 0.5), hit('req', 'request', 0.25)], P).score, 0.3);
  // At equal strength the first hit stays, so its category is the one that counts.
  const tie = score([hit('a', 'sender'), hit('a', 'link')], P);
  sameCategories(tie.categories, { sender: 0.3 });
});

test('a rule that both raises and lowers counts once each way', () => {
  // Raise: 0.3 (sender). Lower: × (1 − 0.3). 0.3 × 0.7 = 0.21.
  const r = score([hit('a', 'sender'), hit('a', 'genuine', 1, 'lower')], P);
  assert.equal(r.score, 0.21);
  sameCategories(r.categories, { sender: 0.3 });
});

test('a rule with no weight does not fire: no category, no composite', () => {
  const withZero: Policy = { ...P, weights: { ...P.weights, zero: 0 }, composites: [...P.composites, { id: 'with-zero', description: 'zero', anyRule: ['zero'], add: 0.5 }] };
  const r = score([hit('zero', 'pretext'), hit('req', 'request')], withZero);
  assert.equal(r.score, 0.6);
  assert.deepEqual(r.categories, { request: 0.6 });
  assert.deepEqual(r.composites, []);
});

test('categories combine as a noisy-OR, each after its own cap', () => {
  // pressure 1 − 0.2·0.7 = 0.86 → cap 0.45; sender 0.3. 1 − 0.55 × 0.7 = 0.615.
  const r = score([hit('big', 'pressure'), hit('a', 'pressure'), hit('b', 'sender')], P);
  sameCategories(r.categories, { pressure: 0.45, sender: 0.3 });
  assert.equal(r.score, 0.615);
  // Below the cap the category keeps its noisy-OR: 1 − 0.7 × 0.7 = 0.51 < 0.85 (sender cap).
  assert.equal(score([hit('a', 'sender'), hit('b', 'sender')], P).categories.sender, 0.51);
});

test('a category with no cap in the policy is not capped', () => {
  const noCap = { ...P, categoryCaps: { request: 0.95 } } as unknown as Policy;
  assert.equal(score([hit('big', 'pressure'), hit('a', 'pressure')], noCap).score, 0.86);
});

test('lowering findings never count as raising ones', () => {
  // A lowering hit in "pretext" does not make the story-with-request composite hold.
  const r = score([hit('req', 'request'), hit('story', 'pretext', 1, 'lower')], P);
  assert.deepEqual(r.composites, []);
  assert.deepEqual(r.categories, { request: 0.6 });
  assert.equal(r.score, 0.3); // 0.6 × (1 − 0.5)
  // Lowering alone gives 0, not a negative score.
  assert.equal(score([hit('g', 'genuine', 1, 'lower')], P).score, 0);
});

test('lowering findings multiply, each scaled by its strength', () => {
  // 0.6 × (1 − 0.5) × (1 − 0.3) = 0.21
  assert.equal(score([hit('req', 'request'), hit('g', 'genuine', 1, 'lower'), hit('a', 'genuine', 1, 'lower')], P).score, 0.21);
  // 0.6 × (1 − 0.5 × 0.5) = 0.45
  assert.equal(score([hit('req', 'request'), hit('g', 'genuine', 0.5, 'lower')], P).score, 0.45);
});

test('the model discount follows the genuine strength and the policy setting', () => {
  // G = 0.5: model share 0.6 × (1 − 0.5 × 0.5) = 0.45, then × 0.5 = 0.225 (rounded 0.225).
  const half = score([hit('m', 'model'), hit('g', 'genuine', 1, 'lower')], { ...P, genuineModelDiscount: 0.5 });
  sameCategories(half.categories, { model: 0.45 });
  assert.equal(half.score, 0.225);
  // Other categories are not discounted a second time.
  assert.equal(score([hit('req', 'request'), hit('g', 'genuine', 1, 'lower')], P).categories.request, 0.6);
  // Without genuine evidence the model keeps its full share.
  assert.equal(score([hit('m', 'model')], P).categories.model, 0.6);
  // A policy without the setting discounts nothing extra.
  const unset = { ...P, genuineModelDiscount: undefined } as unknown as Policy;
  assert.equal(score([hit('m', 'model'), hit('g', 'genuine', 1, 'lower')], unset).score, 0.3);
});

test('composites: every category must hold, and any one of the listed rules', () => {
  const C: Policy = {
    ...P,
    composites: [
      { id: 'three', description: 'three categories', allCategories: ['pretext', 'request', 'sender'], add: 0.5 },
      { id: 'any-of', description: 'a story and rule a or b', allCategories: ['pretext'], anyRule: ['a', 'b'], add: 0.2 },
      { id: 'rule-only', description: 'rule big', anyRule: ['big'], add: 0.1 },
      { id: 'empty', description: 'no condition never holds', add: 0.9 },
    ],
  };
  // Two of the three categories: nothing holds.
  assert.deepEqual(score([hit('story', 'pretext'), hit('req', 'request')], C).composites, []);
  // All three: 1 − 0.5 × 0.4 × 0.7 × 0.5 = 0.93.
  const three = score([hit('story', 'pretext'), hit('req', 'request'), hit('a', 'sender')], C);
  assert.deepEqual(three.composites, ['three', 'any-of']);
  // 1 − 0.5 (story) × 0.4 (req) × 0.7 (a) × 0.5 (three) × 0.8 (any-of) = 0.944
  assert.equal(three.score, 0.944);
  // One of the rules is enough; the category still has to hold.
  const anyOf = score([hit('story', 'pretext'), hit('b', 'link')], C);
  assert.deepEqual(anyOf.composites, ['any-of']);
  assert.equal(anyOf.score, 0.72); // 1 − 0.5 × 0.7 × 0.8
  assert.deepEqual(score([hit('b', 'link')], C).composites, []);
  assert.deepEqual(score([hit('story', 'pretext'), hit('req', 'request')], C).composites, []);
  // A rule-only composite needs no category.
  const ruleOnly = score([hit('big', 'attachment')], C);
  assert.deepEqual(ruleOnly.composites, ['rule-only']);
  assert.equal(ruleOnly.score, 0.82); // 1 − 0.2 × 0.9
});

test('the score is clamped to 0..1 and rounded to three places', () => {
  const odd: Policy = { ...P, composites: [{ id: 'over', description: 'adds too much', anyRule: ['a'], add: 1.5 }, { id: 'under', description: 'takes away', anyRule: ['b'], add: -1 }] };
  assert.equal(score([hit('a', 'sender')], odd).score, 1); // keep = 0.7 × (1 − 1.5) < 0
  assert.equal(score([hit('b', 'sender')], odd).score, 0); // keep = 0.7 × 2 > 1
  const third: Policy = { ...P, weights: { t: 1 / 3 } };
  assert.equal(score([hit('t', 'request')], third).score, 0.333);
  assert.equal(score([hit('t', 'request', 0.5)], third).score, 0.167); // 0.1666… rounds up
});

test('the verdict is read from the score at the policy thresholds', () => {
  const loose: Policy = { ...P, thresholds: { suspicious: 0.2, likelyScam: 0.5 } };
  assert.equal(score([hit('a', 'sender')], loose).verdict, 'suspicious'); // 0.3
  assert.equal(score([hit('req', 'request')], loose).verdict, 'likely_scam'); // 0.6
  assert.equal(score([hit('a', 'sender', 0.5)], loose).verdict, 'no_red_flags'); // 0.15
  assert.equal(score([], P).verdict, 'no_red_flags');
  assert.deepEqual(score([], P), { score: 0, verdict: 'no_red_flags', composites: [], categories: {} });
});

test('toScored pairs findings with strengths; missing strength is 1, missing effect is raise', () => {
  const f = (ruleId: string, category: Category, effect?: 'raise' | 'lower'): Finding => ({
    ruleId, category, messageId: 'm', message: 'm', evidence: [], policy: null, weight: 0, ...(effect ? { effect } : {}),
  });
  assert.deepEqual(toScored([f('a', 'sender'), f('g', 'genuine', 'lower'), f('b', 'link', 'raise')], [0.5]), [
    { ruleId: 'a', category: 'sender', strength: 0.5, effect: 'raise' },
    { ruleId: 'g', category: 'genuine', strength: 1, effect: 'lower' },
    { ruleId: 'b', category: 'link', strength: 1, effect: 'raise' },
  ]);
  assert.deepEqual(toScored([], []), []);
});
