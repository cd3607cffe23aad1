import punycode from 'punycode.js';
import { BoundedMemo, ownString, stringBytes } from '../bounded-memo.js';
import { parse as parseDomain } from 'tldts';
import type { BrandPack } from '../brands/schema.js';
import { foldToAscii, hasNonAscii, isMixedScript, skeleton } from './confusables.js';
import { trimEndChars } from '../text-trim.js';
import { isSharedPlatform } from './platforms.js';

// Is this host one of a brand's own, a lookalike of it, or unrelated? Pure and browser-safe.
//
// Registrable domains come from tldts (public suffix list), so amazon.co.uk and pay.amazon.com are
// Amazon's and amazon.co.uk.verify-id.top is not. A lookalike is recognised by the families that
// dnstwist generates (homoglyphs, typos, hyphenation, subdomain split, TLD swap, brand + keyword)
// plus the brand inside a subdomain or path, compared on confusable skeletons (confusables.ts).

export type LookalikeTechnique =
  | 'idn-homoglyph' // non-ASCII letters that pass for the brand (аmazon.com with Cyrillic а)
  | 'homoglyph' // ASCII lookalikes: rn→m, 0→o, l→1, vv→w, cl→d, n→r
  | 'typo' // one keyboard or bit error: omission, addition, repetition, transposition, replacement…
  | 'hyphenation' // ama-zon.com
  | 'subdomain-split' // ama.zon.com
  | 'tld-swap' // amazon.shop, paypal.co (the brand's name under a suffix it does not use)
  | 'brand-keyword' // amazon-refund-support.com, paypal7088.com
  | 'brand-in-subdomain' // amazon.com.account-verify.xyz, amazon-login.s3.amazonaws.com
  | 'brand-in-path'; // secure-login.top/amazon.co.jp/signin

export interface Lookalike {
  brand: string;
  technique: LookalikeTechnique;
  /** dnstwist family name for typos ("omission", "transposition", …), else the technique. */
  family: string;
  /** The brand's official domain or token it imitates ("amazon.com"). */
  imitates: string;
  /** The host as a reader sees it (IDN decoded). */
  display: string;
  /** Registrable domain of the host (ASCII). */
  registrable: string;
  mixedScript: boolean;
  /** 0..1: how sure the host imitates the brand. */
  strength: number;
}

export type HostStatus =
  | { kind: 'official'; brand: string; registrable: string; display: string }
  | { kind: 'lookalike'; lookalike: Lookalike }
  | { kind: 'unrelated'; registrable: string; display: string };

// Which domains a brand owns beyond its customer-facing lists (user-content hosts such as S3 and
// Azure sites, infrastructure such as CDNs and short links, its own top-level domain) are brand
// facts: they live in the packs (userContentDomains, infrastructureDomains, brandTlds).

// Words phishers glue to a brand name in a domain ("amazon-account-verify", "paypalsecure").
const KEYWORDS = new Set(
  (
    'account accounts acc acct verify verification verif validate secure security sec safe login log logon signin sign auth ' +
    'update updates support help helpdesk desk service services svc customer customers cust care center centre billing bill ' +
    'pay payment payments invoice refund refunds claim claims prime member members membership renew renewal unlock locked ' +
    'lock suspend suspended alert alerts notice notify notification info id online web www app apps mail email confirm ' +
    'confirmation check checkout order orders shop store buy deal deals gift giftcard card cards reward rewards promo bonus ' +
    'win free your myaccount official team recovery recover restore reset access portal client user users manage settings protect ' +
    'protection assist contact cs corp inc global intl home hub now tech tv video music delivery tracking track shipping ship ' +
    'parcel package status sso mfa otp code pin wallet business seller partner new the and to of for jp co com net org us uk ' +
    'de fr ca au in es it mx br eu cn go get service-center cancel cancellation subscription sub plan plans point points ' +
    'japan amz cloud drive box pass password sms event campaign lucky prize gifts survey store-jp my-account'
  ).split(/\s+/),
);

const MAX_KEYWORD = 14;

/**
 * A remainder glued to a brand name that reads as machine-made noise: a run of five or more letters
 * and digits that looksRandom (url-heuristics' test, repeated here to keep this module standalone:
 * no vowel, or five consonants in a row, or letters and digits interleaved).
 */
function noiseOnly(rest: string): boolean {
  if (rest.length < 5 || rest.length > 40 || rest.includes('-')) return false;
  let digitRuns = 0;
  let vowels = 0;
  let cons = 0;
  let maxCons = 0;
  let prevDigit = false;
  for (const ch of rest) {
    const digit = ch >= '0' && ch <= '9';
    if (digit && !prevDigit) digitRuns++;
    prevDigit = digit;
    if (digit) cons = 0;
    else if ('aeiouy'.includes(ch)) {
      vowels++;
      cons = 0;
    } else if (++cons > maxCons) maxCons = cons;
  }
  // Letters and digits interleaved (x7k2q), no vowel at all, or five consonants in a row.
  return (digitRuns >= 2 && vowels + maxCons > 0) || vowels === 0 || maxCons >= 5;
}

/** Whether a remainder ("refund-support", "7088", "secure") is only keywords, digits and hyphens. */
function onlyKeywords(rest: string): boolean {
  const s = rest.replace(/[-_.\d]+/g, ' ').trim();
  if (!s) return true;
  for (const part of s.split(' ')) {
    if (!segmentable(part)) return false;
  }
  return true;
}

function segmentable(word: string): boolean {
  if (word.length > 40) return false;
  const ok: boolean[] = new Array(word.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < word.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= Math.min(word.length, i + MAX_KEYWORD); j++) {
      if (!ok[j] && KEYWORDS.has(word.slice(i, j))) ok[j] = true;
    }
  }
  return ok[word.length]!;
}

/** Damerau–Levenshtein (optimal string alignment) distance, early exit above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]!;
}

// ASCII lookalikes that the skeleton does not merge (they are not the same shape, but close enough
// in a URL bar): dnstwist's homoglyph table for plain letters. Keys are skeleton letters.
const ASCII_GLYPHS: Record<string, string[]> = {
  b: ['d', 'lb', 'ib'],
  c: ['e'],
  d: ['b', 'dl'],
  e: ['c'],
  g: ['q'],
  h: ['lh'],
  k: ['lk', 'lc'],
  m: ['n', 'nn', 'rr'],
  n: ['m', 'r'],
  q: ['g'],
  '3': ['8'],
  '8': ['3'],
  '6': ['9'],
  '9': ['6'],
};

const NO_GLYPHS: readonly string[] = [];
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

/**
 * Fewest ASCII glyph swaps turning `token` into `cand` (both skeletons) when that is at most `max`;
 * otherwise a number above `max` (Infinity).
 */
function glyphSwaps(token: string, cand: string, max: number): number {
  const n = token.length;
  const m = cand.length;
  if (m > n * 2 || m < n) return Infinity;
  // dp[i][j]: cost to produce cand[0..j) from token[0..i), in two scratch rows. Costs above max are
  // never extended, so once a row has none at or below max the answer is above max: stop there.
  if (rowA.length < m + 1) {
    rowA = new Float64Array(m + 1);
    rowB = new Float64Array(m + 1);
  }
  let prev = rowA;
  let cur = rowB;
  prev.fill(Infinity, 0, m + 1);
  prev[0] = 0;
  for (let i = 0; i < n; i++) {
    cur.fill(Infinity, 0, m + 1);
    const t = token[i]!;
    const glyphs = ASCII_GLYPHS[t] ?? NO_GLYPHS;
    let alive = false;
    for (let j = 0; j <= m; j++) {
      const base = prev[j]!;
      if (base > max) continue;
      if (cand[j] === t && base < cur[j + 1]!) {
        cur[j + 1] = base;
        alive = true;
      }
      for (const g of glyphs) {
        if (cand.startsWith(g, j) && base + 1 < cur[j + g.length]!) {
          cur[j + g.length] = base + 1;
          if (base + 1 <= max) alive = true;
        }
      }
    }
    if (!alive) return Infinity;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[m]!;
}

// Keyboard neighbours on QWERTY, QWERTZ and AZERTY (staggered rows): a typo replaces or inserts a
// key next to the intended one. Unrelated one-letter differences ("pcloud" vs "icloud") are other
// names, not typos, so they are not counted.
const KEYBOARDS = [
  ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['1234567890', 'qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
  ['1234567890', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'],
];
const NEIGHBOURS = new Map<string, Set<string>>();
for (const rows of KEYBOARDS) {
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const set = NEIGHBOURS.get(row[c]!) ?? new Set<string>();
      NEIGHBOURS.set(row[c]!, set);
      const near = [row[c - 1], row[c + 1], rows[r - 1]?.[c], rows[r - 1]?.[c + 1], rows[r + 1]?.[c - 1], rows[r + 1]?.[c]];
      for (const n of near) if (n) set.add(n);
    }
  });
}
const adjacent = (a: string, b: string) => NEIGHBOURS.get(a)?.has(b) ?? false;
const oneBit = (a: string, b: string) => {
  const x = a.charCodeAt(0) ^ b.charCodeAt(0);
  return x !== 0 && (x & (x - 1)) === 0;
};

/** Length of the common prefix of a and b, at most a.length. */
function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/** Length of the common suffix of a and b, at most a.length. */
function commonSuffix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** The dnstwist typo family that turns `token` into `cand` with one edit, or null. */
export function typoFamily(token: string, cand: string): string | null {
  const n = token.length;
  if (cand.length === n + 1) {
    if (cand.startsWith(token)) return 'addition';
    // Dropping cand[i] leaves token exactly when cand and token share their first i characters and
    // their last n − i: i runs from n − (common suffix) to (common prefix), in the same order as
    // trying every i, without building the strings.
    const pre = commonPrefix(token, cand);
    const suf = commonSuffix(token, cand);
    for (let i = Math.max(0, n - suf); i <= pre; i++) {
      const ch = cand[i]!;
      if (ch === cand[i - 1] || ch === cand[i + 1]) return 'repetition';
      if (ch === '-') return 'hyphenation';
      if ((cand[i - 1] && adjacent(cand[i - 1]!, ch)) || (cand[i + 1] && adjacent(cand[i + 1]!, ch))) return 'insertion';
    }
    return null;
  }
  if (cand.length === n - 1) {
    // The same with the roles swapped: some token[i] dropped leaves cand.
    return n - 1 - commonSuffix(cand, token) <= commonPrefix(cand, token) ? 'omission' : null;
  }
  if (cand.length !== n) return null;
  const diff: number[] = [];
  for (let i = 0; i < cand.length && diff.length <= 2; i++) if (cand[i] !== token[i]) diff.push(i);
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && cand[diff[0]!] === token[diff[1]!] && cand[diff[1]!] === token[diff[0]!]) return 'transposition';
  if (diff.length !== 1) return null;
  const a = token[diff[0]!]!;
  const b = cand[diff[0]!]!;
  if ('aeiou'.includes(a) && 'aeiou'.includes(b)) return 'vowel-swap';
  if (adjacent(a, b)) return 'replacement';
  if (oneBit(a, b)) return 'bitsquatting';
  return null;
}

// Letters that blur together in a URL bar, as classes: a run of m/n/r strokes, b/d, c/e, g/q.
// dnstwist chains two homoglyph swaps ("amazon" → "anazom" → "annazom"), which class-folding
// covers in one step.
// The skeleton already reads "cl" as "d", so b, d, cl and el all fold to one class here (dnstwist
// writes wellsfargo as vvcllsfargo and hdfc as hbfc). Hyphens are dropped (t-mobile, t-mobilc).
function coarse(skel: string): string {
  return skel.replace(/-/g, '').replace(/[bd]/g, 'cl').replace(/[mnr]+/g, 'n').replace(/[ce]/g, 'c').replace(/[gq]/g, 'g').replace(/8/g, '3').replace(/9/g, '6');
}

export interface HostParts {
  ascii: string;
  display: string;
  registrable: string;
  /** Registrable domain minus its public suffix ("amazon" for amazon.co.uk). */
  label: string;
  suffix: string;
  subdomain: string;
  isIp: boolean;
}

function toUnicodeSafe(host: string): string {
  if (!host.includes('xn--')) return host;
  try {
    return punycode.toUnicode(host);
  } catch {
    return host;
  }
}

function toAsciiSafe(host: string): string {
  if (!hasNonAscii(host)) return host;
  try {
    return punycode.toASCII(host);
  } catch {
    return host;
  }
}

/** Split a host into registrable domain, label, suffix and subdomain; IDN both ways. */
export function hostParts(rawHost: string): HostParts {
  const lower = trimEndChars(rawHost.trim().toLowerCase(), '.').slice(0, 253);
  const ascii = toAsciiSafe(lower);
  const display = toUnicodeSafe(ascii);
  const p = parseDomain(ascii, { allowPrivateDomains: false });
  if (p.isIp) return { ascii, display, registrable: ascii, label: ascii, suffix: '', subdomain: '', isIp: true };
  const registrable = p.domain ?? ascii;
  const suffix = p.publicSuffix ?? '';
  const label = p.domainWithoutSuffix ?? (p.domain ? registrable.slice(0, -(suffix.length + 1)) : ascii);
  return { ascii, display, registrable, label, suffix, subdomain: p.subdomain ?? '', isIp: false };
}

interface BrandIndex {
  official: Map<string, string>; // registrable → brand id
  /** Brand-owned domains where anyone hosts content: never official, never lookalikes themselves. */
  userContent: Set<string>;
  /** Brand top-level domains (.amazon) → brand id. */
  tlds: Map<string, string>;
  tokens: { brand: string; token: string; skel: string; coarse: string; imitates: string }[];
  /** Short official names (ups, irs, dhl, evri): compared with a whole registrable label only. */
  short: { brand: string; name: string; skel: string; imitates: string }[];
}

const indexCache = new WeakMap<readonly BrandPack[], BrandIndex>();

function brandIndex(brands: readonly BrandPack[]): BrandIndex {
  let idx = indexCache.get(brands);
  if (idx) return idx;
  const official = new Map<string, string>();
  const tokens: BrandIndex['tokens'] = [];
  const userContent = new Set(brands.flatMap((b) => b.userContentDomains));
  const tlds = new Map<string, string>();
  for (const b of brands) {
    for (const d of b.infrastructureDomains) official.set(d, b.id);
    for (const t of b.brandTlds) tlds.set(t, b.id);
  }
  for (const b of brands) {
    for (const d of [...b.officialWebDomains, ...b.officialSenderDomains]) {
      if (!userContent.has(d)) official.set(d, b.id);
    }
    // The brand's flagship: its .com named after a token (amazon.com), else its first .com, else its
    // first domain. A token with no domain of its own ("amzn") imitates the flagship, not whichever
    // country store sorts first (amazon.ae).
    const main =
      b.officialWebDomains.find((d) => b.domainTokens.some((t) => d === `${t}.com`)) ??
      b.officialWebDomains.find((d) => d.endsWith('.com')) ??
      b.officialWebDomains[0] ??
      b.officialSenderDomains[0] ??
      b.id;
    for (const t of b.domainTokens) {
      const token = t.toLowerCase();
      // Name the flagship domain (amazon.com) rather than whichever country store sorts first.
      const imitates =
        b.officialWebDomains.find((d) => d === `${token}.com`) ?? b.officialWebDomains.find((d) => d.split('.')[0] === token) ?? main;
      tokens.push({ brand: b.id, token, skel: skeleton(token), coarse: coarse(skeleton(token)), imitates });
    }
  }
  // A brand whose own domain has a short name (ups.com, irs.gov, dhl.com): too short to look for
  // inside other names (startups, first, adhlabs), but a whole registrable name one typo or glyph
  // away from it (upss.com, 1rs.gov, dhI.com) imitates it.
  const short: BrandIndex['short'] = [];
  for (const b of brands) {
    for (const d of b.officialWebDomains) {
      const name = parseDomain(d, { allowPrivateDomains: false }).domainWithoutSuffix ?? '';
      // Only a name the brand goes by (an alias, a domain token, or the domain itself as an alias),
      // not any short domain it owns (goo.gl).
      const known = b.domainTokens.includes(name) || b.aliases.includes(name) || b.aliases.includes(d);
      if (/^[a-z]{3,4}$/.test(name) && known && !short.some((x) => x.name === name)) short.push({ brand: b.id, name, skel: skeleton(name), imitates: d });
    }
  }
  idx = { official, userContent, tlds, tokens, short };
  indexCache.set(brands, idx);
  return idx;
}

/** The brand whose official domain list holds this registrable domain (subdomains included). */
export function officialBrandOf(host: string, brands: readonly BrandPack[]): string | null {
  const idx = brandIndex(brands);
  let d = host.toLowerCase();
  for (let i = 0; i < 12 && d; i++) {
    const hit = idx.official.get(d);
    if (hit) return hit;
    const dot = d.indexOf('.');
    if (dot < 0) break;
    d = d.slice(dot + 1);
  }
  return null;
}

const STRENGTH: Record<LookalikeTechnique, number> = {
  'idn-homoglyph': 1,
  homoglyph: 0.95,
  typo: 0.9,
  hyphenation: 0.9,
  'subdomain-split': 0.85,
  'tld-swap': 0.8,
  'brand-keyword': 0.85,
  'brand-in-subdomain': 0.85,
  'brand-in-path': 0.5,
};

/** Compare one label (the registrable name, or a subdomain label) with every brand token. */
function matchLabel(label: string, idx: BrandIndex): { brand: string; technique: LookalikeTechnique; family: string; imitates: string; strength: number } | null {
  const unicode = toUnicodeSafe(label);
  const nonAscii = hasNonAscii(unicode);
  const folded = foldToAscii(unicode);
  const skel = skeleton(unicode);
  const skelNoHyphen = skel.replace(/-/g, '');
  // Everything below that depends only on the label is computed once, not once per brand token.
  const coarseLabel = coarse(skelNoHyphen);
  const foldedNoHyphen = folded.replace(/-/g, '');
  let hyphenParts: { part: string; coarse: string }[] | null = null;
  let best: { brand: string; technique: LookalikeTechnique; family: string; imitates: string; strength: number } | null = null;
  const offer = (brand: string, technique: LookalikeTechnique, family: string, imitates: string, strength = STRENGTH[technique]) => {
    if (!best || strength > best.strength) best = { brand, technique, family, imitates, strength };
  };
  for (const t of idx.tokens) {
    if (folded === t.token || skel === t.skel) {
      if (nonAscii) offer(t.brand, 'idn-homoglyph', 'homoglyph', t.imitates);
      else if (folded === t.token) offer(t.brand, 'tld-swap', 'tld-swap', t.imitates);
      else offer(t.brand, 'homoglyph', 'homoglyph', t.imitates);
      continue;
    }
    if (skelNoHyphen === t.skel) {
      offer(t.brand, nonAscii ? 'idn-homoglyph' : 'hyphenation', 'hyphenation', t.imitates);
      continue;
    }
    // Fuzzy matches only for tokens long enough that one edit away is rarely another real word.
    if (t.token.length >= 5) {
      if ((coarseLabel === t.coarse && Math.abs(skelNoHyphen.length - t.skel.length) <= 1) || glyphSwaps(t.skel, skelNoHyphen, 2) <= 2) {
        offer(t.brand, nonAscii ? 'idn-homoglyph' : 'homoglyph', 'homoglyph', t.imitates);
        continue;
      }
      const family = typoFamily(t.token, folded) ?? typoFamily(t.token, foldedNoHyphen) ?? (nonAscii && editDistance(t.skel, skelNoHyphen, 1) <= 1 ? 'homoglyph' : null);
      if (family) {
        offer(t.brand, nonAscii ? 'idn-homoglyph' : family === 'hyphenation' ? 'hyphenation' : 'typo', family, t.imitates);
        continue;
      }
    }
    // One hyphen-separated part is a typo or homoglyph of the brand: "mircosoft-sharepoint".
    if (t.token.length >= 6 && folded.includes('-')) {
      hyphenParts ??= folded
        .split('-')
        .filter(Boolean)
        .slice(0, 8)
        .map((part) => ({ part, coarse: part.length >= 5 ? coarse(skeleton(part)) : '' }));
      const parts = hyphenParts;
      if (parts.length > 1 && parts.some(({ part: p, coarse: c }) => p !== t.token && p.length >= 5 && (c === t.coarse || typoFamily(t.token, p) !== null))) {
        offer(t.brand, 'brand-keyword', 'various', t.imitates, 0.75);
        continue;
      }
    }
    // Every place the brand appears ("support-appleid-apple" holds it twice), the best reading wins.
    for (let at = skel.indexOf(t.skel), seen = 0; at >= 0 && seen < 4; at = skel.indexOf(t.skel, at + 1), seen++) {
      const before = skel.slice(0, at);
      const after = skel.slice(at + t.skel.length);
      // A three-letter token glued to a word is too often another name (attglobal, dhlaw): only as a
      // word of its own (att-mail, dhl-express, at the start or end beside digits) does it count.
      const glued = t.token.length <= 3 && (/[a-z]$/.test(before) || /^[a-z]/.test(after));
      if (!glued && onlyKeywords(before) && onlyKeywords(after)) {
        offer(t.brand, 'brand-keyword', 'various', t.imitates);
      } else if (/(?:^|[-\d])$/.test(before) && /^(?:$|[-\d])/.test(after)) {
        // "amazon-clone", "best-paypal-deals": the brand as a whole hyphen-separated word.
        offer(t.brand, 'brand-keyword', 'various', t.imitates, 0.7);
      } else if (t.token.length >= 4 && ((!before && noiseOnly(after)) || (!after && noiseOnly(before)))) {
        // The brand glued to machine-made noise ("applejnckajgsia", "xqzvrsmbc"): no honest name
        // is built that way, whatever the brand's length.
        offer(t.brand, 'brand-keyword', 'noise', t.imitates, 0.7);
      } else if (t.token.length >= 6 && !KEYWORDS.has(t.token.slice(1))) {
        // ("icloud" is "i" + "cloud", and huaweicloud is not Apple's.)
        // A long, distinctive brand name glued to any word ("bluepaypal", "amazonbest"): dnstwist's
        // dictionary family. Short names ("apple") are left out: applebees, pineapple.
        offer(t.brand, 'brand-keyword', 'dictionary', t.imitates, 0.65);
      }
    }
  }
  return best;
}

/** A whole registrable label against the brands' short official names (see brandIndex). */
function matchShortName(label: string, idx: BrandIndex): ReturnType<typeof matchLabel> {
  const unicode = toUnicodeSafe(label);
  if (unicode.length < 2 || unicode.length > 6) return null;
  const nonAscii = hasNonAscii(unicode);
  const folded = foldToAscii(unicode);
  const skel = skeleton(unicode).replace(/-/g, '');
  for (const s of idx.short) {
    if (skel === s.skel || folded === s.name) {
      if (nonAscii) return { brand: s.brand, technique: 'idn-homoglyph', family: 'homoglyph', imitates: s.imitates, strength: STRENGTH['idn-homoglyph'] };
      if (folded !== s.name) return { brand: s.brand, technique: label.includes('-') ? 'hyphenation' : 'homoglyph', family: 'homoglyph', imitates: s.imitates, strength: STRENGTH.homoglyph };
      continue;
    }
    if (glyphSwaps(s.skel, skel, 1) <= 1) return { brand: s.brand, technique: nonAscii ? 'idn-homoglyph' : 'homoglyph', family: 'homoglyph', imitates: s.imitates, strength: STRENGTH.homoglyph };
    // Only the typos that keep every letter of the short name in place: a doubled letter, a hyphen,
    // or a character added at the end (upss, u-ps, ups1). Dropping or swapping one letter of a
    // three-letter name gives other short names (us.com, cbs.com, irc.org).
    const family = typoFamily(s.name, folded);
    if (family === 'repetition' || family === 'hyphenation' || family === 'addition') return { brand: s.brand, technique: family === 'hyphenation' ? 'hyphenation' : 'typo', family, imitates: s.imitates, strength: STRENGTH.typo };
  }
  return null;
}

export interface LookalikeOptions {
  brands: readonly BrandPack[];
}

// One memo per brand list, held weakly so a dropped list takes its memo with it. Clearing bumps the
// generation; a memo from an older generation is emptied on its next use.
const statusCache = new WeakMap<readonly BrandPack[], { generation: number; hosts: BoundedMemo<HostStatus> }>();
// A status holds a few strings derived from the host (registrable domain, display form, a lookalike's
// evidence): charged as three copies of it.
const newHostMemo = () => new BoundedMemo<HostStatus>(10_000, 4 * 1024 * 1024, (k) => 3 * stringBytes(k) + 160);

/** Entries and estimated bytes in the host memo for a brand list (tests, diagnostics). */
export function hostStatusCacheStats(brands: readonly BrandPack[]): { entries: number; bytes: number } {
  const m = statusCache.get(brands);
  return { entries: m?.hosts.size ?? 0, bytes: m?.hosts.bytes ?? 0 };
}
let statusGeneration = 0;

/** Forget every memoised host classification (see clearContentCaches in analyze.ts). */
export function clearHostStatusCache(): void {
  statusGeneration++;
}

/** Classify a host (or e-mail domain) against the brand packs. Memoised per brand list. */
export function classifyHost(host: string, brands: readonly BrandPack[]): HostStatus {
  let memo = statusCache.get(brands);
  if (!memo) statusCache.set(brands, (memo = { generation: statusGeneration, hosts: newHostMemo() }));
  else if (memo.generation !== statusGeneration) {
    memo.hosts.clear();
    memo.generation = statusGeneration;
  }
  const cache = memo.hosts;
  const lower = host.toLowerCase();
  const hit = cache.get(lower);
  if (hit) return hit;
  // Its own copy: toLowerCase() of a lower-case host is the same string, maybe a slice of the message.
  const key = ownString(lower);
  const out = classifyUncached(key, brands);
  cache.set(key, out);
  return out;
}

function classifyUncached(host: string, brands: readonly BrandPack[]): HostStatus {
  const parts = hostParts(host);
  if (parts.isIp || !parts.ascii) return { kind: 'unrelated', registrable: parts.registrable, display: parts.display };
  const idx = brandIndex(brands);
  const official = officialBrandOf(parts.ascii, brands) ?? idx.tlds.get(parts.suffix) ?? null;
  if (official) return { kind: 'official', brand: official, registrable: parts.registrable, display: parts.display };
  const mixed = parts.display.split('.').some(isMixedScript);
  const make = (m: NonNullable<ReturnType<typeof matchLabel>>, technique = m.technique, strength = m.strength): HostStatus => ({
    kind: 'lookalike',
    lookalike: {
      brand: m.brand,
      technique,
      family: technique === m.technique ? m.family : technique,
      imitates: m.imitates,
      display: parts.display,
      registrable: parts.registrable,
      mixedScript: mixed,
      strength,
    },
  });
  const userContent = idx.userContent.has(parts.registrable);
  if (!userContent) {
    const m = matchLabel(parts.label, idx) ?? matchShortName(parts.label, idx);
    if (m) return make(m);
  }
  if (parts.subdomain) {
    const labels = parts.subdomain.split('.').filter(Boolean).slice(-8);
    // ama.zon.com: the brand split by a dot across subdomain and registrable name.
    if (!userContent && labels.length <= 3) {
      const joined = skeleton(toUnicodeSafe([...labels, parts.label].join('')));
      const t = idx.tokens.find((x) => x.skel === joined);
      if (t) return make({ brand: t.brand, technique: 'subdomain-split', family: 'subdomain', imitates: t.imitates, strength: STRENGTH['subdomain-split'] });
    }
    // amazon.com.account-verify.xyz, amazon-login.s3.amazonaws.com, secure-paypal.example.net.
    let best: ReturnType<typeof matchLabel> = null;
    for (const l of labels) {
      if (l === 'www' || l.length < 3) continue;
      const m = matchLabel(l, idx);
      if (m && (!best || m.strength > best.strength)) best = m;
    }
    // On a shared platform (free hosting, dynamic DNS) the subdomain is the name the site's owner
    // chose, read like a registrable name: the brand glued to any word counts there too.
    const floor = isSharedPlatform(parts.registrable) ? 0.65 : 0.7;
    if (best && best.strength >= floor) return make(best, 'brand-in-subdomain', Math.min(STRENGTH['brand-in-subdomain'], best.strength));
  }
  return { kind: 'unrelated', registrable: parts.registrable, display: parts.display };
}

const PATH_TOKEN = /[a-z0-9\u00c0-\uffff]+(?:[-.][a-z0-9\u00c0-\uffff]+){0,4}/g;

/**
 * A brand named in the path or query of a link to an unrelated host
 * ("https://secure-login.top/www.amazon.co.jp/ap/signin"). Weaker than a host lookalike: shops and
 * blogs name brands in paths too, so callers pair it with other signals.
 */
export function brandInPath(pathAndQuery: string, brands: readonly BrandPack[]): { brand: string; token: string; imitates: string } | null {
  const idx = brandIndex(brands);
  const s = pathAndQuery.slice(0, 512).toLowerCase();
  PATH_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = PATH_TOKEN.exec(s)) !== null && n++ < 40) {
    const word = m[0];
    // The domain of an e-mail address in the path (a mailing-list archive's message id,
    // lore.kernel.org/…/123-1-name@amazon.com/) names the author's employer, not the site's brand.
    if (s[m.index - 1] === '@') continue;
    for (const t of idx.tokens) {
      if (!word.includes(t.token)) continue;
      // The whole segment is the brand, an official host of it, or the brand plus scam keywords.
      const dotted = word.split('.');
      const first = dotted[0]!;
      if (first === t.token || (dotted.length > 1 && officialBrandOf(word.replace(/^www\./, ''), brands) === t.brand) || (first.includes(t.token) && onlyKeywords(first.replace(t.token, '')))) {
        return { brand: t.brand, token: word, imitates: t.imitates };
      }
    }
  }
  return null;
}

/** A single word or label that imitates a brand name ("Arnazon", "PayPaI", "Аpple"), or null. */
export function lookalikeWord(word: string, brands: readonly BrandPack[]): { brand: string; technique: LookalikeTechnique } | null {
  const w = word.toLowerCase().slice(0, 63);
  if (w.length < 3) return null;
  const m = matchLabel(w, brandIndex(brands));
  return m ? { brand: m.brand, technique: m.technique } : null;
}
