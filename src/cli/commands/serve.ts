import { parse, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { jsonLogger } from '../../server/logging.js';
import { allowedHostsFromEnv } from '../../server/guard.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/node.js';

export const SERVE_USAGE = `Usage: impostor serve [--host HOST] [--port PORT] [--allowed-host NAME]...
                     [--dns [--trusted-hops N] [--trusted-receiver NAME]...]

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
`;

function portOf(v: string | undefined, what: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new UsageError(`${what} must be a port number 0–65535, got "${v.slice(0, 20)}"`);
  return Number(v);
}

/** Runs the server until `signal` aborts (tests) or the process gets SIGINT/SIGTERM. */
export async function serveCommand(args: string[], io: Io, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parse(args, {
    host: { type: 'string' },
    port: { type: 'string', short: 'p' },
    dns: { type: 'boolean' },
    'allowed-host': { type: 'string', multiple: true },
    'trusted-hops': { type: 'string' },
    'trusted-receiver': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(SERVE_USAGE);
    return 0;
  }
  if (positionals.length) throw new UsageError('serve takes no positional arguments');
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
  const running = await startServer({ host, port, logger: log, onlineAuth, allowedHosts });
  log({ level: 'info', msg: 'listening', url: running.url, onlineAuth: !!onlineAuth });
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
  log({ level: 'info', msg: 'stopped' });
  return 0;
}
