// API tokens for the case and feedback endpoints (cases hold people's messages: personal data).
// IMPOSTOR_API_TOKENS names a file with one token a line, as `<role> sha256:<hex SHA-256 of the
// token>`; blank lines and lines starting with # are ignored. Only hashes are kept, so the file
// gives nothing away. Web Crypto (no node:*), like the rest of the app.

export type Role = 'reader' | 'analyst' | 'admin';
export const ROLES: readonly Role[] = ['reader', 'analyst', 'admin'];
const RANK: Record<Role, number> = { reader: 0, analyst: 1, admin: 2 };

export interface TokenEntry {
  role: Role;
  /** Lower-case hex SHA-256 of the token. */
  hash: string;
}

export interface Caller {
  role: Role;
  /** Names the token in stored feedback without revealing it: role and the hash's first 12 digits. */
  id: string;
}

export class TokenFileError extends Error {}

export function parseTokenFile(text: string, name = 'the token file'): TokenEntry[] {
  const out: TokenEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(\S+)\s+sha256:([0-9a-fA-F]{64})$/.exec(line);
    if (!m) throw new TokenFileError(`${name}, line ${i + 1}: expected "<role> sha256:<64 hex digits>"`);
    const role = m[1]!.toLowerCase() as Role;
    if (!ROLES.includes(role)) throw new TokenFileError(`${name}, line ${i + 1}: unknown role "${m[1]!.slice(0, 20)}"; use reader, analyst or admin`);
    out.push({ role, hash: m[2]!.toLowerCase() });
  });
  if (!out.length) throw new TokenFileError(`${name} has no tokens`);
  return out;
}

async function sha256Hex(s: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares every entry in full, so the time taken does not depend on how much of a hash matched. */
function sameHex(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length && i < b.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export class TokenSet {
  constructor(private readonly entries: readonly TokenEntry[]) {}

  /** The caller for an Authorization header value, or null when it names no known token. */
  async identify(header: string | undefined): Promise<Caller | null> {
    const m = header ? /^Bearer[ \t]+(\S{1,512})[ \t]*$/i.exec(header) : null;
    if (!m) return null;
    const h = await sha256Hex(m[1]!);
    let found: TokenEntry | null = null;
    for (const e of this.entries) if (sameHex(e.hash, h)) found = e;
    return found ? { role: found.role, id: `${found.role}:${found.hash.slice(0, 12)}` } : null;
  }
}

export const allows = (caller: Role, needed: Role): boolean => RANK[caller] >= RANK[needed];
