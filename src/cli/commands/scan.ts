import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { JURISDICTIONS, type Report } from '../../core/index.js';
import { openSource, SourceError, type ImapActions, type MailSource, type RawMail, type SourceRef } from '../../node/mailbox/index.js';
import { createPool, defaultJobs, type AnalyzePool } from '../../node/pool/index.js';
import { CSV_HEADER, csvRow, jsonErrorLine, type ScanRecord } from '../../node/scan-record.js';
import { countryOption, parse, UsageError } from '../args.js';
import { oneLine, VERDICT_WORDS } from '../format.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';

export const SCAN_USAGE = `Usage: impostor scan SOURCE [--json | --format text|json|csv] [--jobs N] [--state FILE]
                     [--since DATE] [--limit N] [--country CC] [--quiet]
                     [--move-to FOLDER] [--flag] [--act-on likely_scam|suspicious] [--apply]
                     [--queue redis://HOST:PORT]

SOURCE is an mbox file (mboxrd or mboxo, .gz too), a Maildir folder, or an IMAP mailbox:
imap://USER@HOST[:PORT]/MAILBOX (STARTTLS when offered) or imaps://USER@HOST[:PORT]/MAILBOX.
The IMAP password is read from IMPOSTOR_IMAP_PASSWORD, or asked for on a terminal; never a flag.

  --json            one JSON line per message: the report of "impostor check --json" plus "source"
  --format csv      one CSV row per message (source, ids, verdict, score, brand, sender, subject, rules)
  --jobs N          analyse on N threads (default: all cores)
  --state FILE      remember finished messages in FILE; a later run with it skips them
  --since DATE      only messages dated on or after DATE (Date header; IMAP: server's SEARCH SINCE)
  --limit N         analyse at most N messages in this run
  --move-to FOLDER  IMAP: move flagged messages to FOLDER      (dry run unless --apply)
  --flag            IMAP: add \\Flagged and $Phishing to them   (dry run unless --apply)
  --act-on VERDICT  which messages --move-to/--flag act on (default likely_scam)
  --queue URL       enqueue every message on Redis (BullMQ) for "impostor worker --redis URL"
                    processes, and print each result as it comes back, once

A progress bar (messages/s, time left) is shown on a terminal; a summary follows (on stderr with
--json/--format csv, so standard output holds only the records).
Exit code: the worst verdict, as for check (0 = no red flags found, 1 = suspicious or likely scam);
2 = usage error or a SOURCE that cannot be read.
`;

const VERDICT_LABEL = Object.fromEntries(Object.entries(VERDICT_WORDS).map(([v, w]) => [v, w.toLowerCase()])) as Record<Report['verdict'], string>;
const VERDICT_ORDER: Report['verdict'][] = ['likely_scam', 'suspicious', 'no_red_flags'];
const RANK: Record<Report['verdict'], number> = { no_red_flags: 0, suspicious: 1, likely_scam: 2 };

type Format = 'text' | 'json' | 'csv';

/** Completed (or failed) analysis of one message, in source order. */
interface Outcome {
  mail: Pick<RawMail, 'key' | 'source'>;
  record?: ScanRecord;
  error?: string;
}

/** --state FILE: one finished message key per line, appended as each result is written out. */
class StateFile {
  private readonly done = new Set<string>();
  private fd: number | null = null;
  constructor(private readonly path: string | undefined) {
    if (!path) return;
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`cannot read --state ${path}: ${(err as Error).message}`);
    }
    for (const line of text.split('\n')) if (line && !line.startsWith('#')) this.done.add(line);
    try {
      this.fd = openSync(path, 'a');
      if (!text) writeSync(this.fd, '# impostor scan state: one finished message per line\n');
    } catch (err) {
      throw new UsageError(`cannot write --state ${path}: ${(err as Error).message}`);
    }
  }
  has(key: string): boolean {
    return this.done.has(key);
  }
  add(key: string): void {
    if (this.fd === null || this.done.has(key)) return;
    this.done.add(key);
    // One write per message, straight to the file: a scan killed at any point loses at most the
    // messages in flight, which the next run does again.
    writeSync(this.fd, `${key.replace(/\n/g, ' ')}\n`);
  }
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

const sourceId = (s: SourceRef): string => (s.kind === 'mbox' ? `#${s.index}` : s.kind === 'maildir' ? s.file : `uid ${s.uid}`);

interface Tally {
  verdicts: Record<Report['verdict'], number>;
  brands: Map<string, number>;
  rules: Map<string, number>;
  errors: number;
  skipped: number;
  incomplete: number;
}

function table(title: string, rows: [string, number][]): string[] {
  if (!rows.length) return [];
  const w = Math.max(title.length, ...rows.map(([k]) => k.length));
  return [`${title.padEnd(w)}  messages`, ...rows.map(([k, n]) => `${k.padEnd(w)}  ${String(n).padStart(8)}`)];
}

function summary(t: Tally, label: string, seconds: number, jobs: number | 'queue'): string {
  const n = VERDICT_ORDER.reduce((a, v) => a + t.verdicts[v], 0) + t.errors;
  const rate = seconds > 0 ? n / seconds : 0;
  const out = [`Scanned ${n} message${n === 1 ? '' : 's'} from ${label} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} messages/s, ${jobs === 'queue' ? 'queued for workers' : `${jobs} job${jobs === 1 ? '' : 's'}`})`];
  if (t.skipped) out.push(`Skipped ${t.skipped} already in the state file.`);
  out.push('', ...table('Verdict', [...VERDICT_ORDER.map((v) => [VERDICT_LABEL[v], t.verdicts[v]] as [string, number]), ...(t.errors ? [['could not be read', t.errors] as [string, number]] : [])]));
  const brands = [...t.brands].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  if (brands.length) out.push('', ...table('Brand impersonated', brands));
  const rules = [...t.rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  if (rules.length) out.push('', ...table('Top red flags', rules));
  if (t.incomplete) out.push('', `${t.incomplete} report(s) are partial (a cap or a failed rule): see their warnings.`);
  return `${out.join('\n')}\n`;
}

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean' },
    format: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    state: { type: 'string' },
    since: { type: 'string' },
    limit: { type: 'string' },
    country: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    'move-to': { type: 'string' },
    flag: { type: 'boolean' },
    'act-on': { type: 'string' },
    apply: { type: 'boolean' },
    queue: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(SCAN_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'scan takes one SOURCE' : `scan needs a SOURCE\n\n${SCAN_USAGE}`);
  const spec = positionals[0]!;
  const format: Format = values.json ? 'json' : ((values.format ?? 'text') as Format);
  if (!['text', 'json', 'csv'].includes(format)) throw new UsageError(`--format must be text, json or csv, not "${values.format}"`);
  const posInt = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${v}"`);
    return Number(v);
  };
  const jobs = posInt('jobs', values.jobs) ?? defaultJobs();
  const limit = posInt('limit', values.limit);
  let since: Date | null = null;
  if (values.since !== undefined) {
    since = new Date(values.since);
    if (Number.isNaN(since.getTime())) throw new UsageError(`--since must be a date such as 2026-12-01, not "${values.since}"`);
  }
  const actOn = (values['act-on'] ?? 'likely_scam') as Report['verdict'];
  if (actOn !== 'likely_scam' && actOn !== 'suspicious') throw new UsageError('--act-on must be likely_scam or suspicious');
  const wantsAction = !!values['move-to'] || !!values.flag;
  const country = countryOption(values.country, JURISDICTIONS.map((j) => j.country));

  const state = new StateFile(values.state);
  let source: MailSource & Partial<ImapActions>;
  try {
    source = await openSource(spec, async () => {
      const env = io.env.IMPOSTOR_IMAP_PASSWORD;
      if (env !== undefined) return env;
      if (io.promptSecret) return io.promptSecret(`IMAP password for ${spec.replace(/^imaps?:\/\//i, '').split('/')[0]}: `);
      throw new SourceError(spec, 'no IMAP password: set IMPOSTOR_IMAP_PASSWORD (or run on a terminal to be asked)');
    });
  } catch (err) {
    state.close();
    if (err instanceof SourceError) {
      io.stderr(`impostor scan: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (wantsAction && !source.move) {
    await source.close();
    state.close();
    throw new UsageError('--move-to and --flag act on IMAP mailboxes only');
  }

  const progress = createProgress(io.errIsTTY && !values.quiet ? io.stderr : null);
  const tally: Tally = { verdicts: { likely_scam: 0, suspicious: 0, no_red_flags: 0 }, brands: new Map(), rules: new Map(), errors: 0, skipped: 0, incomplete: 0 };
  const flagged: { uid: number; line: string }[] = [];
  const listed: string[] = [];
  let worst = 0;
  const started = Date.now();
  if (format === 'csv') io.stdout(`${CSV_HEADER.join(',')}\r\n`);

  // The JSON line / CSV row of an analysed message comes ready-made from the pool (scan-record.ts).
  const emit = (o: Outcome) => {
    const r = o.record;
    if (format === 'json') io.stdout(`${r ? r.line : jsonErrorLine(o.mail.source, o.error ?? '')}\n`);
    else if (format === 'csv') io.stdout(`${r ? r.line : csvRow(o.mail.source, undefined, o.error)}\r\n`);
    if (r) {
      tally.verdicts[r.verdict]++;
      worst = Math.max(worst, RANK[r.verdict]);
      if (!r.complete) tally.incomplete++;
      if (r.verdict !== 'no_red_flags') {
        if (r.brand) tally.brands.set(r.brand, (tally.brands.get(r.brand) ?? 0) + 1);
        for (const id of r.rules) tally.rules.set(id, (tally.rules.get(id) ?? 0) + 1);
        const line = `${VERDICT_WORDS[r.verdict].padEnd(12)} ${sourceId(o.mail.source).padEnd(10)} ${(r.brand ?? '-').padEnd(12)} ${oneLine(r.sender, 40)}  ${oneLine(r.subject, 60)}`;
        if (format === 'text') listed.push(line);
        if (o.mail.source.kind === 'imap' && RANK[r.verdict] >= RANK[actOn]) flagged.push({ uid: o.mail.source.uid, line });
      }
    } else {
      tally.errors++;
      io.stderr(`impostor scan: ${sourceId(o.mail.source)}: ${o.error}\n`);
    }
    state.add(o.mail.key);
    progress.tick();
  };

  let pool: AnalyzePool | null = null;
  let window = 2;
  try {
    const total = await source.count({ since });
    progress.setTotal(total === null ? null : limit ? Math.min(limit, total) : total);
    if (values.queue) {
      // Workers elsewhere do the analysis; the window is how many messages wait in the queue.
      const { createQueuePool } = await import('../../node/queue/index.js');
      const q = await createQueuePool(values.queue);
      pool = q;
      window = q.window;
    } else {
      pool = createPool(jobs);
      // Results are written in source order: a window of at most 4 messages per job is in flight or
      // waiting for an earlier one, which bounds memory whatever the mailbox size.
      window = Math.max(2, pool.size * 4);
    }
    const ready = new Map<number, Outcome>();
    let nextOut = 0;
    let seq = 0;
    let wake: (() => void) | null = null;
    const flush = () => {
      for (let o = ready.get(nextOut); o; o = ready.get(nextOut)) {
        ready.delete(nextOut++);
        emit(o);
      }
      wake?.();
    };
    const p = pool;
    for await (const mail of source.messages({ since })) {
      if (state.has(mail.key)) {
        tally.skipped++;
        continue;
      }
      if (limit !== undefined && seq >= limit) break;
      const mine = seq++;
      const ref = { key: mail.key, source: mail.source };
      p.record({ raw: mail.raw, options: { country }, source: mail.source, format }).then(
        (record) => ready.set(mine, { mail: ref, record }),
        (err: Error) => ready.set(mine, { mail: ref, error: err.message }),
      ).then(flush);
      while (seq - nextOut >= window) await new Promise<void>((res) => (wake = res));
    }
    while (nextOut < seq) await new Promise<void>((res) => (wake = res));
    progress.done();

    if (wantsAction) {
      const uids = flagged.map((f) => f.uid);
      const what = [values['move-to'] ? `move to "${values['move-to']}"` : null, values.flag ? 'flag \\Flagged $Phishing' : null].filter(Boolean).join(' and ');
      if (!values.apply) io.stderr(`Dry run: would ${what} ${uids.length} message(s) judged ${VERDICT_LABEL[actOn]} or worse. Add --apply to do it.\n`);
      else {
        if (values.flag) await source.flag!(uids, ['\\Flagged', '$Phishing']);
        if (values['move-to']) await source.move!(uids, values['move-to']);
        io.stderr(`Done: ${what} for ${uids.length} message(s).\n`);
      }
    }
  } catch (err) {
    progress.done();
    if (err instanceof SourceError || (err as Error)?.name === 'QueueError') {
      io.stderr(`impostor scan: ${(err as Error).message}\n`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (e?.code && /^E[A-Z]+$/.test(e.code)) {
      io.stderr(`impostor scan: cannot read ${spec}: ${e.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await pool?.close();
    await source.close();
    state.close();
  }

  const text = summary(tally, source.label, (Date.now() - started) / 1000, values.queue ? 'queue' : (pool?.size ?? jobs));
  if (format === 'text') {
    if (listed.length) io.stdout(`${['Flagged messages:', ...listed.map((l) => `  ${l}`)].join('\n')}\n\n`);
    io.stdout(text);
  } else if (!values.quiet) io.stderr(text);
  return worst > 0 ? 1 : 0;
}
