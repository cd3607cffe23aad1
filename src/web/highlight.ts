// Splits the message text into runs covered by the same set of findings, so overlapping evidence
// spans from different red flags can be marked without nesting <mark> elements. Pure: tested in
// Node, used by the page.

export interface MarkSpan {
  start: number;
  end: number;
  /** Index of the finding in the report. */
  finding: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Findings whose evidence covers this run (sorted, unique); empty = plain text. */
  findings: number[];
  /** Findings with an evidence span that ends exactly at this run's end (where a badge goes). */
  endsHere: number[];
}

/** Most spans marked; a hostile report with thousands of spans still renders quickly. */
export const MAX_MARKS = 500;

export function segmentText(textLength: number, spans: readonly MarkSpan[]): Segment[] {
  const clean: MarkSpan[] = [];
  for (const s of spans) {
    if (clean.length >= MAX_MARKS) break;
    const start = Math.max(0, Math.min(textLength, Math.floor(s.start)));
    const end = Math.max(0, Math.min(textLength, Math.floor(s.end)));
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) clean.push({ start, end, finding: s.finding });
  }
  const cuts = new Set<number>([0, textLength]);
  for (const s of clean) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const findings = new Set<number>();
    const endsHere = new Set<number>();
    for (const s of clean) {
      if (s.start <= a && s.end >= b) findings.add(s.finding);
      if (s.end === b && s.start <= a) endsHere.add(s.finding);
    }
    out.push({ start: a, end: b, findings: [...findings].sort((x, y) => x - y), endsHere: [...endsHere].sort((x, y) => x - y) });
  }
  return out;
}
