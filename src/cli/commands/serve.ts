import { readFileSync } from 'node:fs';
import { parse, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { jsonLogger } from '../../server/logging.js';
import { allowedHostsFromEnv } from '../../server/guard.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/node.js';
import { defaultJobs } from '../../node/pool/index.js';

export const SERVE_USAGE = `Usage: impostor serve [--host HOST] [--port PORT] [--allowed-host NAME]... [--no-cases]
                     [--jobs N] [--dns [--trusted-hops N] [--trusted-receiver NAME]...]

Starts the web page and the HTTP API (default http://${DEFAULT_HOST}:${DEFAULT_PORT}/; PORT in the
environment also sets the port). Logs are JSON lines on standard output; they never contain message
content. Stop with Ctrl-C.

  --allowed-host NAME
          also answer requests for this host name (repeatable; ".example.org" allows its
          subdomains; "*" any). By default only loopback names, IP addresses and HOST are
          answered, others get 421 (guards against DNS rebinding). IMPOSTOR_ALLOWED_HOSTS in
          the environment (comma separated) does the same.
  --dns   offer the online sender check (SPF, DKIM, DMARC, ARC): when a caller asks for it, this
          server makes DNS look-ups for the email's domains. Off by default. At most 30 look-ups
          (5 DKIM/ARC keys) per message; past that the report warns dns_lookups_capped.
  --trusted-hops N
          the N topmost Received headers of submitted mail are added by mail hosts you run; SPF
          uses the client IP and HELO recorded by the Nth. Default 0: no Received line is trusted
          and SPF is not evaluated (DKIM and DMARC are).
  --trusted-receiver NAME
          with --trusted-hops, the Nth Received header must say "by NAME" (repeatable).
  --no-cases  no case store (/api/cases answers 404)
  --jobs N  check messages on N threads at once (default: one per core; 1: no extra threads)

Cases (/api/cases) are stored in an embedded database in IMPOSTOR_DATA_DIR (default
~/.local/share/impostor), or in PostgreSQL when DATABASE_URL is set. IMPOSTOR_API_TOKENS names a
file of "<role> sha256:<hex>" lines (roles reader, analyst, admin) that the case endpoints then
require; beyond loopback they are refused without it. IMPOSTOR_RETAIN_DAYS erases older cases.
Prometheus metrics are at /metrics.
`;

function portOf(v: string | undefined, what: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new UsageError(`${what} must be a port number 0–65535, got "${v.slice(0, 20)}"`);
  return Number(v);
}

/** The case store (opening in the background), tokens and retention, from the environment. */
async function caseOptions(io: Io, loopback: boolean, log: import('../../server/logging.js').Logger) {
  const { parseTokenFile, TokenSet, TokenFileError } = await import('../../server/tokens.js');
  const { openCaseStore, storeOptionsFromEnv } = await import('../../node/store/index.js');
  let tokens = null;
  const file = io.env.IMPOSTOR_API_TOKENS;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read IMPOSTOR_API_TOKENS ${file}: ${(err as Error).message}`);
    }
    try {
      tokens = new TokenSet(parseTokenFile(text, file));
    } catch (err) {
      if (err instanceof TokenFileError) throw new UsageError(err.message);
      throw err;
    }
  }
  const retain = io.env.IMPOSTOR_RETAIN_DAYS;
  if (retain !== undefined && !/^\d{1,5}$/.test(retain)) throw new UsageError(`IMPOSTOR_RETAIN_DAYS must be a whole number of days, got "${retain.slice(0, 20)}"`);
  const where = storeOptionsFromEnv(io.env);
  io.stderr(where.databaseUrl ? 'Cases are stored in PostgreSQL (DATABASE_URL).\n' : `Cases are stored in ${where.dataDir} (embedded database).\n`);
  if (!loopback && !tokens) io.stderr('Note: no IMPOSTOR_API_TOKENS: the case endpoints are refused beyond loopback.\n');
  // Opened before the server listens: the first start creates the database (seconds), and a
  // server that answers is ready for cases.
  let opened;
  try {
    opened = await openCaseStore(where);
  } catch (err) {
    throw new UsageError(`the case store could not be opened: ${(err as Error).message}`);
  }
  const s = opened;
  log({ level: 'info', msg: 'case_store_open', backend: s.db.kind });
  let timer: NodeJS.Timeout | null = null;
  if (retain !== undefined) {
    const sweep = () =>
      s.eraseOlderThan(Number(retain)).then(
        (n) => n && log({ level: 'info', msg: 'cases_expired', count: n }),
        (err: Error) => log({ level: 'error', msg: 'retention_failed', error: err.name }),
      );
    void sweep();
    timer = setInterval(sweep, 3_600_000);
    timer.unref();
  }
  return {
    routes: { store: Promise.resolve(s), tokens, requireTokens: !loopback && !tokens },
    async close() {
      if (timer) clearInterval(timer);
      await s.close();
    },
  };
}

/** Runs the server until `signal` aborts (tests) or the process gets SIGINT/SIGTERM. */
export async function serveCommand(args: string[], io: Io, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parse(args, {
    host: { type: 'string' },
    port: { type: 'string', short: 'p' },
    dns: { type: 'boolean' },
    'no-cases': { type: 'boolean' },
    'allowed-host': { type: 'string', multiple: true },
    'trusted-hops': { type: 'string' },
    'trusted-receiver': { type: 'string', multiple: true },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(SERVE_USAGE);
    return 0;
  }
  if (positionals.length) throw new UsageError('serve takes no positional arguments');
  if (values.jobs !== undefined && (!/^\d{1,4}$/.test(values.jobs) || Number(values.jobs) < 1)) throw new UsageError(`--jobs must be a whole number of at least 1, not "${values.jobs.slice(0, 20)}"`);
  const jobs = values.jobs !== undefined ? Number(values.jobs) : defaultJobs();
  const port = portOf(values.port, '--port') ?? portOf(io.env.PORT, 'PORT') ?? DEFAULT_PORT;
  const host = values.host ?? DEFAULT_HOST;
  const log = jsonLogger((line) => io.stdout(line));
  // mailauth is loaded only with --dns; it is a large part of the start-up time.
  const hops = values['trusted-hops'];
  if (hops !== undefined && !/^\d{1,2}$/.test(hops)) throw new UsageError(`--trusted-hops must be a whole number 0–99, got "${hops.slice(0, 20)}"`);
  const trustedHops = Number(hops ?? 0);
  const trust = { trustedHops, ...(values['trusted-receiver'] ? { trustedReceivers: values['trusted-receiver'] } : {}) };
  const onlineAuth = values.dns ? (await import('../../server/online-auth.js')).createOnlineAuth(trust) : undefined;
  const allowedHosts = values['allowed-host'] ?? allowedHostsFromEnv(io.env);
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const { createMetrics } = await import('../../server/metrics.js');
  const metrics = createMetrics();
  const cases = values['no-cases'] ? null : await caseOptions(io, loopback, log);
  const running = await startServer({ host, port, logger: log, onlineAuth, allowedHosts, metrics, cases: cases?.routes, jobs });
  log({ level: 'info', msg: 'listening', url: running.url, onlineAuth: !!onlineAuth, jobs: running.jobs });
  io.stderr(`Impostor is running at ${running.url}\n`);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    io.stderr('Note: listening beyond this machine; put it behind TLS before exposing it.\n');
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    if (signal) signal.addEventListener('abort', stop, { once: true });
    else {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
  });
  await running.close();
  await cases?.close();
  log({ level: 'info', msg: 'stopped' });
  return 0;
}
