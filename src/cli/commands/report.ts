import {
  analyzeWithMessage,
  buildIncidentReport,
  collectIndicators,
  indicatorsToCsv,
  indicatorsToStix,
  JURISDICTIONS,
  type AnalyzeOptions,
  type Message,
  type Report,
} from '../../core/index.js';
import { countryOption, parse, UsageError } from '../args.js';
import { closeOcrIfStarted, toInput } from './check.js';
import type { Io } from '../io.js';

export const REPORT_USAGE = `Usage: impostor report [FILE|-] [--country US|GB] [--format text|json|csv|stix] [--channel email|sms|call] [--from SENDER]

Builds a report you can send: a pre-filled text (sender, links, numbers, order numbers, dates, why
it looks like a scam, where to report it), or the indicators as CSV or a STIX 2.1 bundle.
One-time codes, passwords, card and account numbers in the input are removed.
Set IMPOSTOR_NOW=2024-05-01T12:00:00Z for reproducible output.
`;

const FORMATS = ['text', 'json', 'csv', 'stix'] as const;
type Format = (typeof FORMATS)[number];

function clock(io: Io): Date {
  const fixed = io.env.IMPOSTOR_NOW;
  if (!fixed) return new Date();
  const d = new Date(fixed);
  if (Number.isNaN(d.getTime())) throw new UsageError(`IMPOSTOR_NOW is not a date: "${fixed}"`);
  return d;
}

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    country: { type: 'string' },
    format: { type: 'string', short: 'f' },
    channel: { type: 'string', short: 'c' },
    from: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('report takes at most one FILE');
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}"; one of: ${FORMATS.join(', ')}`);
  const now = clock(io);
  const file = positionals[0];
  const raw = !file || file === '-' ? await io.stdin() : await io.readFile(file);
  const country = countryOption(values.country, JURISDICTIONS.map((j) => j.country));
  const options: AnalyzeOptions = { country, now: () => now };
  // A screenshot or an Outlook .msg is read as `impostor check` reads it.
  let report: Report;
  let message: Message;
  try {
    ({ report, message } = await analyzeWithMessage(await toInput(raw, file && file !== '-' ? file : null, values), options));
  } finally {
    await closeOcrIfStarted();
  }
  if (format === 'csv' || format === 'stix') {
    const indicators = collectIndicators(report);
    io.stdout(
      format === 'csv'
        ? indicatorsToCsv(indicators, { brand: report.brand, verdict: report.verdict, reportedAt: now.toISOString() })
        : `${JSON.stringify(indicatorsToStix(indicators, { now, brand: report.brand, verdict: report.verdict }), null, 2)}\n`,
    );
    return 0;
  }
  // The email's own Date header, when there is one, goes in as "received" (from the same parse).
  const incident = buildIncidentReport(report, { now, country, message });
  io.stdout(format === 'json' ? `${JSON.stringify(incident, null, 2)}\n` : incident.text);
  return 0;
}
