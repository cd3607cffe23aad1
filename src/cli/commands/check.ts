import { analyze, JURISDICTIONS, type AnalyzeOptions } from '../../core/index.js';
import { countryOption, parse, UsageError } from '../args.js';
import { formatReport } from '../format.js';
import type { Io } from '../io.js';

export const CHECK_USAGE = `Usage: impostor check [FILE|-] [--channel email|sms|call] [--from SENDER] [--country US|GB] [--json]

Reads FILE, or standard input when FILE is "-" or missing. The channel is detected when not given.
FILE may be a recording (WAV, MP3, Ogg, FLAC, M4A): it is transcribed offline and checked as a call.
Exit code: 0 = no red flags found, 1 = suspicious or likely scam, 2 = usage or input error.
`;

/** Hook for options other modules add (online DNS authentication in the node adapter). */
export type CheckOptionHook = (values: Record<string, unknown>, raw: Uint8Array) => Promise<Partial<AnalyzeOptions>>;
const hooks: CheckOptionHook[] = [];
export function addCheckOptionHook(h: CheckOptionHook): void {
  hooks.push(h);
}

/** Hook that turns an input that is not text (an audio recording) into the text to check. */
export type CheckInputHook = (raw: Uint8Array) => Promise<{ input: string; channel: string; warnings: string[] } | null>;
const inputHooks: CheckInputHook[] = [];
export function addCheckInputHook(h: CheckInputHook): void {
  inputHooks.push(h);
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    channel: { type: 'string', short: 'c' },
    from: { type: 'string', short: 'f' },
    country: { type: 'string' },
    json: { type: 'boolean' },
    dns: { type: 'boolean' },
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
  let input: string | Uint8Array = raw;
  let channel = values.channel;
  const notes: string[] = [];
  for (const h of inputHooks) {
    const r = await h(raw);
    if (!r) continue;
    ({ input, channel } = r);
    notes.push(...r.warnings);
    break;
  }
  const report = await analyze({ input, channel, from: values.from ?? null }, options);
  report.warnings.push(...notes);
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.verdict === 'no_red_flags' ? 0 : 1;
}
