import '../src/node/model-files.js';
import { BRANDS, JURISDICTIONS } from '../src/core/index.js';

// docs/brands.md is generated from the brand packs so the catalogue never drifts from the data.

const md = (s: string): string => s.replace(/\|/g, '\\|');

export function renderBrandDocs(): string {
  const out: string[] = [
    '# Brands',
    '',
    'Generated from `src/core/brands/*.ts` by `npm run docs:rules`; do not edit by hand. Every fact',
    'carries its source URL, the kind of source (official, repost, practitioner, unverified) and the',
    'date it was checked; `impostor brands --json` prints the packs whole.',
    '',
    `${BRANDS.length} packs. Countries with reporting routes: ${JURISDICTIONS.map((j) => j.country).join(', ')}.`,
    '',
    '| id | name | official web domains | SMS senders | statements | report routes | facts by source kind |',
    '| --- | --- | --- | --- | ---: | ---: | --- |',
  ];
  for (const b of BRANDS) {
    const kinds = new Map<string, number>();
    const count = (t: string): void => void kinds.set(t, (kinds.get(t) ?? 0) + 1);
    for (const s of b.statements) count(s.source.type);
    for (const r of b.report) count(r.source.type);
    for (const p of b.publishedPhones) count(p.source.type);
    for (const s of b.smsSenders) count(s.source.type);
    const k = [...kinds].sort().map(([t, n]) => `${t} ${n}`).join(', ');
    out.push(`| \`${b.id}\` | ${md(b.name)} | ${b.officialWebDomains.map(md).join(', ')} | ${b.smsSenders.map((s) => md(s.id)).join(', ') || '—'} | ${b.statements.length} | ${b.report.length} | ${k} |`);
  }
  for (const b of BRANDS) {
    out.push('', `## ${md(b.name)} (\`${b.id}\`)`, '');
    out.push(`Names: ${b.aliases.map(md).join(', ')}. Sends mail from: ${b.officialSenderDomains.map(md).join(', ')}.`, '');
    for (const s of b.statements) out.push(`- ${md(s.text)} (${s.channels.join(', ')}; [${s.source.type}](${s.source.url}), ${s.source.checked})`);
    if (b.report.length) {
      out.push('', 'Report to:', '');
      for (const r of b.report) out.push(`- ${md(r.name)}: ${md(r.how)} — ${r.kind} \`${md(r.address)}\`${r.country ? ` (${r.country})` : ''} ([${r.source.type}](${r.source.url}))`);
    }
  }
  return `${out.join('\n')}\n`;
}
