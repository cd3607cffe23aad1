import { checkDomain } from '../../core/index.js';
import { parse, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { formatCheck } from './url.js';

// A name with at least two labels of letters, digits and hyphens (IDNs arrive here as xn--), or an
// IPv4 address; anything else ("not a domain!", "localhost") is a usage error, not a verdict.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
function isDomainName(name: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(n)) return n.split('.').every((p) => Number(p) <= 255);
  const labels = n.split('.');
  return n.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1]!);
}

export const DOMAIN_USAGE = `Usage: impostor domain NAME [--json]

Checks a domain name on its own: is it a brand's own domain, a lookalike of one (and of which
brand, by which trick), or unrelated. IDN (xn--) names are decoded.
Exit code: 0 = no red flags found, 1 = suspicious or likely scam, 2 = usage error.
`;

export async function domainCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(DOMAIN_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !positionals[0]!.trim()) throw new UsageError('domain takes exactly one NAME');
  const r = checkDomain(positionals[0]!);
  if (!isDomainName(r.registrable ?? '')) throw new UsageError(`"${positionals[0]}" is not a domain name (expected something like example.com)`);
  io.stdout(values.json ? `${JSON.stringify(r, null, 2)}\n` : formatCheck(r));
  return r.verdict === 'no_red_flags' ? 0 : 1;
}
