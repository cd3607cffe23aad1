import type { BrandPack } from '../brands/schema.js';
import type { Entity, Evidence, Message } from '../types.js';
import type { BrandClaim, ClaimBasis } from './types.js';
import { urlInfo } from '../extract/urls.js';
import { lookalikeWord } from '../signals/lookalike.js';
import { keyOf } from '../signals/scan-plan.js';

// Which brand does the message claim to come from? A mere mention ("I bought it on Amazon") is weak;
// the display name, the subject, "your Amazon account", "Amazon Security" or an official sender
// domain are strong. Rules that accuse a sender of impersonation require a strong claim, so tech
// mailing lists that merely discuss Microsoft are not "Microsoft impersonation".

export type { BrandClaim } from './types.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Compiled {
  pack: BrandPack;
  alias: RegExp;
  /** Any alias anywhere, no word boundaries: every "strong" alternative contains one. */
  any: RegExp;
  strong: RegExp;
  product: RegExp;
}
const compiledCache = new WeakMap<BrandPack, Compiled>();

function compile(pack: BrandPack): Compiled {
  let c = compiledCache.get(pack);
  if (c) return c;
  const alt = [...pack.aliases].sort((a, b) => b.length - a.length).map((a) => escapeRe(a).replace(/\s+/g, '\\s?')).join('|');
  const A = `(?:${alt})`;
  c = {
    pack,
    alias: new RegExp(`(?<![\\p{L}\\p{N}])${A}(?![\\p{L}\\p{N}])`, 'iu'),
    any: new RegExp(A, 'iu'),
    // "your Amazon account", "Amazon Security", "Dear Amazon customer", "This is Amazon", "Amazon:" at the start.
    strong: new RegExp(
      `(?:\\b(?:your|ihr(?:e|en)?|dein(?:e|en)?|tu|su|sua|seu|votre|uw|je)\\s+${A}(?:[- ]\\w+)?\\s+(?:account|id|konto|kundenkonto|cuenta|compte|conta|order|bestellung|pedido|commande|membership|mitgliedschaft|subscription|abonnement|suscripci[oó]n|prime|purchase|payment|card|karte)|${A}\\s+(?:security|support|customer\\s+(?:service|support|care)|fraud|team|department|account\\s+services|billing|kundenservice|sicherheit|soporte|servicio|seguridad|service\\s+client|help\\s?desk|technical)|\\bdear\\s+${A}\\s+(?:customer|user|member|client)|\\b(?:this is|calling from|from|von|de parte de|desde)\\s+${A}\\b|^\\s*(?:\\[|\\()?${A}(?:\\]|\\))?\\s*[:\\-|])`,
      'imu',
    ),
    // Product mentions ("Apple iPhone", "Amazon gift card") are about goods, not the sender.
    product: new RegExp(`${A}\\s+(?:iphone|ipad|macbook|airpods|watch|imac|gift\\s?cards?|e-?gift|products?|echo|kindle|fire\\s?tv|xbox|surface|laptop)`, 'iu'),
  };
  compiledCache.set(pack, c);
  return c;
}

// Domain lists as sets, built once per list: a host matches when it or one of its parent domains
// (the part after any dot) is in the set, which is `d === x || d.endsWith(\`.${x}\`)` for some x
// without the string built per entry and per call (hosts are checked per link, per brand, per rule).
// Only frozen lists (the loaded brand packs) are cached; any other list is read afresh.
const domainSets = new WeakMap<readonly unknown[], Set<string>>();

function setOf(list: readonly string[]): Set<string> {
  if (!Object.isFrozen(list)) return new Set(list);
  let set = domainSets.get(list);
  if (!set) domainSets.set(list, (set = new Set(list)));
  return set;
}

function domainMatches(domain: string, list: readonly string[]): boolean {
  const set = setOf(list);
  const d = domain.toLowerCase();
  if (set.has(d)) return true;
  for (let i = d.indexOf('.'); i >= 0; i = d.indexOf('.', i + 1)) if (set.has(d.slice(i + 1))) return true;
  return false;
}

const userContentLists = new WeakMap<BrandPack, string[]>();

function userContentHosts(pack: BrandPack): string[] {
  if (!Object.isFrozen(pack.userContentHosts)) return pack.userContentHosts.map((u) => u.host);
  let list = userContentLists.get(pack);
  if (!list) userContentLists.set(pack, (list = pack.userContentHosts.map((u) => u.host)));
  return list;
}

export function isOfficialSenderDomain(pack: BrandPack, domain: string): boolean {
  return !!domain && domainMatches(domain, pack.officialSenderDomains);
}

/** Hosts on the brand's domains where anyone can publish (paypal.me pages, forms.office.com). */
export function isUserContentHost(pack: BrandPack, host: string): boolean {
  return !!host && domainMatches(host, userContentHosts(pack));
}

/** A host or registrable domain of the brand's own websites, excluding user-content hosts. */
export function isOfficialWebDomain(pack: BrandPack, hostOrDomain: string): boolean {
  return !!hostOrDomain && domainMatches(hostOrDomain, pack.officialWebDomains) && !isUserContentHost(pack, hostOrDomain);
}

// Per brand list, what detectBrandClaim asks of every pack, answered for all packs at once.
// - Which packs have an alias anywhere in the head of the text (the gate before the long "strong"
//   pattern): one scan with every alias of every pack, which stops at each position where some alias
//   matches and there tries, made sticky, each pack not found yet whose aliases can begin with that
//   character. Every position where a pack's own `any` regex could match is visited, so the set is
//   the same as testing each pack's `any` over the whole head.
// - Which packs own a host or sender domain: one map from domain to packs, looked up for the domain
//   and each parent domain once, instead of every pack's set per host.
interface ClaimIndex {
  packs: readonly BrandPack[];
  compiled: Compiled[];
  all: RegExp;
  anyAt: RegExp[];
  /** Per pack: the keys (scan-plan keyOf) its aliases can begin with; null = any character. */
  firstKeys: (Uint8Array | null)[];
  sender: Map<string, number[]>;
  web: Map<string, number[]>;
  userContent: Map<string, number[]>;
}
const claimIndexes = new WeakMap<readonly BrandPack[], ClaimIndex>();

function domainIndex(packs: readonly BrandPack[], listOf: (p: BrandPack) => readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  packs.forEach((p, i) => {
    for (const d of listOf(p)) {
      const at = out.get(d);
      if (!at) out.set(d, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  });
  return out;
}

/** Marks (in `into`) the packs whose list holds the domain or one of its parent domains (domainMatches). */
function markOwners(map: Map<string, number[]>, domain: string, into: Uint8Array): void {
  const d = domain.toLowerCase();
  const mark = (k: string) => {
    const hit = map.get(k);
    if (hit) for (const i of hit) into[i] = 1;
  };
  mark(d);
  for (let i = d.indexOf('.'); i >= 0; i = d.indexOf('.', i + 1)) mark(d.slice(i + 1));
}

function firstKeysOf(pack: BrandPack): Uint8Array | null {
  const keys = new Uint8Array(130);
  for (const a of pack.aliases) {
    // A leading space becomes an optional gap (\s?): the alias may begin with anything then.
    if (a.length === 0 || /^\s/u.test(a)) return null;
    keys[keyOf(a.charCodeAt(0))] = 1;
  }
  return keys;
}

function isFrozenList(brands: readonly BrandPack[]): boolean {
  return Object.isFrozen(brands) && brands.every((p) => Object.isFrozen(p) && Object.isFrozen(p.officialSenderDomains) && Object.isFrozen(p.officialWebDomains) && Object.isFrozen(p.userContentHosts));
}

function claimIndex(brands: readonly BrandPack[]): ClaimIndex {
  let idx = claimIndexes.get(brands);
  if (idx) return idx;
  const compiled = brands.map(compile);
  idx = {
    packs: brands,
    compiled,
    all: new RegExp(compiled.map((c) => `(${c.any.source})`).join('|') || '(?!)', 'giu'),
    anyAt: compiled.map((c) => new RegExp(c.any.source, 'iuy')),
    firstKeys: brands.map(firstKeysOf),
    sender: domainIndex(brands, (p) => p.officialSenderDomains),
    web: domainIndex(brands, (p) => p.officialWebDomains),
    userContent: domainIndex(brands, userContentHosts),
  };
  // Lists that may still change (not the loaded, frozen packs) are indexed afresh on every call.
  if (isFrozenList(brands)) claimIndexes.set(brands, idx);
  return idx;
}

/** Per pack, 1 when one of its aliases occurs anywhere in `text` (each pack's `any` regex). */
function packsNamedIn(idx: ClaimIndex, text: string): Uint8Array {
  const n = idx.packs.length;
  const found = new Uint8Array(n);
  const all = idx.all;
  let left = n;
  all.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (left > 0 && (m = all.exec(text)) !== null) {
    const p = m.index;
    const key = keyOf(text.charCodeAt(p));
    for (let i = 0; i < n; i++) {
      if (found[i]) continue;
      const keys = idx.firstKeys[i]!;
      if (keys && keys[key] === 0 && m[i + 1] === undefined) continue;
      const y = idx.anyAt[i]!;
      y.lastIndex = p;
      if (m[i + 1] !== undefined || y.test(text)) {
        found[i] = 1;
        left--;
      }
    }
    // The next position, past the whole character (a /u regex backs up into a surrogate pair).
    const c0 = text.charCodeAt(p);
    const c1 = text.charCodeAt(p + 1);
    all.lastIndex = c0 >= 0xd800 && c0 <= 0xdbff && c1 >= 0xdc00 && c1 <= 0xdfff ? p + 2 : p + 1;
  }
  all.lastIndex = 0;
  return found;
}

// What follows a brand name that heads a text: a colon or bracket, or a word brands' texts put there.
const SMS_HEAD_TAIL = /^[\s\])]{0,3}(?:[:\]|-]|(?:alert|msg|message|notice|notification|offer|update|security|fraud|customer|account|card|bank|delivery|rewards?|support|service|team)\b)/iu;

/** The text opens (within its first 25 characters) with a mention of the brand used as a header. */
function leadsWithBrand(text: string, entities: readonly Entity[], packId: string): boolean {
  for (const e of entities) {
    if (e.type !== 'brand' || e.value !== packId || !e.span || e.span.start > 25) continue;
    if (/\p{L}/u.test(text.slice(0, e.span.start).replace(/^\W*(?:\p{L}{1,6}\W{1,3})?$/u, ''))) continue;
    if (SMS_HEAD_TAIL.test(text.slice(e.span.end, e.span.end + 20))) return true;
  }
  return false;
}

export function detectBrandClaim(message: Message, entities: readonly Entity[], brands: readonly BrandPack[]): BrandClaim | null {
  let best: BrandClaim | null = null;
  const text = message.text;
  const head = text.slice(0, 4000);
  // The distinct hosts of the message's links, looked up once for every brand (the loop below only
  // asks whether any host qualifies, so order and repeats do not matter).
  const hosts = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'url') continue;
    const info = urlInfo(e.value);
    if (info) hosts.add(info.hostname);
  }
  const idx = claimIndex(brands);
  const n = brands.length;
  // Per host, the packs whose official websites it is on (isOfficialWebDomain), in host order.
  const hostList = [...hosts];
  const officialHost = hostList.map((h) => {
    const web = new Uint8Array(n);
    if (!h) return web;
    markOwners(idx.web, h, web);
    const uc = new Uint8Array(n);
    markOwners(idx.userContent, h, uc);
    for (let i = 0; i < n; i++) if (uc[i]) web[i] = 0;
    return web;
  });
  const fromName = message.from?.name ?? '';
  const fromDomain = message.from?.domain ?? '';
  const senderOwners = new Uint8Array(n);
  if (fromDomain) markOwners(idx.sender, fromDomain, senderOwners);
  const named = packsNamedIn(idx, head);
  // A word-bounded alias is an alias: only the packs named at all in a header are tested there.
  const none = new Uint8Array(n);
  const inName = fromName ? packsNamedIn(idx, fromName) : none;
  const inSender = message.sender ? packsNamedIn(idx, message.sender) : none;
  const inSubject = message.subject ? packsNamedIn(idx, message.subject) : none;
  for (let pi = 0; pi < n; pi++) {
    const pack = brands[pi]!;
    const c = idx.compiled[pi]!;
    let strength = 0;
    const basis = new Set<ClaimBasis>();
    const evidence: Evidence[] = [];
    const officialSender = senderOwners[pi] === 1;
    if (fromName && inName[pi] && c.alias.test(fromName)) {
      strength += 3;
      basis.add('display-name');
      evidence.push({ kind: 'header', header: 'from', value: message.from?.name ? `${message.from.name} <${message.from.address}>` : fromName });
    }
    if (officialSender) {
      strength += 3;
      basis.add('sender-domain');
    } else if (message.from?.address) {
      const local = message.from.address.split('@')[0] ?? '';
      if (pack.domainTokens.some((t) => local.includes(t)) || pack.domainTokens.some((t) => fromDomain.includes(t))) {
        strength += 1.5;
        basis.add('sender-domain');
        evidence.push({ kind: 'header', header: 'from', value: message.from.address });
      }
    }
    if (message.sender && inSender[pi] && c.alias.test(message.sender)) {
      strength += 2;
      basis.add('display-name');
    }
    if (message.subject && inSubject[pi] && c.alias.test(message.subject) && message.subjectSpan) {
      const m = c.alias.exec(message.subject);
      strength += 2;
      basis.add('subject');
      if (m) {
        const start = message.subjectSpan.start + m.index;
        evidence.push({ kind: 'text', text: m[0], start, end: start + m[0].length });
      }
    }
    // The strong-claim pattern is a long alternation; skip it when no alias occurs at all.
    const strongM = named[pi] ? c.strong.exec(head) : null;
    if (strongM) {
      strength += 2;
      basis.add('text');
      evidence.push({ kind: 'text', text: strongM[0], start: strongM.index, end: strongM.index + strongM[0].length });
    }
    let mentions = 0;
    let productMentions = 0;
    for (const e of entities) {
      if (e.type !== 'brand' || e.value !== pack.id || !e.span) continue;
      mentions++;
      const after = text.slice(e.span.start, e.span.end + 24);
      if (c.product.test(after)) productMentions++;
      if (mentions === 1 && !basis.has('text') && !basis.has('subject')) {
        evidence.push({ kind: 'text', text: text.slice(e.span.start, e.span.end), start: e.span.start, end: e.span.end });
      }
    }
    // A text that opens with the brand as its header ("USPS: …", "[CITI Alert …]", "Home Depot
    // Offer …") speaks as the brand, the way brands' own texts do; a name later in a sentence ("got
    // it at Costco") does not.
    if (message.channel === 'sms' && !basis.has('text') && leadsWithBrand(text, entities, pack.id)) {
      strength += 1.5;
      basis.add('text');
    }
    const plain = mentions - productMentions;
    if (plain > 0) {
      strength += Math.min(plain, 3) * 0.5;
      basis.add('text');
    } else if (productMentions > 0) {
      strength += 0.25;
    }
    for (let h = 0; h < hostList.length; h++) {
      const hostname = hostList[h]!;
      if (officialHost[h]![pi] === 1 || pack.domainTokens.some((t) => hostname.includes(t))) {
        strength += 0.5;
        basis.add('link');
        break;
      }
    }
    if (strength > 0 && (!best || strength > best.strength)) {
      best = { id: pack.id, pack, basis: [...basis], evidence, strength, officialSender };
    }
  }
  return best && best.strength >= 1 ? best : null;
}

/**
 * For the report only, when no claim reached strength 1: the brand a message names most often in
 * its text (mentions that are not product names), or whose name is in one of its link hosts. A
 * lure that names a brand once ("Monthly GiveAway by Home Depot", "T Mobile: a gift for you")
 * impersonates it as surely as one that names it twice; the rules still see only the claim.
 */
export function namedBrand(message: Message, entities: readonly Entity[], brands: readonly BrandPack[]): BrandPack | null {
  const count = new Map<string, { n: number; first: number }>();
  for (const e of entities) {
    if (e.type !== 'brand' || !e.span) continue;
    const pack = brands.find((b) => b.id === e.value);
    if (!pack || compile(pack).product.test(message.text.slice(e.span.start, e.span.end + 24))) continue;
    const c = count.get(pack.id) ?? { n: 0, first: e.span.start };
    c.n++;
    count.set(pack.id, c);
  }
  let best: string | null = null;
  for (const [id, c] of count) {
    const b = best ? count.get(best)! : null;
    if (!b || c.n > b.n || (c.n === b.n && c.first < b.first)) best = id;
  }
  if (best) return brands.find((b) => b.id === best) ?? null;
  for (const e of entities) {
    if (e.type !== 'url') continue;
    const host = urlInfo(e.value)?.hostname ?? '';
    const pack = host ? brands.find((b) => !isOfficialWebDomain(b, host) && b.domainTokens.some((t) => t.length >= 5 && host.includes(t))) : undefined;
    if (pack) return pack;
  }
  // A disguised name ("NETFIX", "Netfl1x", "PayPaI"): a word with a digit, a capital inside it or in
  // capitals throughout that imitates a brand. Plain lower-case words are left alone ("apples").
  let n = 0;
  for (const m of message.text.slice(0, 2000).matchAll(DISGUISED_WORD)) {
    if (++n > 80) break;
    const w = m[0];
    if (!/\d/.test(w) && !/\p{Lu}/u.test(w.slice(1)) && !/^\p{Lu}+$/u.test(w)) continue;
    const hit = lookalikeWord(w.replace(/['’]/g, ''), brands);
    if (hit && hit.technique !== 'tld-swap') return brands.find((b) => b.id === hit.brand) ?? null;
  }
  return null;
}

const DISGUISED_WORD = /[\p{L}\p{N}'’]{5,20}/gu;
