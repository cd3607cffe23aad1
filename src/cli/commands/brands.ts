import { BRANDS, JURISDICTIONS } from '../../core/index.js';
import { parse, UsageError } from '../args.js';
import type { Io } from '../io.js';

export const BRANDS_USAGE = `Usage: impostor brands [--json]

Lists the brand packs Impostor knows: id, name, official web domains, the senders they text from,
how many "we will never …" statements and report routes each has. --json prints the packs whole.
Country reporting routes: ${'{countries}'}.
`;

export async function brandsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(BRANDS_USAGE.replace('{countries}', JURISDICTIONS.map((j) => j.country).join(', ')));
    return 0;
  }
  if (positionals.length) throw new UsageError('brands takes no arguments');
  if (values.json) {
    io.stdout(`${JSON.stringify({ brands: BRANDS, countries: JURISDICTIONS.map((j) => j.country) }, null, 2)}\n`);
    return 0;
  }
  const lines = [`${BRANDS.length} brand packs (countries with reporting routes: ${JURISDICTIONS.map((j) => j.country).join(', ')})`, ''];
  for (const b of BRANDS) {
    const senders = b.smsSenders.map((s) => s.id).join(', ');
    lines.push(
      `${b.id.padEnd(18)} ${b.name.padEnd(20)} ${b.officialWebDomains.slice(0, 3).join(', ')}${b.officialWebDomains.length > 3 ? ', …' : ''}` +
        `  · ${b.statements.length} statements, ${b.report.length} report routes${senders ? `, texts from ${senders}` : ''}`,
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
