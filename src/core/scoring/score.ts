import type { Category, Finding, Verdict } from '../types.js';
import { POLICY, type Policy } from './policy.js';

// Scoring sees findings only (never the message). Pure and deterministic.

export interface ScoreResult {
  score: number;
  verdict: Verdict;
  /** Composite ids that held. */
  composites: string[];
  /** Per-category combined strength before combining categories. */
  categories: Partial<Record<Category, number>>;
}

export interface ScoredFinding {
  ruleId: string;
  category: Category;
  strength: number;
  effect: 'raise' | 'lower';
}

export function weightOf(ruleId: string, policy: Policy = POLICY): number {
  return policy.weights[ruleId] ?? 0;
}

export function score(findings: readonly ScoredFinding[], policy: Policy = POLICY): ScoreResult {
  const survive = new Map<Category, number>(); // Π(1 − w·s) per category
  let lowerFactor = 1;
  const fired = new Set<string>();
  // A rule that reports several hits counts once at its strongest, so one long message listing many
  // pressure words is not "more scam" than a short one.
  const strongest = new Map<string, ScoredFinding>();
  for (const f of findings) {
    const prev = strongest.get(`${f.ruleId}:${f.effect}`);
    if (!prev || f.strength > prev.strength) strongest.set(`${f.ruleId}:${f.effect}`, f);
  }
  for (const f of strongest.values()) {
    const w = Math.max(0, Math.min(1, weightOf(f.ruleId, policy) * Math.max(0, Math.min(1, f.strength))));
    if (f.effect === 'lower') {
      lowerFactor *= 1 - w;
      continue;
    }
    if (w <= 0) continue;
    fired.add(f.ruleId);
    survive.set(f.category, (survive.get(f.category) ?? 1) * (1 - w));
  }
  const categories: Partial<Record<Category, number>> = {};
  let keep = 1;
  const modelDiscount = 1 - (policy.genuineModelDiscount ?? 0) * (1 - lowerFactor);
  for (const [cat, s] of survive) {
    let p = Math.min(policy.categoryCaps[cat] ?? 1, 1 - s);
    if (cat === 'model') p *= modelDiscount;
    categories[cat] = p;
    keep *= 1 - p;
  }
  const composites: string[] = [];
  for (const c of policy.composites) {
    const catsOk = !c.allCategories || c.allCategories.every((cat) => (categories[cat] ?? 0) > 0);
    const rulesOk = !c.anyRule || c.anyRule.some((r) => fired.has(r));
    if (catsOk && rulesOk && (c.allCategories || c.anyRule)) {
      composites.push(c.id);
      keep *= 1 - c.add;
    }
  }
  let s = (1 - keep) * lowerFactor;
  s = Math.round(Math.max(0, Math.min(1, s)) * 1000) / 1000;
  return { score: s, verdict: verdictFor(s, policy), composites, categories };
}

export function verdictFor(s: number, policy: Policy = POLICY): Verdict {
  if (s >= policy.thresholds.likelyScam) return 'likely_scam';
  if (s >= policy.thresholds.suspicious) return 'suspicious';
  return 'no_red_flags';
}

export function toScored(findings: readonly Finding[], strengths: readonly number[]): ScoredFinding[] {
  return findings.map((f, i) => ({ ruleId: f.ruleId, category: f.category, strength: strengths[i] ?? 1, effect: f.effect ?? 'raise' }));
}
