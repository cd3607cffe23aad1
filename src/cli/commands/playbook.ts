import { brandById, BRANDS, buildPlaybook, JURISDICTIONS, hardeningChecklist, isStageId, orderedSteps, routeTarget, STAGES, type Playbook } from '../../core/index.js';
import { countryOption, parse, UsageError } from '../args.js';
import type { Io } from '../io.js';

export const PLAYBOOK_USAGE = `Usage: impostor playbook --stage STAGE [--brand BRAND] [--country US|GB] [--channel email|sms|call] [--json]

What to do now, by how far you got. STAGE is one of:
${STAGES.map((s) => `  ${s.id.padEnd(17)} ${s.label}`).join('\n')}
BRAND adds that company's own steps: ${BRANDS.map((b) => b.id).join(', ')}.
`;

function render(p: Playbook, hardening: ReturnType<typeof hardeningChecklist>): string {
  const out: string[] = [];
  out.push(`${p.title}${p.brand ? ` — ${p.brand.name}` : ''} (${p.country})`);
  let n = 0;
  const numbered = (title: string, steps: string[]) => {
    if (!steps.length) return;
    out.push('', title);
    for (const s of steps) out.push(`  ${++n}. ${s}`);
  };
  numbered('In the first hour:', p.firstHour);
  if (p.brand) numbered(`In your ${p.brand.name} account (use the app or a web address you type yourself):`, p.brandSteps);
  numbered('Then:', p.next);
  if (p.contacts.length) {
    out.push('', 'Who to contact:');
    for (const c of p.contacts) out.push(`  - ${c.who}: ${c.ask} ${c.how}`);
  }
  if (p.report.length) {
    out.push('', 'Report it:');
    for (const r of p.report) out.push(`  - ${r.name}: ${r.how} ${routeTarget(r).text} (source: ${r.source.url})`);
  }
  if (p.seeAlso.length) out.push('', `See also: ${p.seeAlso.map((s) => `impostor playbook --stage ${s}`).join('; ')}`);
  out.push('', 'Afterwards, make the next attempt harder:');
  for (const h of hardening) {
    out.push(`  [ ] ${h.text}`);
    if (p.brand && h.id !== 'brand-other') for (const b of h.brand) out.push(`      ${p.brand.name}: ${b.text}${b.url ? ` (${b.url})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

export async function playbookCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    stage: { type: 'string', short: 's' },
    brand: { type: 'string', short: 'b' },
    country: { type: 'string' },
    channel: { type: 'string', short: 'c' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(PLAYBOOK_USAGE);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const stage = values.stage ?? '';
  if (!isStageId(stage)) throw new UsageError(`${stage ? `unknown stage "${stage}"` : '--stage is required'}; one of: ${STAGES.map((s) => s.id).join(', ')}`);
  let brand = null;
  if (values.brand) {
    brand = brandById(values.brand.toLowerCase()) ?? null;
    if (!brand) throw new UsageError(`unknown brand "${values.brand}"; one of: ${BRANDS.map((b) => b.id).join(', ')}`);
  }
  const channel = values.channel;
  if (channel !== undefined && channel !== 'email' && channel !== 'sms' && channel !== 'call') throw new UsageError(`unknown channel "${channel}"`);
  const playbook = buildPlaybook(stage, { brand, country: countryOption(values.country, JURISDICTIONS.map((j) => j.country)), channel: channel ?? null });
  const hardening = hardeningChecklist(brand);
  io.stdout(values.json ? `${JSON.stringify({ ...playbook, steps: orderedSteps(playbook), hardening }, null, 2)}\n` : render(playbook, hardening));
  return 0;
}
