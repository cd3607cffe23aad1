import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Category } from '../types.js';
import { POLICY } from './policy.js';
import { score, verdictFor, type ScoredFinding } from './score.js';

// The shipped policy: its composites, caps, thresholds and genuine evidence, through score() with
// the default policy. Expectations are worked out from POLICY's own numbers (so a deliberate
// re-tuning moves them too), and a few are pinned by hand where policy.ts documents the outcome.
// Removing a composite or a cap, or a line of score.ts, fails a test here.

const T = POLICY.thresholds;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const hit = (ruleId: string, category: Category, strength = 1, effect: 'raise' | 'lower' = 'raise'): ScoredFinding => ({ ruleId, category, strength, effect });
function w(ruleId: string): number {
  const v = POLICY.weights[ruleId];
  assert.equal(typeof v, 'number', `${ruleId} has no weight`);
  return v!;
}
function add(id: string): number {
  const c = POLICY.composites.find((x) => x.id === id);
  assert.ok(c, `composite ${id} is missing from the policy`);
  return c.add;
}
/** Noisy-OR of independent terms: 1 − Π(1 − p). */
const or = (...ps: number[]): number => 1 - ps.reduce((keep, p) => keep * (1 - p), 1);

test('the policy is well formed: version, thresholds, weights, caps and composites in range', () => {
  assert.match(POLICY.version, /^\d{4}-\d{2}-\d{2}\.\d+$/);
  assert.ok(T.suspicious > 0 && T.suspicious < T.likelyScam && T.likelyScam < 1);
  for (const [id, v] of Object.entries(POLICY.weights)) assert.ok(v >= 0 && v <= 1, `${id}: ${v}`);
  for (const [cat, v] of Object.entries(POLICY.categoryCaps)) assert.ok(v >= 0 && v <= 1, `${cat}: ${v}`);
  const ids = POLICY.composites.map((c) => c.id);
  assert.deepEqual(ids, ['brand-claim-with-request', 'pretext-with-request', 'pretext-with-pressure-and-link', 'pretext-with-link', 'pretext-with-pressure']);
  for (const c of POLICY.composites) {
    assert.ok(c.add > 0 && c.add < 1, `${c.id}: ${c.add}`);
    assert.ok((c.allCategories?.length ?? 0) + (c.anyRule?.length ?? 0) >= 2, `${c.id} needs two signals`);
    assert.ok(c.description.split(' ').length >= 4, `${c.id} needs a description`);
    for (const r of c.anyRule ?? []) w(r);
  }
});

test('verdict boundaries: exactly at each threshold and just below it', () => {
  assert.deepEqual(T, { suspicious: 0.4, likelyScam: 0.75 });
  assert.equal(verdictFor(0), 'no_red_flags');
  assert.equal(verdictFor(r3(T.suspicious - 0.001)), 'no_red_flags');
  assert.equal(verdictFor(T.suspicious), 'suspicious');
  assert.equal(verdictFor(r3(T.suspicious + 0.001)), 'suspicious');
  assert.equal(verdictFor(r3(T.likelyScam - 0.001)), 'suspicious');
  assert.equal(verdictFor(T.likelyScam), 'likely_scam');
  assert.equal(verdictFor(1), 'likely_scam');
});

test('verdict boundaries through score(): 0.4 and 0.75 are reached exactly', () => {
  // The coverage cap is the suspicious threshold: not reading a message alone is "suspicious", no more.
  assert.equal(POLICY.categoryCaps.coverage, T.suspicious);
  const notRead = score([hit('not-fully-checked', 'coverage')]);
  assert.equal(notRead.score, 0.4);
  assert.equal(notRead.verdict, 'suspicious');
  const almost = score([hit('not-fully-checked', 'coverage', 0.99)]);
  assert.equal(almost.score, r3(w('not-fully-checked') * 0.99));
  assert.equal(almost.verdict, 'no_red_flags');
  // Two independent halves: 1 − 0.5 × 0.5 = 0.75, "likely scam" exactly at the threshold.
  const two = score([hit('display-name-impersonation', 'sender'), hit('link-text-mismatch', 'link')]);
  assert.equal(two.score, 0.75);
  assert.equal(two.verdict, 'likely_scam');
  const justUnder = score([hit('display-name-impersonation', 'sender', 0.98), hit('link-text-mismatch', 'link')]);
  assert.equal(justUnder.score, r3(or(w('display-name-impersonation') * 0.98, w('link-text-mismatch'))));
  assert.equal(justUnder.verdict, 'suspicious');
});

test('every category is capped at its policy cap', () => {
  // Twelve strong rules in one category add up past any cap.
  const strong = Object.entries(POLICY.weights).filter(([, v]) => v >= 0.5).map(([id]) => id).slice(0, 12);
  assert.equal(strong.length, 12);
  const uncapped = or(...strong.map(w));
  for (const [cat, cap] of Object.entries(POLICY.categoryCaps) as [Category, number][]) {
    const r = score(strong.map((id) => hit(id, cat)));
    assert.equal(r.categories[cat], Math.min(cap, uncapped), cat);
    assert.equal(r.score, r3(Math.min(cap, uncapped)), cat);
  }
});

test('caps by hand: pressure stays "suspicious", genuine never raises, one request can reach "likely scam"', () => {
  const pressure = score([hit('urgency-deadline', 'pressure'), hit('account-suspension-threat', 'pressure'), hit('secrecy-isolation', 'pressure')]);
  assert.equal(pressure.score, 0.45); // 1 − 0.75 × 0.6 × 0.4 = 0.82, capped at 0.45
  assert.equal(pressure.verdict, 'suspicious');
  assert.equal(score([hit('code-notice-without-request', 'genuine'), hit('official-links-only', 'genuine')]).score, 0);
  const request = score([hit('gift-card-payment-request', 'request'), hit('remote-access-request', 'request')]);
  assert.equal(request.score, 0.95); // 1 − 0.15 × 0.15 = 0.9775, capped at 0.95
  assert.equal(request.verdict, 'likely_scam');
  const link = score([hit('lookalike-link-domain', 'link'), hit('login-form-in-email', 'link'), hit('userinfo-link', 'link')]);
  assert.equal(link.score, POLICY.categoryCaps.link); // 1 − 0.35 × 0.3 × 0.45 ≈ 0.95, capped at 0.85
});

test('composite brand-claim-with-request: a brand claim and a request', () => {
  const r = score([hit('fake-support-claim', 'impersonation'), hit('gift-card-payment-request', 'request')]);
  assert.deepEqual(r.composites, ['brand-claim-with-request']);
  assert.equal(r.score, r3(or(w('fake-support-claim'), w('gift-card-payment-request'), add('brand-claim-with-request'))));
  assert.equal(r.score, 0.932); // 1 − 0.65 × 0.15 × 0.7 = 0.93175
  // The claim alone, or the request with a sender mismatch instead, is not the composite.
  assert.deepEqual(score([hit('fake-support-claim', 'impersonation')]).composites, []);
  assert.deepEqual(score([hit('brand-sender-mismatch', 'sender'), hit('gift-card-payment-request', 'request')]).composites, []);
});

test('composite pretext-with-request: a story and a request', () => {
  const r = score([hit('delivery-problem-pretext', 'pretext'), hit('one-time-code-request', 'request')]);
  assert.deepEqual(r.composites, ['pretext-with-request']);
  assert.equal(r.score, r3(or(w('delivery-problem-pretext'), w('one-time-code-request'), add('pretext-with-request'))));
  assert.equal(r.score, 0.902); // 1 − 0.7 × 0.2 × 0.7
  assert.equal(r.verdict, 'likely_scam');
  // Without the composite the pair would stay at 1 − 0.7 × 0.2 = 0.86: the composite moved it.
  assert.ok(r.score > r3(or(w('delivery-problem-pretext'), w('one-time-code-request'))));
});

test('composite pretext-with-pressure-and-link: a story, pressure and a link (with pretext-with-pressure)', () => {
  const r = score([hit('delivery-problem-pretext', 'pretext'), hit('urgency-deadline', 'pressure'), hit('off-brand-link', 'link')]);
  assert.deepEqual(r.composites, ['pretext-with-pressure-and-link', 'pretext-with-pressure']);
  const expected = or(w('delivery-problem-pretext'), w('urgency-deadline'), w('off-brand-link'), add('pretext-with-pressure-and-link'), add('pretext-with-pressure'));
  assert.equal(r.score, r3(expected));
  assert.equal(r.score, 0.84); // 1 − 0.7 × 0.75 × 0.55 × 0.65 × 0.85 = 0.8405
  assert.equal(r.verdict, 'likely_scam');
  // The same story and link without pressure: neither composite.
  assert.deepEqual(score([hit('delivery-problem-pretext', 'pretext'), hit('off-brand-link', 'link')]).composites, []);
});

test('composite pretext-with-link: a story and a link no brand owns (texts only: unfamiliar-link)', () => {
  const r = score([hit('too-good-offer', 'pretext'), hit('unfamiliar-link', 'link')]);
  assert.deepEqual(r.composites, ['pretext-with-link']);
  assert.equal(r.score, r3(or(w('too-good-offer'), w('unfamiliar-link'), add('pretext-with-link'))));
  assert.equal(r.score, 0.626); // 1 − 0.55 × 0.85 × 0.8, as policy.ts says
  assert.equal(r.verdict, 'suspicious');
  // Another link rule is not enough (bounces carry IP links and a delivery story).
  const ip = score([hit('delivery-problem-pretext', 'pretext'), hit('ip-address-link', 'link')]);
  assert.deepEqual(ip.composites, []);
  assert.equal(ip.score, r3(or(w('delivery-problem-pretext'), w('ip-address-link'))));
  // The link alone is a faint hint.
  assert.equal(score([hit('unfamiliar-link', 'link')]).score, w('unfamiliar-link'));
  assert.deepEqual(score([hit('unfamiliar-link', 'link')]).composites, []);
});

test('composite pretext-with-pressure: a story and pressure to act now', () => {
  const r = score([hit('tax-refund-pretext', 'pretext'), hit('account-suspension-threat', 'pressure')]);
  assert.deepEqual(r.composites, ['pretext-with-pressure']);
  assert.equal(r.score, r3(or(w('tax-refund-pretext'), w('account-suspension-threat'), add('pretext-with-pressure'))));
  assert.equal(r.score, 0.796); // 1 − 0.4 × 0.6 × 0.85
  assert.equal(r.verdict, 'likely_scam');
});

test('all five composites at once', () => {
  const r = score([
    hit('fake-support-claim', 'impersonation'),
    hit('gift-card-payment-request', 'request'),
    hit('delivery-problem-pretext', 'pretext'),
    hit('urgency-deadline', 'pressure'),
    hit('unfamiliar-link', 'link'),
  ]);
  assert.deepEqual(r.composites, POLICY.composites.map((c) => c.id));
  const rules = or(w('fake-support-claim'), w('gift-card-payment-request'), w('delivery-problem-pretext'), w('urgency-deadline'), w('unfamiliar-link'));
  assert.equal(r.score, r3(or(rules, ...POLICY.composites.map((c) => c.add))));
});

test('strength scales each weight: the documented single-rule outcomes', () => {
  // The learned model alone: suspicious from p ≥ 0.67, never "likely scam".
  assert.equal(score([hit('learned-model', 'model', 0.67)]).score, 0.402);
  assert.equal(score([hit('learned-model', 'model', 0.67)]).verdict, 'suspicious');
  assert.equal(score([hit('learned-model', 'model', 0.66)]).verdict, 'no_red_flags');
  assert.equal(score([hit('learned-model', 'model', 1)]).score, w('learned-model'));
  assert.equal(score([hit('learned-model', 'model', 1)]).verdict, 'suspicious');
  assert.ok(w('learned-model') * POLICY.categoryCaps.model < T.likelyScam);
  // The learned URL model: 0.8 at its threshold makes a link suspicious; × 0.6 without a brand.
  assert.equal(score([hit('learned-url-model', 'model', 0.8)]).score, 0.4);
  assert.equal(score([hit('learned-url-model', 'model', 1)]).score, 0.5);
  assert.equal(score([hit('learned-url-model', 'model', 0.8 * 0.6)]).score, 0.24);
  // Lure families: an invitation at 0.75 is suspicious; a bare "is this Vince?" (0.5) a hint.
  assert.equal(score([hit('investment-group-invite', 'pretext', 0.75)]).score, 0.45);
  assert.equal(score([hit('wrong-number-opener', 'pretext', 0.5)]).score, 0.35);
  assert.equal(score([hit('wrong-number-opener', 'pretext', 0.5)]).verdict, 'no_red_flags');
  // Graded URL traits: 0.62 × 0.65 ≈ the suspicious threshold.
  assert.equal(score([hit('suspicious-link-host', 'link', 0.65)]).score, 0.403);
  // A rule with weight 0 reports but never scores.
  assert.equal(score([hit('auth-not-checked', 'authentication')]).score, 0);
});

test('genuine evidence lowers the shipped score: once for rules, twice for the model', () => {
  // A brand DKIM pass with DMARC alignment: 0.85 × (1 − 0.7) = 0.255.
  const authed = score([hit('gift-card-payment-request', 'request'), hit('brand-authenticated', 'authentication', 1, 'lower')]);
  assert.equal(authed.score, r3(w('gift-card-payment-request') * (1 - w('brand-authenticated'))));
  assert.equal(authed.score, 0.255);
  assert.equal(authed.verdict, 'no_red_flags');
  assert.deepEqual(authed.categories, { request: w('gift-card-payment-request') });
  // Two genuine signals multiply: 0.85 × 0.55 × 0.4 = 0.187.
  const both = score([hit('gift-card-payment-request', 'request'), hit('official-links-only', 'genuine', 1, 'lower'), hit('code-notice-without-request', 'genuine', 1, 'lower')]);
  assert.equal(both.score, 0.187);
  // A code notice (strength 0.6) against the model at p = 0.9: G = 0.36, the model's 0.54 becomes
  // 0.54 × (1 − 0.36) = 0.3456, then the whole × 0.64 = 0.221.
  const G = w('code-notice-without-request') * 0.6;
  const notice = score([hit('learned-model', 'model', 0.9), hit('code-notice-without-request', 'genuine', 0.6, 'lower')]);
  assert.equal(POLICY.genuineModelDiscount, 1);
  assert.equal(notice.categories.model, w('learned-model') * 0.9 * (1 - POLICY.genuineModelDiscount * G));
  assert.equal(notice.score, r3(w('learned-model') * 0.9 * (1 - G) * (1 - G)));
  assert.equal(notice.score, 0.221);
  // A lowering rule that never raises: each genuine-category rule has a weight that lowers.
  for (const id of ['code-notice-without-request', 'official-links-only', 'registered-sender-id', 'mail-system-report', 'notice-without-request', 'personal-voicemail']) {
    assert.ok(w(id) > 0 && w(id) < 1, id);
    assert.equal(score([hit('gift-card-payment-request', 'request'), hit(id, 'genuine', 1, 'lower')]).score, r3(w('gift-card-payment-request') * (1 - w(id))), id);
  }
});
