import type { HeaderField, Message } from '../types.js';
import { trimEndChars, WHITESPACE } from '../text-trim.js';

// Email authentication as the receiving provider saw it (RFC 8601 Authentication-Results), or as
// an online check computed it (src/node/auth.ts fills the same shape). Offline, the header is all
// we have, and anyone can write one: only a header from a receiver we trust counts, and only the
// topmost such header (receivers add theirs on top). Pure parser, no DNS.

export type AuthResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy' | 'unknown';

export interface DkimResult {
  result: AuthResult;
  /** Signing domain (header.d, or the domain of header.i). */
  domain: string;
  selector: string;
  /** The signing domain is the From domain or shares its organisational domain. */
  aligned?: boolean;
}

export interface AuthVerdict {
  source: 'authentication-results' | 'online';
  /** Who wrote the results ("mx.google.com"), '' when the header named none. */
  authservId: string;
  spf: { result: AuthResult; domain: string } | null;
  dkim: DkimResult[];
  dmarc: { result: AuthResult; headerFrom: string; policy: string } | null;
  arc: { result: AuthResult } | null;
  /** The header the results came from (for evidence). */
  header: string;
  value: string;
  /** Report warnings from an online check (e.g. dns_lookups_capped when a DNS cap was reached). */
  warnings?: string[];
}

/** The warnings an online check passed in as options.auth carries (capped to a few). */
export function onlineAuthWarnings(options: Record<string, unknown>): string[] {
  const w = (options['auth'] as AuthVerdict | null | undefined)?.warnings;
  return Array.isArray(w) ? w.filter((x) => typeof x === 'string').slice(0, 5) : [];
}

/**
 * Authserv-ids written by the big mailbox providers. An entry starting with "." matches any host
 * under it (Microsoft writes per-cluster names such as "*.prod.outlook.com").
 */
export const DEFAULT_TRUSTED_AUTHSERV_IDS: readonly string[] = [
  'mx.google.com',
  'mx.microsoft.com',
  '.prod.outlook.com',
  '.protection.outlook.com',
  'mx.yahoo.com',
  'yahoo.com',
  '.yahoo.com',
  'mx.aol.com',
  'icloud.com',
  '.icloud.com',
  '.me.com',
  '.messagingengine.com', // Fastmail
  'fastmail.com',
  'mail.protonmail.ch',
  '.protonmail.ch',
  '.proton.me',
  'mx.zohomail.com',
  'mx.gmx.net',
  'mx.web.de',
];

export interface AuthResultsOptions {
  /** Authserv-ids to trust; defaults to DEFAULT_TRUSTED_AUTHSERV_IDS. */
  trustedAuthservIds?: readonly string[];
}

const RESULTS = new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy']);

function asResult(v: string): AuthResult {
  const r = v.toLowerCase();
  if (RESULTS.has(r)) return r as AuthResult;
  if (r === 'hardfail') return 'fail';
  return 'unknown';
}

/** Drop RFC 5322 comments "( … )" (nested), keeping quoted strings; linear scan, capped. */
function stripComments(s: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.length && i < 8192; i++) {
    const c = s[i]!;
    if (quoted) {
      out += c;
      if (c === '\\' && i + 1 < s.length) out += s[++i];
      else if (c === '"') quoted = false;
      continue;
    }
    if (depth === 0 && c === '"') {
      quoted = true;
      out += c;
    } else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

export interface ParsedAuthResults {
  authservId: string;
  methods: { method: string; result: AuthResult; props: Record<string, string> }[];
}

export function parseAuthResults(value: string): ParsedAuthResults {
  const clean = stripComments(value).replace(/\s+/g, ' ').trim();
  const parts = clean.split(';').map((p) => p.trim()).filter(Boolean);
  let authservId = '';
  // Microsoft 365 writes no authserv-id: the first part is already "spf=pass".
  if (parts.length && !/^[a-z0-9._-]+\s*=/i.test(parts[0]!)) {
    authservId = (parts.shift() ?? '').split(' ')[0]!.toLowerCase();
  }
  const methods: ParsedAuthResults['methods'] = [];
  for (const part of parts.slice(0, 40)) {
    const tokens = part.split(' ').filter(Boolean);
    const head = tokens.shift() ?? '';
    const m = /^([a-z0-9-]+)(?:\/\d+)?\s*=\s*([a-z]+)/i.exec(head);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const t of tokens.slice(0, 20)) {
      const pm = /^([a-z0-9-]+\.[a-z0-9-]+|[a-z0-9-]+)=(.+)$/i.exec(t);
      if (pm) props[pm[1]!.toLowerCase()] = pm[2]!.replace(/^"|"$/g, '');
    }
    methods.push({ method: m[1]!.toLowerCase(), result: asResult(m[2]!), props });
  }
  return { authservId, methods };
}

function domainOf(v: string | undefined): string {
  if (!v) return '';
  const at = v.lastIndexOf('@');
  return trimEndChars((at >= 0 ? v.slice(at + 1) : v).toLowerCase(), `>;,${WHITESPACE}`);
}

export function isTrustedAuthservId(id: string, trusted: readonly string[]): boolean {
  const x = id.toLowerCase();
  return trusted.some((t) => (t.startsWith('.') ? x.endsWith(t) && x.length > t.length : x === t));
}

/** Shape parsed results into the verdict the rules read. */
export function toVerdict(p: ParsedAuthResults, header: string, value: string): AuthVerdict {
  let spf: AuthVerdict['spf'] = null;
  let dmarc: AuthVerdict['dmarc'] = null;
  let arc: AuthVerdict['arc'] = null;
  const dkim: DkimResult[] = [];
  for (const m of p.methods) {
    if (m.method === 'spf' && !spf) spf = { result: m.result, domain: domainOf(m.props['smtp.mailfrom'] ?? m.props['smtp.helo']) };
    else if (m.method === 'dkim' && dkim.length < 10) dkim.push({ result: m.result, domain: domainOf(m.props['header.d'] ?? m.props['header.i']), selector: m.props['header.s'] ?? '' });
    else if (m.method === 'dmarc' && !dmarc) dmarc = { result: m.result, headerFrom: domainOf(m.props['header.from']), policy: (m.props['policy.dmarc'] ?? m.props['p'] ?? '').toLowerCase() };
    else if (m.method === 'arc' && !arc) arc = { result: m.result };
  }
  return { source: 'authentication-results', authservId: p.authservId, spf, dkim, dmarc, arc, header: header, value: value.slice(0, 1000) };
}

/**
 * The verdict of the topmost Authentication-Results header written by a trusted receiver, or null
 * when there is none. A header without an authserv-id counts only when the message went through
 * Microsoft 365 (which writes it that way and stamps X-MS-Exchange headers).
 */
export function trustedAuthResults(headers: readonly HeaderField[], opts: AuthResultsOptions = {}): AuthVerdict | null {
  const trusted = opts.trustedAuthservIds ?? DEFAULT_TRUSTED_AUTHSERV_IDS;
  const viaMicrosoft = headers.some((h) => h.name.startsWith('x-ms-exchange-'));
  let seen = 0;
  for (const h of headers) {
    if (h.name !== 'authentication-results') continue;
    if (seen++ > 20) break;
    const parsed = parseAuthResults(h.value);
    if (!parsed.methods.length) continue;
    const ok = parsed.authservId ? isTrustedAuthservId(parsed.authservId, trusted) : viaMicrosoft;
    if (ok) return toVerdict(parsed, h.name, h.value);
  }
  return null;
}

/**
 * The authentication verdict rules read: an online check passed in as options.auth wins; else the
 * trusted Authentication-Results header (options.trustedAuthservIds overrides the defaults).
 */
export function authVerdictFor(message: Message, options: Readonly<Record<string, unknown>>): AuthVerdict | null {
  const online = options['auth'] as AuthVerdict | null | undefined;
  if (online && typeof online === 'object' && Array.isArray(online.dkim)) return online;
  const ids = options['trustedAuthservIds'];
  return trustedAuthResults(message.headers, Array.isArray(ids) ? { trustedAuthservIds: ids as string[] } : {});
}
