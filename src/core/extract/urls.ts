import { LinkifyIt } from 'linkify-it';
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

const cache = new Map<string, UrlInfo | null>();

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
    hostname = m?.[1]?.toLowerCase() ?? '';
  }
  hostname = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  let info: UrlInfo | null = null;
  if (hostname) {
    const p = parseDomain(hostname, { allowPrivateDomains: false });
    info = {
      href: raw,
      hostname,
      domain: p.isIp ? hostname : (p.domain ?? hostname),
      isIp: !!p.isIp,
      icann: !!p.isIcann,
    };
  }
  if (cache.size > 5000) cache.clear();
  cache.set(raw, info);
  return info;
}

const MAYBE_LINK = /\/\/|@|[^\s.]\.[^\s.]/;

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

  // linkify's own test() runs several large Unicode regexes; most short texts hold no link at all.
  // Every link it can find has "//" (schema links), "@" (mailto and fuzzy email) or an ASCII dot
  // between two non-space characters (host.tld, IPv4), so texts without any of these skip it.
  const matches = MAYBE_LINK.test(text) && linkify.test(text) ? (linkify.match(text) ?? []) : [];
  const anchorSpans = message.links.filter((l) => l.span).map((l) => l.span!);
  let nextIndex = message.links.length;
  for (const m of matches) {
    if (m.schema === 'mailto:') {
      if (emailCount++ >= maxPerType) continue;
      const address = m.url.replace(/^mailto:/i, '').toLowerCase();
      entities.push({
        type: 'email',
        value: address,
        span: { start: m.index, end: m.lastIndex },
        data: { domain: address.slice(address.lastIndexOf('@') + 1) },
      });
      continue;
    }
    if (urlCount++ >= maxPerType) continue;
    const info = urlInfo(m.url);
    if (!info) continue;
    // Plain numbers with dots ("1.5", "v2.0") are not links unless they are real IPs or known suffixes.
    if (!info.isIp && !info.icann) continue;
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
  }

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
