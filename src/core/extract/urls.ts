import { LinkifyIt } from 'linkify-it';
import { BoundedMemo, ownString, stringBytes } from '../bounded-memo.js';
import { parse as parseDomain } from 'tldts';
import type { Entity, Link, Message } from '../types.js';

// URLs, bare domains and email addresses via linkify-it (fuzzy links on, so "amazon-verify.top/x"
// counts), registrable domains via tldts (public suffix list, so amazon.co.uk is one domain).

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
// linkify-it knows the classic gTLDs and every 2-letter ccTLD for schemeless links; phishing leans on
// cheap new gTLDs, so those are added (the list only widens what counts as a bare domain).
linkify.tlds(
  'top|xyz|online|site|club|icu|live|store|vip|buzz|link|click|support|help|app|cyou|sbs|cfd|bond|lol|monster|rest|quest|best|work|life|world|today|tech|space|website|fun|digital|services|center|cloud|page|dev|email|network|mobi|tel|ink|run|win|bid|loan|men|date|review|trade|party|science|racing|accountant|download|stream|gdn|host|press|care|delivery|express|secure|security|account|verify|ltd|group|company|solutions|systems|agency|global|one|pw|cam|mom|skin|hair|makeup|beauty|autos|boats|homes|yachts|motorcycles|locker|zip|mov|foo'.split('|'),
  true,
);

export interface UrlInfo {
  href: string;
  hostname: string;
  /** Registrable domain (eTLD+1), or the hostname for IPs / unknown suffixes. */
  domain: string;
  isIp: boolean;
  /** The suffix is on the public suffix list (false for "foo.invalidtld"). */
  icann: boolean;
}

// Bounded in bytes as well as entries, and keys copied so no cached link pins its message's text.
const cache = new BoundedMemo<UrlInfo | null>(5000, 4 * 1024 * 1024, (k, v) => stringBytes(k) + (v ? stringBytes(v.href) + stringBytes(v.hostname) + stringBytes(v.domain) + 48 : 0));

/** Entries and estimated bytes in the URL memo (tests, diagnostics). */
export function urlInfoCacheStats(): { entries: number; bytes: number } {
  return { entries: cache.size, bytes: cache.bytes };
}

/** Forget every memoised URL (see clearContentCaches in analyze.ts). */
export function clearUrlInfoCache(): void {
  cache.clear();
}

/** Parse a URL or bare host; null when no host can be found. Memoised (hot path across rules). */
export function urlInfo(raw: string): UrlInfo | null {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  let href = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) href = `http://${href}`;
  let hostname = '';
  try {
    hostname = new URL(href).hostname.toLowerCase();
  } catch {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:\s]+)/i.exec(href);
    hostname = ownString(m?.[1]?.toLowerCase() ?? '');
  }
  hostname = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  let info: UrlInfo | null = null;
  if (hostname) {
    const p = parseDomain(hostname, { allowPrivateDomains: false });
    info = {
      href: ownString(raw),
      hostname,
      domain: p.isIp ? hostname : (p.domain ?? hostname),
      isIp: !!p.isIp,
      icann: !!p.isIcann,
    };
  }
  cache.set(raw, info);
  return info;
}

// linkify's fuzzy search tries a large Unicode pattern at every position of the text, which made it
// most of the cost of a long email. No link it can find crosses a space or control character (its
// host, path, auth and email patterns all exclude uc.micro's Z and Cc classes, and every `^`/`$` in
// them stands beside that same class), and each one holds "//" (schema links), "@" (mailto, fuzzy
// email) or an ASCII dot between two such non-separator characters (host.tld, IPv4). So linkify
// runs only on the whitespace-delimited tokens holding one of those, and the matches are shifted
// back: the same links, spans and order as one pass over the whole text.
const LINK_TRIGGER = /\/\/|@|[^ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\0-\x1F\x7F-\x9F.]\.[^ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\0-\x1F\x7F-\x9F.]/g;

/** uc.micro's Z (separators) or Cc (controls): what linkify never puts inside a link. */
function isSeparator(c: number): boolean {
  return (
    c <= 0x20 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

type LinkMatch = NonNullable<ReturnType<LinkifyIt['match']>>[number];
export interface TextLink {
  schema: string;
  index: number;
  lastIndex: number;
  raw: string;
  url: string;
}

// linkify-it ends a web link at "@": "https://usps.com@bit.ly/30FnJ7c" comes back as
// "https://usps.com", whose host is the brand's, while a browser opens bit.ly — the user-info trick
// ("brand.com@" in front of the real host) that phishing texts use. Where a schema link stops right
// before "@", the rest of the run up to the next separator is given to the WHATWG URL parser, and
// when that reads a user name and a host, the link is the whole run: the host is what a browser opens.
const TRAILING_PUNCT = new Set('.,;:!?\'")]}>');
function trimTrailingPunct(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING_PUNCT.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}
/** A schemeless "PM.info" right after a clock time ("10:48 PM.info", "6:45:49 PM.Avl"). */
function isMeridiemAfterClock(text: string, index: number, raw: string): boolean {
  if (!/^[ap]m\.[a-z]+$/i.test(raw)) return false;
  return /\d{1,2}:\d{2}(?::\d{2})? ?$/.test(text.slice(Math.max(0, index - 9), index));
}

function withUserinfo(src: string, found: readonly LinkMatch[]): LinkMatch[] {
  const out: LinkMatch[] = [];
  let covered = -1;
  for (const f of found) {
    if (f.index < covered) continue;
    if (f.schema && f.schema !== 'mailto:' && src.charCodeAt(f.lastIndex) === 0x40) {
      let end = f.lastIndex + 1;
      while (end < src.length && end - f.index < 2048 && !isSeparator(src.charCodeAt(end)) && src.charCodeAt(end) !== 0x3c) end++;
      const whole = trimTrailingPunct(src.slice(f.index, end));
      let parsed: URL | null = null;
      try {
        parsed = new URL(whole.startsWith('//') ? `http:${whole}` : whole);
      } catch {
        parsed = null;
      }
      if (parsed && parsed.username && parsed.hostname) {
        const lastIndex = f.index + whole.length;
        out.push({ ...f, lastIndex, raw: whole, text: whole, url: whole });
        covered = lastIndex;
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

/** linkify.match over the whole text: the reference the token scan below is tested against. */
export function linkMatchesPlain(text: string): TextLink[] {
  return withUserinfo(text, linkify.match(text) ?? []);
}

/** linkify.match over the tokens that could hold a link, with indexes into the whole text. */
export function linkMatches(text: string): TextLink[] {
  const out: TextLink[] = [];
  scanLinks(text, (m) => out.push(m), () => WANT_ALL);
  return out;
}

/** What a caller of scanLinks still wants: every link, only email addresses, or nothing more. */
const WANT_ALL = 0;
const WANT_EMAILS = 1;
const WANT_NOTHING = 2;
type Want = typeof WANT_ALL | typeof WANT_EMAILS | typeof WANT_NOTHING;

/**
 * The token scan behind linkMatches, in text order, asking `want` before each token: a caller that
 * has all the web links it keeps only needs email addresses, and every one linkify finds holds "@"
 * (mailto: links and fuzzy emails alike), so tokens without one are skipped.
 */
function scanLinks(text: string, each: (m: TextLink) => void, want: () => Want): void {
  // A token that repeats (a URL quoted twice, a signature line) is matched once: match is a pure
  // function of the token. linkify.match alone, without the test() it recommends first, finds the
  // same links: test() is true exactly when one of match()'s three scans (schema, fuzzy link, fuzzy
  // email) finds a candidate, and match() runs those scans itself, so test() first doubled the work
  // on every token that holds a link.
  const byToken = new Map<string, LinkMatch[] | null>();
  LINK_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK_TRIGGER.exec(text)) !== null) {
    const w = want();
    if (w === WANT_NOTHING) return;
    let start = m.index;
    while (start > 0 && !isSeparator(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
    LINK_TRIGGER.lastIndex = end;
    const token = text.slice(start, end);
    if (w === WANT_EMAILS && !token.includes('@')) continue;
    let found = byToken.get(token);
    if (found === undefined) {
      const plain = linkify.match(token);
      found = plain ? withUserinfo(token, plain) : null;
      byToken.set(token, found);
    }
    if (!found) continue;
    for (const f of found) each({ schema: f.schema, index: f.index + start, lastIndex: f.lastIndex + start, raw: f.raw, url: f.url });
  }
}

export interface UrlExtraction {
  entities: Entity[];
  textLinks: Link[];
}

export function extractUrls(message: Message, maxPerType: number): UrlExtraction {
  const entities: Entity[] = [];
  const textLinks: Link[] = [];
  const text = message.text;
  const seenDomains = new Set<string>();
  let urlCount = 0;
  let emailCount = 0;

  const addDomain = (info: UrlInfo, span: { start: number; end: number } | undefined, linkIndex?: number) => {
    if (seenDomains.has(info.domain) || seenDomains.size >= maxPerType) return;
    seenDomains.add(info.domain);
    entities.push({ type: 'domain', value: info.domain, span, data: { hostname: info.hostname, isIp: info.isIp, linkIndex } });
  };

  const anchorSpans = message.links.filter((l) => l.span).map((l) => l.span!);
  let nextIndex = message.links.length;
  // Once `maxPerType` web links have been counted, every later one is dropped: the scan then reads
  // only tokens that can hold an email address, and stops when those are full too. The counts go
  // on past the cap in the loop below as they did when every link was scanned (any count at or
  // over the cap stops it the same way).
  const want = (): Want => (urlCount < maxPerType ? WANT_ALL : emailCount < maxPerType ? WANT_EMAILS : WANT_NOTHING);
  scanLinks(
    text,
    (m) => {
      if (m.schema === 'mailto:') {
        if (emailCount++ >= maxPerType) return;
        const address = m.url.replace(/^mailto:/i, '').toLowerCase();
        entities.push({
          type: 'email',
          value: address,
          span: { start: m.index, end: m.lastIndex },
          data: { domain: address.slice(address.lastIndexOf('@') + 1) },
        });
        return;
      }
      if (urlCount++ >= maxPerType) return;
      const info = urlInfo(m.url);
      if (!info) return;
      // Plain numbers with dots ("1.5", "v2.0") are not links unless they are real IPs or known suffixes.
      if (!info.isIp && !info.icann) return;
      // "6:45:49 PM.info :UPI/…" in a bank alert: the clock's AM/PM run into the next word is no link.
      if (m.schema === '' && isMeridiemAfterClock(text, m.index, m.raw)) return;
      const span = { start: m.index, end: m.lastIndex };
      const insideAnchor = anchorSpans.some((s) => s.start <= span.start && span.end <= s.end);
      let linkIndex: number | undefined;
      if (!insideAnchor) {
        linkIndex = nextIndex++;
        textLinks.push({ href: m.url, text: m.raw, span, origin: 'text', index: linkIndex });
      }
      entities.push({
        type: 'url',
        value: m.url,
        span,
        data: { hostname: info.hostname, domain: info.domain, isIp: info.isIp, linkIndex, fuzzy: m.schema === '' },
      });
      addDomain(info, span, linkIndex);
    },
    want,
  );

  for (const l of message.links) {
    if (urlCount++ >= maxPerType) break;
    if (!/^(?:https?:|\/\/|www\.)/i.test(l.href)) {
      if (/^mailto:/i.test(l.href)) {
        const address = l.href.slice(7).split('?')[0]!.toLowerCase();
        if (address.includes('@')) entities.push({ type: 'email', value: address, data: { domain: address.slice(address.lastIndexOf('@') + 1), linkIndex: l.index } });
      }
      continue;
    }
    const info = urlInfo(l.href);
    if (!info) continue;
    entities.push({
      type: 'url',
      value: l.href,
      span: l.span,
      data: { hostname: info.hostname, domain: info.domain, isIp: info.isIp, linkIndex: l.index, fromHtml: true },
    });
    addDomain(info, l.span, l.index);
  }
  return { entities, textLinks };
}
