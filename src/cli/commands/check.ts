import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze, csvCell, ERROR_MAP, isImpostorError, JURISDICTIONS, type AnalyzeOptions, type ParseInput, type Report } from '../../core/index.js';
import { sniffFile } from '../../node/inputs/sniff.js';
import { countryOption, parse, UsageError } from '../args.js';
import { formatReport, oneLine, VERDICT_WORDS } from '../format.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';

export const CHECK_USAGE = `Usage: impostor check [FILE…|-] [-r DIR…] [--channel email|sms|call] [--from SENDER] [--country US|GB]
                      [--json | --format text|json|csv] [--ocr-lang auto|eng|deu|spa|fra|por|jpn]
                      [--dns [--trusted-hops N]] [--jobs N]

Reads each FILE, or standard input when FILE is "-" or missing: an email (.eml or Outlook .msg), a
text message or call transcript, or a screenshot of one (PNG, JPEG, WebP; read with OCR on this
machine, nothing is uploaded). The channel is detected when not given. With -r, every file under
each DIR is checked. With more than one message: one line per message and a summary; --json
writes JSON Lines (one report per line, with "file"), --format csv a CSV table. Many messages are
checked at once on --jobs N threads (default: one per core). The output keeps the order given.
Exit code: 0 = no red flags found, 1 = suspicious or likely scam (the worst message decides),
2 = usage or input error (any file that could not be checked).
A FILE may also be a recording (WAV, MP3, Ogg, FLAC, M4A): it is transcribed offline and checked as a call.
--dns checks SPF, DKIM, DMARC and ARC online. SPF needs the connecting client's IP, read only from
the Nth Received header when the N topmost were added by mail hosts you trust (--trusted-hops N,
e.g. 1 for a mail saved from your own provider's mailbox); by default none is trusted.
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

const CSV_COLUMNS = ['file', 'verdict', 'score', 'brand', 'channel', 'from', 'subject', 'rules', 'complete', 'ocr_confidence', 'error'];

/** Every file under DIR (sorted, hidden files and folders skipped). */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/** A file's bytes as analyze() input: screenshots read with OCR, .msg rebuilt, the rest as given (also `impostor report`). */
export async function toInput(raw: Uint8Array, name: string | null, values: { channel?: string; from?: string; 'ocr-lang'?: string }): Promise<ParseInput> {
  const base: ParseInput = { input: raw, channel: values.channel, from: values.from ?? null };
  // Plain text and .eml go straight to analyze(); OCR and the .msg reader load only when needed.
  if (sniffFile(raw) === 'text') return base;
  const { messageInput } = await import('../../node/inputs/index.js');
  return messageInput(raw, { name, from: values.from ?? null, ...(values.channel ? { channel: values.channel } : {}), ocrLanguages: values['ocr-lang'] ?? 'auto' });
}

type Outcome = { file: string; report: Report } | { file: string; error: { code: string; message: string } };

function errorOf(err: unknown): { code: string; message: string } {
  if (isImpostorError(err)) return { code: err.code, message: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e?.code && /^E[A-Z]+$/.test(e.code)) return { code: 'unreadable_file', message: `cannot read input: ${e.message}` };
  throw err;
}

function textLine(o: Outcome): string {
  if ('error' in o) return `could not be checked  ${o.file}: ${o.error.message}`;
  const r = o.report;
  const top = r.findings.find((f) => f.effect !== 'lower');
  const brand = r.brand ? ` [${r.brand}]` : '';
  return `${VERDICT_WORDS[r.verdict]} (${r.score.toFixed(2)})${brand}  ${o.file}${top ? `  — ${oneLine(top.message, 90)}` : ''}`;
}

function csvLine(o: Outcome): string {
  const cells =
    'error' in o
      ? [o.file, '', '', '', '', '', '', '', '', '', o.error.message]
      : [
          o.file,
          o.report.verdict,
          o.report.score.toFixed(3),
          o.report.brand ?? '',
          o.report.channel,
          o.report.message.from?.address || o.report.message.sender || '',
          o.report.message.subject ?? '',
          [...new Set(o.report.findings.filter((f) => f.effect !== 'lower').map((f) => f.ruleId))].join(' '),
          String(o.report.complete),
          o.report.message.ocr ? String(o.report.message.ocr.confidence) : '',
          '',
        ];
  return cells.map((c) => csvCell(c)).join(',');
}

function summaryText(outcomes: Outcome[], seconds: number): string {
  const count = { likely_scam: 0, suspicious: 0, no_red_flags: 0 };
  let errors = 0;
  for (const o of outcomes) {
    if ('error' in o) errors++;
    else count[o.report.verdict]++;
  }
  const parts = [`${count.likely_scam} likely scam`, `${count.suspicious} suspicious`, `${count.no_red_flags} no red flags found`];
  if (errors) parts.push(`${errors} could not be checked`);
  return `Checked ${outcomes.length} message${outcomes.length === 1 ? '' : 's'} in ${seconds.toFixed(1)} s: ${parts.join(', ')}.\n`;
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    channel: { type: 'string', short: 'c' },
    from: { type: 'string', short: 'f' },
    country: { type: 'string' },
    json: { type: 'boolean' },
    format: { type: 'string' },
    recursive: { type: 'string', short: 'r', multiple: true },
    'ocr-lang': { type: 'string' },
    dns: { type: 'boolean' },
    'trusted-hops': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'json', 'csv'].includes(format)) throw new UsageError(`--format ${format} is not one of text, json, csv`);
  if (values.json && values.format && values.format !== 'json') throw new UsageError('--json and --format csv/text contradict each other');
  const country = countryOption(values.country, JURISDICTIONS.map((j) => j.country));
  if (values.jobs !== undefined && (!/^\d{1,4}$/.test(values.jobs) || Number(values.jobs) < 1)) throw new UsageError(`--jobs must be a whole number of at least 1, not "${values.jobs.slice(0, 20)}"`);

  // A folder among the FILEs is a usage error before anything is checked.
  for (const f of positionals) {
    if (f !== '-' && (await stat(f).catch(() => null))?.isDirectory()) throw new UsageError(`${f} is a folder: use -r ${f} to check every file in it`);
  }
  const files: string[] = [...positionals];
  for (const dir of values.recursive ?? []) {
    let found: string[];
    try {
      found = await filesUnder(dir);
    } catch (err) {
      throw new UsageError(`-r ${dir}: ${(err as Error).message}`);
    }
    if (!found.length) throw new UsageError(`-r ${dir}: no files found`);
    files.push(...found);
  }
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  if (!files.length) files.push('-');
  const many = files.length > 1;
  // Many files: analyses on a worker pool, read and output here. A worker loads the analyser again
  // (a few hundred ms), which pays off from a few messages a thread: by default one thread per core
  // and per 4 files; --jobs N asks for N (at most one per file).
  let pool: import('../../node/pool/index.js').AnalyzePool | null = null;
  if (many) {
    const { createPool, defaultJobs } = await import('../../node/pool/index.js');
    pool = createPool(values.jobs !== undefined ? Math.min(Number(values.jobs), files.length) : Math.min(defaultJobs(), Math.max(1, Math.floor(files.length / 4))));
  }
  const analyzeOne = (input: ParseInput, options: AnalyzeOptions): Promise<Report> => (pool ? pool.run(input, options) : analyze(input, options));

  const check = async (file: string): Promise<Report> => {
    const raw = file === '-' ? await io.stdin() : await io.readFile(file);
    let options: AnalyzeOptions = { country };
    for (const h of hooks) options = { ...options, ...(await h(values as Record<string, unknown>, raw)) };
    // OCR takes about a second a screenshot: say so on a terminal (a batch has its progress bar).
    // A recording (the audio hook) is transcribed and checked as a call.
    for (const h of inputHooks) {
      const r = await h(raw);
      if (!r) continue;
      const report = await analyzeOne({ input: r.input, channel: r.channel, from: values.from ?? null }, options);
      report.warnings.push(...r.warnings);
      return report;
    }
    const note = !many && io.errIsTTY && ['png', 'jpeg', 'webp'].includes(sniffFile(raw) as string);
    if (note) io.stderr('Reading the text in the screenshot (OCR, about a second)…');
    const input = await toInput(raw, file === '-' ? null : file, values).finally(() => note && io.stderr('\r\x1b[2K'));
    return analyzeOne(input, options);
  };

  try {
    if (!many) {
      const file = files[0]!;
      const report = await check(file);
      io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'csv' ? `${CSV_COLUMNS.join(',')}\n${csvLine({ file, report })}\n` : formatReport(report));
      return report.verdict === 'no_red_flags' ? 0 : 1;
    }
    const started = Date.now();
    const progress = createProgress(io.errIsTTY ? io.stderr : null);
    progress.setTotal(files.length);
    const outcomes: Outcome[] = [];
    if (format === 'csv') io.stdout(`${CSV_COLUMNS.join(',')}\n`);
    // A window of files in flight, twice the pool's threads, so a worker never waits for a read;
    // results are written in the order of the files. A usage error stops the batch as before.
    // A settled file never rejects: a usage error or a bug (what errorOf does not know) is thrown
    // when its turn comes, as the one-at-a-time loop did.
    type Settled = { o: Outcome } | { thrown: unknown };
    const settle = (file: string): Promise<Settled> =>
      check(file).then(
        (report) => ({ o: { file, report } }),
        (err: unknown) => {
          if (err instanceof UsageError) return { thrown: err };
          try {
            return { o: { file, error: errorOf(err) } };
          } catch (bug) {
            return { thrown: bug };
          }
        },
      );
    const window = Math.max(1, 2 * (pool?.size ?? 1));
    const inFlight: Promise<Settled>[] = [];
    let next = 0;
    for (let i = 0; i < files.length; i++) {
      while (next < files.length && inFlight.length < window) inFlight.push(settle(files[next++]!));
      const s = await inFlight.shift()!;
      if ('thrown' in s) throw s.thrown;
      const o = s.o;
      const file = o.file;
      outcomes.push(o);
      progress.tick();
      if (format === 'json') io.stdout(`${JSON.stringify('error' in o ? { file, error: o.error } : { ...o.report, file })}\n`);
      else if (format === 'csv') io.stdout(`${csvLine(o)}\n`);
      else io.stdout(`${textLine(o)}\n`);
    }
    progress.done();
    const summary = summaryText(outcomes, (Date.now() - started) / 1000);
    if (format === 'text') io.stdout(summary);
    else io.stderr(summary);
    if (outcomes.some((o) => 'error' in o)) {
      const codes = outcomes.flatMap((o) => ('error' in o ? [o.error.code] : []));
      return Math.max(...codes.map((c) => ERROR_MAP[c as keyof typeof ERROR_MAP]?.exitCode ?? 2));
    }
    return outcomes.some((o) => 'report' in o && o.report.verdict !== 'no_red_flags') ? 1 : 0;
  } finally {
    await pool?.close();
    await closeOcrIfStarted();
  }
}

/** OCR workers keep the process alive; they exist only if a screenshot was read. */
export async function closeOcrIfStarted(): Promise<void> {
  if ((await import('../../node/ocr/state.js')).ocrStarted()) await (await import('../../node/ocr/tesseract.js')).closeOcr();
}
