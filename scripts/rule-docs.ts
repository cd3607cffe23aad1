import { RULES } from '../src/core/rules/index.js';
import { POLICY } from '../src/core/scoring/policy.js';

// docs/rules.md is generated from the rule modules so the catalogue never drifts from the code.

export function renderRuleDocs(): string {
  const out: string[] = [
    '# Rules',
    '',
    'Generated from `src/core/rules/*.ts` by `npm run docs:rules`; do not edit by hand.',
    'Weights, category caps and thresholds are in `src/core/scoring/policy.ts`.',
    '',
    '| id | category | channels | weight | brand statement |',
    '| --- | --- | --- | ---: | --- |',
  ];
  for (const r of RULES) {
    const m = r.meta;
    out.push(`| [\`${m.id}\`](#${m.id}) | ${m.category} | ${m.channels.join(', ')} | ${POLICY.weights[m.id] ?? '—'} | ${m.statement ?? '—'} |`);
  }
  for (const r of RULES) {
    const m = r.meta;
    out.push('', `## ${m.id}`, '', `**${m.title}**`, '', m.description, '');
    out.push('Messages:', '');
    for (const [id, t] of Object.entries(m.messages as Record<string, string>)) out.push(`- \`${id}\`: ${t}`);
    out.push('', 'Known false positives:', '');
    for (const fp of m.falsePositives) out.push(`- ${fp}`);
    if (m.references?.length) {
      out.push('', 'References:', '');
      for (const ref of m.references) out.push(`- ${ref}`);
    }
  }
  return `${out.join('\n')}\n`;
}
