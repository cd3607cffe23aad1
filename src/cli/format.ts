import { policySourceLabel, routeTarget, type Evidence, type Finding, type Report } from '../core/index.js';

// Human output: the verdict first, then each red flag quoting its evidence, then what to do.

export const VERDICT_WORDS: Record<Report['verdict'], string> = {
  likely_scam: 'LIKELY SCAM',
  suspicious: 'SUSPICIOUS',
  no_red_flags: 'NO RED FLAGS FOUND',
};

function quote(e: Evidence): string {
  switch (e.kind) {
    case 'text':
      return `"${oneLine(e.text, 120)}"`;
    case 'header':
      return `${e.header}: ${oneLine(e.value, 120)}`;
    case 'link':
      return e.text && e.text !== e.href ? `link "${oneLine(e.text, 60)}" → ${oneLine(e.href, 100)}` : `link ${oneLine(e.href, 120)}`;
    case 'attachment':
      return `attachment ${e.filename ?? '(no name)'} (${e.mimeType})`;
  }
}

export function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function finding(f: Finding): string[] {
  const lines = [`  • ${f.message}`];
  for (const e of f.evidence.slice(0, 3)) lines.push(`      ${quote(e)}`);
  // The source is named after the statement: regulator guidance a brand pack carries is never shown
  // as the brand's own words.
  if (f.policy) lines.push(`      ${f.policy.statement} (${policySourceLabel(f.policy)}: ${f.policy.url})`);
  return lines;
}

export function formatReport(r: Report): string {
  const out: string[] = [];
  const brand = r.brand ? ` — pretending to be ${r.brand}` : '';
  out.push(`${VERDICT_WORDS[r.verdict]}${brand} (score ${r.score.toFixed(2)}, ${r.channel})`);
  out.push(r.advice.summary);
  // A clean result says what was looked at and what no check can know, so it does not read as an
  // all-clear (issue 15).
  if (r.verdict === 'no_red_flags') {
    if (r.advice.checked?.length) {
      out.push('', 'What Impostor checked:');
      for (const c of r.advice.checked) out.push(`  - ${c}`);
    }
    if (r.advice.cannotKnow?.length) {
      out.push('', 'What it cannot know:');
      for (const c of r.advice.cannotKnow) out.push(`  - ${c}`);
    }
  }
  const raising = r.findings.filter((f) => f.effect !== 'lower');
  const lowering = r.findings.filter((f) => f.effect === 'lower');
  if (raising.length) {
    out.push('', 'Red flags:');
    for (const f of raising) out.push(...finding(f));
  }
  if (lowering.length) {
    out.push('', 'Why parts of it look genuine (none of this proves who sent it):');
    for (const f of lowering) out.push(...finding(f));
  }
  if (r.advice.verify.length) {
    out.push('', 'How to check:');
    for (const s of r.advice.verify) out.push(`  - ${s.text}${s.url ? ` (${s.url})` : ''}`);
  }
  if (r.advice.doNot.length) {
    out.push('', 'Do not:');
    for (const s of r.advice.doNot) out.push(`  - ${s}`);
  }
  if (r.advice.ifYouAlready.length) {
    out.push('', 'If you already…');
    // The full playbooks are long; the report shows the first step of each and says where the rest is.
    for (const s of r.advice.ifYouAlready) out.push(`  ${s.title}: ${s.steps[0] ?? ''}${s.steps.length > 1 ? ` (more: impostor playbook --stage ${s.stage})` : ''}`);
  }
  if (r.advice.report.length) {
    out.push('', 'Report it:');
    for (const s of r.advice.report) {
      out.push(`  - ${s.name}: ${s.how}`);
      // The address itself: "Forward it to Apple" is no use without reportphishing@apple.com.
      const target = s.address ? routeTarget({ kind: s.kind, address: s.address }).text : s.url ? `Open: ${s.url}` : null;
      if (target) out.push(`      ${target}`);
    }
  }
  if (r.warnings.length) {
    out.push('', 'Warnings:');
    for (const w of r.warnings) out.push(`  ! ${w}`);
  }
  return `${out.join('\n')}\n`;
}
