// Confusion counts and the ratios derived from them. A ratio whose denominator is zero is null
// (undefined), not 0 or 1, so an empty class never reads as perfect or as a total failure.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Metrics extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  fpr: number | null;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

/** Count one decision: `scam` is the truth, `flagged` what the detector said. */
export function tally(c: Counts, scam: boolean, flagged: boolean): void {
  if (scam) {
    if (flagged) c.tp++;
    else c.fn++;
  } else if (flagged) c.fp++;
  else c.tn++;
}

export function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
  into.tn += from.tn;
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export function metricsOf(c: Counts): Metrics {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1, fpr: ratio(c.fp, c.fp + c.tn) };
}

/** Round ratios for display and JSON (counts stay exact). */
export function rounded(m: Metrics, digits = 4): Metrics {
  const r = (x: number | null): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
  return { ...m, precision: r(m.precision), recall: r(m.recall), f1: r(m.f1), fpr: r(m.fpr) };
}

/**
 * Best recall reachable at a false-positive-rate budget when flagging at score ≥ t, and that t.
 * Ties in score are flagged together, so the threshold is one a deployed detector could use.
 */
export function recallAtFpr(scores: readonly { score: number; scam: boolean }[], maxFpr: number): { threshold: number; recall: number; fpr: number } {
  const pos = scores.filter((s) => s.scam).length;
  const neg = scores.length - pos;
  const sorted = [...scores].sort((a, b) => b.score - a.score);
  let best = { threshold: Infinity, recall: 0, fpr: 0 };
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < sorted.length; ) {
    const t = sorted[i]!.score;
    while (i < sorted.length && sorted[i]!.score === t) {
      if (sorted[i]!.scam) tp++;
      else fp++;
      i++;
    }
    const fpr = neg ? fp / neg : 0;
    if (fpr > maxFpr) break;
    best = { threshold: t, recall: pos ? tp / pos : 0, fpr };
  }
  return best;
}
