import * as core from '../../src/core/index.js';
import type { TextModel } from '../../src/core/model/predict.js';
import { REPORT_FLOOR } from '../../src/core/rules/learned-model.js';
import type { Policy } from '../../src/core/scoring/policy.js';
import type { ScoredFinding } from '../../src/core/scoring/score.js';
import type { Channel } from '../../src/core/types.js';
import { emptyCounts, metricsOf, tally, type Counts } from './metrics.js';
import type { Example } from './pipeline.js';

// Fitting how much the model counts beside the rules, on the validation split (records the model
// did not train on): the rules' findings are computed once with the model off, the model's
// calibrated probability is added as the learned-model finding, and each candidate weight is
// scored through the real policy (noisy-OR, caps, composites, thresholds).

export interface CombinedRow {
  weight: number;
  perChannel: Record<string, { counts: Counts; recall: number | null; fpr: number | null }>;
  feasible: boolean;
  recall: number;
}

/** FPR budgets from the project's targets. */
export const FPR_BUDGET: Record<Channel, number> = { email: 0.005, sms: 0.01, call: 0.05 };

/**
 * Candidate weights: all below the likely-scam threshold, so the model alone can make a message
 * "suspicious" but never "likely scam" (a verdict that strong needs a rule's evidence too).
 */
export const WEIGHT_GRID: readonly number[] = [0.5, 0.55, 0.6, 0.65, 0.7].filter((w) => Math.min(w, core.POLICY.categoryCaps.model) < core.POLICY.thresholds.likelyScam);

export async function fitModelWeight(val: readonly Example[], model: TextModel, grid: readonly number[] = WEIGHT_GRID): Promise<{ rows: CombinedRow[]; best: CombinedRow | null; excess: number }> {
  const prepared: { ex: Example; findings: ScoredFinding[]; p: number }[] = [];
  for (const ex of val) {
    let findings: ScoredFinding[] = [];
    try {
      const r = await core.analyze(ex.req, { model: false });
      findings = r.findings.map((f) => {
        const w = core.POLICY.weights[f.ruleId] ?? 0;
        return { ruleId: f.ruleId, category: f.category, strength: w > 0 ? f.weight / w : 0, effect: f.effect ?? 'raise' };
      });
    } catch {
      findings = [];
    }
    prepared.push({ ex, findings, p: model.probability(ex.input) });
  }
  const rows: CombinedRow[] = [];
  for (const weight of grid) {
    const policy: Policy = { ...core.POLICY, weights: { ...core.POLICY.weights, 'learned-model': weight } };
    const per = new Map<string, Counts>();
    for (const { ex, findings, p } of prepared) {
      const all = p >= REPORT_FLOOR[ex.channel] ? [...findings, { ruleId: 'learned-model', category: 'model' as const, strength: Math.round(p * 1000) / 1000, effect: 'raise' as const }] : findings;
      const v = core.score(all, policy).verdict;
      const c = per.get(ex.channel) ?? emptyCounts();
      per.set(ex.channel, c);
      tally(c, ex.scam, v !== 'no_red_flags');
    }
    const perChannel: CombinedRow['perChannel'] = {};
    let feasible = true;
    let tp = 0;
    let pos = 0;
    for (const [ch, counts] of per) {
      const m = metricsOf(counts);
      perChannel[ch] = { counts, recall: m.recall, fpr: m.fpr };
      if (m.fpr !== null && m.fpr > FPR_BUDGET[ch as Channel]) feasible = false;
      tp += counts.tp;
      pos += counts.tp + counts.fn;
    }
    rows.push({ weight, perChannel, feasible, recall: pos ? tp / pos : 0 });
  }
  // Least false-positive rate over the budgets first (0 when the budgets can be met), then the
  // highest recall, then the smaller weight (the model should move verdicts no more than it must).
  const excess = (r: CombinedRow): number =>
    Object.entries(r.perChannel).reduce((s, [ch, m]) => s + Math.max(0, (m.fpr ?? 0) - FPR_BUDGET[ch as Channel]), 0);
  const best = rows.reduce<CombinedRow | null>((b, r) => {
    if (!b) return r;
    const d = excess(r) - excess(b);
    if (d < -1e-9) return r;
    if (d > 1e-9) return b;
    return r.recall > b.recall + 1e-12 ? r : b;
  }, null);
  return { rows, best, excess: best ? excess(best) : 0 };
}
