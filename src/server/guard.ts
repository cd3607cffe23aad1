import type { Server } from 'node:http';
import { isIP } from 'node:net';

// Guards that sit in front of the app on Node (src/server/node.ts):
//
// - Host check against DNS rebinding. A page on an attacker's site can make its own name resolve to
//   127.0.0.1 and then call this server from the browser as if same-origin; the one thing it cannot
//   change is the Host header, which carries the attacker's name. So a request is served only when
//   its Host is a loopback name, an IP literal (a rebinding needs a name), the address the server is
//   bound to, or a name the operator lists (--allowed-host / IMPOSTOR_ALLOWED_HOSTS; "*" turns the
//   check off, e.g. behind a proxy that checks it). Anything else is answered 421 before the app runs.
// - Socket time limits: Node answers 408 when the headers (headersMs) or the whole request with its
//   body (requestMs) take longer; the app's own timeout answers 503 for a slow handler (AppOptions.timeoutMs).

export interface ServerTimeouts {
  /** Milliseconds to receive the request headers; past it Node answers 408. Default 10 s. */
  headersMs?: number;
  /** Milliseconds to receive the whole request, body included; past it Node answers 408. Default 30 s. */
  requestMs?: number;
  /** Idle keep-alive connections are closed after this. Default 5 s. */
  keepAliveMs?: number;
}

const LOOPBACK_NAMES = ['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback'];

/** The host name of a Host header value (port and IPv6 brackets removed, lower case), or null. */
export function hostName(header: string): string | null {
  const h = header.trim().toLowerCase();
  if (h === '') return null;
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end > 1 ? h.slice(1, end) : null;
  }
  const colon = h.indexOf(':');
  const name = colon === -1 ? h : h.slice(0, colon);
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** Allowed-host list from the environment (comma or space separated), or undefined. */
export function allowedHostsFromEnv(env: Record<string, string | undefined>): string[] | undefined {
  const v = env.IMPOSTOR_ALLOWED_HOSTS;
  if (v === undefined || v.trim() === '') return undefined;
  return v.split(/[\s,]+/).filter(Boolean);
}

/**
 * A predicate for Host header values. `extra` are the operator's names ("*" allows any; a leading
 * "." allows a domain and its subdomains); `bound` is the address the server listens on.
 */
export function hostAllowed(extra: readonly string[] = [], bound?: string): (host: string | undefined) => boolean {
  if (extra.includes('*')) return () => true;
  const names = new Set([...LOOPBACK_NAMES, ...extra.map((n) => n.toLowerCase()).filter((n) => !n.startsWith('.'))]);
  if (bound) names.add(bound.toLowerCase());
  const suffixes = extra.filter((n) => n.startsWith('.')).map((n) => n.toLowerCase());
  return (host) => {
    if (host === undefined) return false;
    const name = hostName(host);
    if (name === null) return false;
    if (names.has(name) || name.endsWith('.localhost') || isIP(name) !== 0) return true;
    return suffixes.some((s) => name.endsWith(s) || name === s.slice(1));
  };
}

type Fetch = (req: Request, ...rest: never[]) => Response | Promise<Response>;

/** Wraps the app's fetch so a request for a host that is not allowed gets 421 and never reaches it. */
export function guardFetch<F extends Fetch>(fetch: F, allowed: (host: string | undefined) => boolean): F {
  return ((req: Request, ...rest: never[]) => {
    if (!allowed(req.headers.get('host') ?? new URL(req.url).host)) {
      const body = { error: { code: 'host_not_allowed', message: 'This server does not answer for that host name (see --allowed-host).' } };
      return new Response(JSON.stringify(body), { status: 421, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
    }
    return fetch(req, ...rest);
  }) as F;
}

/** createServer options for @hono/node-server's serve(): Node checks request deadlines this often. */
export function timeoutServerOptions(t: ServerTimeouts = {}): { connectionsCheckingInterval: number } {
  const shortest = Math.min(t.headersMs ?? 10_000, t.requestMs ?? 30_000);
  return { connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(shortest / 4))) };
}

/** Slow-loris guards on the socket: 408 for slow headers or a slow body. */
export function applyTimeouts(server: Server, t: ServerTimeouts = {}): void {
  server.headersTimeout = t.headersMs ?? 10_000;
  server.requestTimeout = Math.max(t.requestMs ?? 30_000, server.headersTimeout);
  server.keepAliveTimeout = t.keepAliveMs ?? 5_000;
}
