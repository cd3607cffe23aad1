import { promises as dnsPromises } from 'node:dns';
import { authenticate } from 'mailauth';
import type { AuthResult, AuthVerdict, DkimResult } from '../core/index.js';

// Online email authentication (SPF, DKIM, DMARC, ARC) with mailauth. Node-only: mailauth uses
// node:crypto and node:dns. Every DNS lookup goes through the resolver the caller passes in, so
// tests answer from a table and nothing touches the network unless the caller asks for it.

/** mailauth's resolver contract: like dns.promises.resolve(name, rrtype). */
export type Resolver = (name: string, rrtype: string) => Promise<unknown>;

export interface OnlineAuthOptions {
  resolver: Resolver;
  /** Connecting client IP, HELO name and MAIL FROM, when known (an MTA knows them). */
  ip?: string;
  helo?: string;
  sender?: string;
  /** Read ip/helo/sender from the topmost Received header (default true when ip is not given). */
  trustReceived?: boolean;
  /** Name written as the authserv-id of the result. */
  mta?: string;
}

const KNOWN: ReadonlySet<string> = new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy']);
const asResult = (v: unknown): AuthResult => {
  const s = String(v ?? '').toLowerCase();
  return (KNOWN.has(s) ? s : 'unknown') as AuthResult;
};

interface MailauthDkimRow {
  signingDomain?: string;
  selector?: string;
  status?: { result?: string; aligned?: string | false };
}

/** Authenticate a raw message online and shape the result like the offline header verdict. */
export async function authenticateEmail(raw: Uint8Array | string, opts: OnlineAuthOptions): Promise<AuthVerdict> {
  const mta = opts.mta ?? 'impostor.local';
  const input = typeof raw === 'string' ? Buffer.from(raw) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const res = await authenticate(input, {
    resolver: opts.resolver as never,
    ip: opts.ip,
    helo: opts.helo,
    sender: opts.sender,
    trustReceived: opts.trustReceived ?? !opts.ip,
    mta,
    disableBimi: true,
  } as never);
  const r = res as unknown as {
    dkim?: { results?: MailauthDkimRow[] };
    spf?: { status?: { result?: string }; domain?: string } | false;
    dmarc?: { status?: { result?: string }; domain?: string; policy?: string } | false;
    arc?: { status?: { result?: string } } | false;
    headers?: string;
  };
  const dkim: DkimResult[] = (r.dkim?.results ?? []).slice(0, 10).map((row) => ({
    result: asResult(row.status?.result),
    domain: (row.signingDomain ?? '').toLowerCase(),
    selector: row.selector ?? '',
    aligned: !!row.status?.aligned,
  }));
  const header = (r.headers ?? '').split(/\r?\n(?=[A-Za-z-]+:)/).find((h) => /^Authentication-Results:/i.test(h)) ?? '';
  return {
    source: 'online',
    authservId: mta,
    spf: r.spf ? { result: asResult(r.spf.status?.result), domain: (r.spf.domain ?? '').toLowerCase() } : null,
    dkim,
    dmarc: r.dmarc ? { result: asResult(r.dmarc.status?.result), headerFrom: (r.dmarc.domain ?? '').toLowerCase(), policy: (r.dmarc.policy ?? '').toLowerCase() } : null,
    arc: r.arc ? { result: asResult(r.arc.status?.result) } : null,
    header: 'authentication-results (online check)',
    value: header.replace(/^Authentication-Results:\s*/i, '').replace(/\s+/g, ' ').slice(0, 1000),
  };
}

/** Node's own DNS, with a short timeout so a slow resolver cannot hang a check. */
export function systemResolver(timeoutMs = 4000): Resolver {
  const r = new dnsPromises.Resolver({ timeout: timeoutMs, tries: 2 });
  return (name, rrtype) => r.resolve(name, rrtype as 'TXT') as Promise<unknown>;
}

/** AnalyzeOptions for an online check: `{ auth }`, or `{}` when the check could not run. */
export async function onlineAuthOptions(raw: Uint8Array | string, opts: Partial<OnlineAuthOptions> = {}): Promise<{ auth?: AuthVerdict }> {
  try {
    return { auth: await authenticateEmail(raw, { resolver: opts.resolver ?? systemResolver(), ...opts }) };
  } catch {
    return {};
  }
}
