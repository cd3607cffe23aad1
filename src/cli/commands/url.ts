import { checkUrl, type UrlCheckResult } from '../../core/index.js';
import { parse, UsageError } from '../args.js';
import { VERDICT_WORDS } from '../format.js';
import type { Io } from '../io.js';

export const URL_USAGE = `Usage: impostor url URL [--json]

Checks one link on its own: where it really goes (mail-security wrappers are unwrapped), whether
its domain imitates a brand, and link tricks (IP address, "@" user name, shortener, redirect,
script or data address). Exit code: 0 = no red flags found, 1 = suspicious or likely scam, 2 = usage error.
`;

/** Human output shared by `impostor url` and `impostor domain`. */
export function formatCheck(r: UrlCheckResult): string {
  const lines = [`${VERDICT_WORDS[r.verdict]} (score ${r.score.toFixed(2)})  ${r.input}`];
  if (r.host) lines.push(`  host: ${r.host}${r.registrable && r.registrable !== r.host ? ` (registered domain ${r.registrable})` : ''}`);
  if (r.wrapper) lines.push(`  unwrapped ${r.wrapper} link → ${r.target}`);
  if (r.officialBrand) lines.push(`  this is one of ${r.officialBrand}'s own domains`);
  if (r.lookalikeOf) lines.push(`  imitates: ${r.lookalikeOf.brandName} (${r.lookalikeOf.imitates}) by ${r.lookalikeOf.technique}`);
  for (const f of r.findings) lines.push(`  • ${f.message}  [${f.ruleId}]`);
  if (r.verdict === 'no_red_flags') lines.push('  No red flags found. That is not a guarantee: when in doubt, type the brand’s address yourself.');
  return `${lines.join('\n')}\n`;
}

export async function urlCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(URL_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !positionals[0]!.trim()) throw new UsageError('url takes exactly one URL');
  const r = checkUrl(positionals[0]!);
  // Text with no host in it is not a link: saying "no red flags" about it would be a false all-clear.
  if (!r.host) throw new UsageError(`"${positionals[0]}" is not a link (expected something like https://example.com/path)`);
  io.stdout(values.json ? `${JSON.stringify(r, null, 2)}\n` : formatCheck(r));
  return r.verdict === 'no_red_flags' ? 0 : 1;
}
