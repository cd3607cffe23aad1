import { analyze, JURISDICTIONS, type AnalyzeOptions } from '../../core/index.js';
import { countryOption, parse, UsageError } from '../args.js';
import { formatReport } from '../format.js';
import type { Io } from '../io.js';

export const CHECK_USAGE = `Usage: impostor check [FILE|-] [--channel email|sms|call] [--from SENDER] [--country US|GB] [--json]
                      [--dns [--trusted-hops N]]

Reads FILE, or standard input when FILE is "-" or missing. The channel is detected when not given.
--dns checks SPF, DKIM, DMARC and ARC online. SPF needs the connecting client's IP, read only from
the Nth Received header when the N topmost were added by mail hosts you trust (--trusted-hops N,
e.g. 1 for a mail saved from your own provider's mailbox); by default none is trusted.
Exit code: 0 = no red flags found, 1 = suspicious or likely scam, 2 = usage or input error.
`;

/** Hook for options other modules add (online DNS authentication in the node adapter). */
export type CheckOptionHook = (values: Record<string, unknown>, raw: Uint8Array) => Promise<Partial<AnalyzeOptions>>;
const hooks: CheckOptionHook[] = [];
export function addCheckOptionHook(h: CheckOptionHook): void {
  hooks.push(h);
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    channel: { type: 'string', short: 'c' },
    from: { type: 'string', short: 'f' },
    country: { type: 'string' },
    json: { type: 'boolean' },
    dns: { type: 'boolean' },
    'trusted-hops': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('check takes at most one FILE');
  const file = positionals[0];
  const raw = !file || file === '-' ? await io.stdin() : await io.readFile(file);
  let options: AnalyzeOptions = { country: countryOption(values.country, JURISDICTIONS.map((j) => j.country)) };
  for (const h of hooks) options = { ...options, ...(await h(values as Record<string, unknown>, raw)) };
  const report = await analyze({ input: raw, channel: values.channel, from: values.from ?? null }, options);
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.verdict === 'no_red_flags' ? 0 : 1;
}
