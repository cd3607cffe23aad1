import { promises as dnsPromises } from 'node:dns';
import { authenticate } from 'mailauth';
import { parseReceived } from 'mailauth/lib/parse-received.js';
import { parseHeaders } from 'mailauth/lib/tools.js';
import type { AuthResult, AuthVerdict, DkimResult } from '../core/index.js';

// Online email authentication (SPF, DKIM, DMARC, ARC) with mailauth. Node-only: mailauth uses
// node:crypto and node:dns. Every DNS lookup goes through the resolver the caller passes in, so
// tests answer from a table and nothing touches the network unless the caller asks for it.
//
// Hostile input: the message is written by whoever sent it, so
// - the DNS questions one message can cause are capped (maxDnsLookups in all, maxDkimKeys DKIM/ARC
//   key look-ups: 500 DKIM-Signature headers must not mean 500 queries); past a cap the resolver
//   refuses without asking, and the report warns (dns_lookups_capped, complete: false);
// - the client IP, HELO and MAIL FROM for SPF come only from a Received header written by a host
//   the operator runs (trustedHops: how many topmost Received headers are theirs; the last of those
//   recorded the connection from outside; trustedReceivers can pin its "by" name). By default
//   (trustedHops 0) nothing is read from Received: any Received line could be the sender's own,
//   and SPF is then not evaluated (DKIM and DMARC still are).

/** mailauth's resolver contract: like dns.promises.resolve(name, rrtype). */
export type Resolver = (name: string, rrtype: string) => Promise<unknown>;

export interface OnlineAuthOptions {
  resolver: Resolver;
  /** Connecting client IP, HELO name and MAIL FROM, when known (an MTA knows them). */
  ip?: string;
  helo?: string;
  sender?: string;
  /**
   * How many of the topmost Received headers were added by mail hosts you run (default 0: none).
   * With N ≥ 1 the client IP, HELO and envelope sender come from the Nth one, unless ip is given.
   */
  trustedHops?: number;
  /** When set, the Nth Received header counts only when its "by" host is one of these names. */
  trustedReceivers?: readonly string[];
  /** DNS questions one message may cause, all checks together. Default 30. */
  maxDnsLookups?: number;
  /** DKIM and ARC key look-ups one message may cause (one per signature). Default 5. */
  maxDkimKeys?: number;
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

export const DEFAULT_MAX_DNS_LOOKUPS = 30;
export const DEFAULT_MAX_DKIM_KEYS = 5;

/** A resolver that answers at most `maxLookups` questions (`maxKeys` of them DKIM/ARC keys). */
export function budgetResolver(resolver: Resolver, maxLookups: number, maxKeys: number) {
  const seen = { lookups: 0, keys: 0, refused: 0, keysRefused: 0 };
  const refuse = () => Promise.reject(Object.assign(new Error('DNS look-up limit for this message reached'), { code: 'EREFUSED' }));
  const wrapped: Resolver = (name, rrtype) => {
    if (String(name).toLowerCase().includes('._domainkey.')) {
      if (seen.keys >= maxKeys) {
        seen.keysRefused++;
        seen.refused++;
        return refuse();
      }
      seen.keys++;
    }
    if (seen.lookups >= maxLookups) {
      seen.refused++;
      return refuse();
    }
    seen.lookups++;
    return resolver(name, rrtype);
  };
  return { resolver: wrapped, seen };
}

// The header block, at most this much of it: a trusted hop's Received header is near the top.
const HEADER_SCAN_BYTES = 256 * 1024;

/** Client IP, HELO and envelope sender from the Received header of the last trusted hop, if any. */
export function trustedClient(input: Buffer, hops: number, receivers?: readonly string[]): { ip?: string; helo?: string; sender?: string } {
  if (!(hops >= 1)) return {};
  const head = input.subarray(0, HEADER_SCAN_BYTES);
  const end = /\r?\n\r?\n/.exec(head.toString('latin1'));
  const rows = (parseHeaders(head.subarray(0, end ? end.index : head.length)) as { parsed: { key: string | null; line: Buffer }[] }).parsed;
  const received = rows.filter((r) => r.key === 'received');
  const row = received[hops - 1];
  if (!row) return {};
  const rcvd = parseReceived(row.line) as Record<string, { value?: string; comment?: string } | undefined> | false;
  if (!rcvd) return {};
  const by = (rcvd.by?.value ?? '').toLowerCase();
  if (receivers && !receivers.some((r) => r.toLowerCase() === by)) return {};
  const ip = /\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\]/.exec(rcvd.from?.comment ?? '')?.[1];
  const helo = rcvd.from?.value || undefined;
  const envelope = rcvd['envelope-from']?.value?.replace(/[<>]/g, '').trim();
  const returnPath = rows.find((r) => r.key === 'return-path')?.line.toString('latin1').replace(/^[^:]*:/, '').replace(/[<>\s]/g, '');
  return { ...(ip ? { ip } : {}), ...(helo ? { helo } : {}), ...(envelope || returnPath ? { sender: envelope || returnPath } : {}) };
}

/** Authenticate a raw message online and shape the result like the offline header verdict. */
export async function authenticateEmail(raw: Uint8Array | string, opts: OnlineAuthOptions): Promise<AuthVerdict> {
  const mta = opts.mta ?? 'impostor.local';
  const input = typeof raw === 'string' ? Buffer.from(raw) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const maxLookups = opts.maxDnsLookups ?? DEFAULT_MAX_DNS_LOOKUPS;
  const maxKeys = opts.maxDkimKeys ?? DEFAULT_MAX_DKIM_KEYS;
  const budget = budgetResolver(opts.resolver, maxLookups, maxKeys);
  const client = opts.ip ? { ip: opts.ip, helo: opts.helo, sender: opts.sender } : { ...trustedClient(input, opts.trustedHops ?? 0, opts.trustedReceivers), ...(opts.sender ? { sender: opts.sender } : {}) };
  const res = await authenticate(input, {
    resolver: budget.resolver as never,
    ip: client.ip,
    helo: client.helo,
    sender: client.sender,
    trustReceived: false,
    mta,
    disableBimi: true,
    // RFC 7208's ten look-ups, also bounded by the message's budget above.
    maxResolveCount: Math.min(10, maxLookups),
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
  const warnings: string[] = [];
  if (budget.seen.refused > 0) {
    const sigs = countDkimSignatures(input);
    warnings.push(
      `dns_lookups_capped: ${budget.seen.refused} DNS look-up(s) not made (limits: ${maxLookups} per message, ${maxKeys} DKIM/ARC keys; the message has ${sigs} DKIM signature(s))`,
    );
  }
  const header = (r.headers ?? '').split(/\r?\n(?=[A-Za-z-]+:)/).find((h) => /^Authentication-Results:/i.test(h)) ?? '';
  return {
    source: 'online',
    authservId: mta,
    // Without a trusted client IP there was no SPF check to speak of.
    spf: r.spf && client.ip ? { result: asResult(r.spf.status?.result), domain: (r.spf.domain ?? '').toLowerCase() } : null,
    dkim,
    dmarc: r.dmarc ? { result: asResult(r.dmarc.status?.result), headerFrom: (r.dmarc.domain ?? '').toLowerCase(), policy: (r.dmarc.policy ?? '').toLowerCase() } : null,
    arc: r.arc ? { result: asResult(r.arc.status?.result) } : null,
    header: 'authentication-results (online check)',
    value: header.replace(/^Authentication-Results:\s*/i, '').replace(/\s+/g, ' ').slice(0, 1000),
    ...(warnings.length ? { warnings } : {}),
  };
}

function countDkimSignatures(input: Buffer): number {
  const head = input.toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  return ((end < 0 ? head : head.slice(0, end)).match(/^dkim-signature:/gim) ?? []).length;
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
