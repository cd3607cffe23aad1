import type { BrandPack } from '../brands/schema.js';
import { urlInfo } from '../extract/urls.js';
import type { Evidence, Link, Message } from '../types.js';
import { brandInPath, classifyHost, officialBrandOf, type HostStatus } from '../signals/lookalike.js';
import { trimEndChars, trimStartChars } from '../text-trim.js';

// Where does a link really go? Unwraps the link-protection wrappers of the big mail services
// (a wrapped link is not a red flag by itself), then reads the parts of the URL that phishers
// abuse: IP hosts, userinfo before "@", script/data schemes, shorteners, redirect parameters,
// sign-in paths, and the shown text versus the real target. Pure and browser-safe.

export interface LinkFacts {
  href: string;
  scheme: string;
  /** The link after unwrapping a mail-security wrapper (same as href when not wrapped). */
  target: string;
  /** Name of the wrapper that was unwrapped ("google", "safelinks", "proofpoint", …), or null. */
  wrapper: string | null;
  /** A wrapper whose target is not in the URL (Mimecast): the real target is unknown. */
  opaqueWrapper: boolean;
  host: string;
  registrable: string;
  isIp: boolean;
  /** Text before "@" in the authority ("www.amazon.com" in http://www.amazon.com@evil.top/). */
  userinfo: string | null;
  shortener: string | null;
  /** A URL carried in a parameter or path that leads to another site. */
  redirectTo: string | null;
  redirectParam: string | null;
  /** A sign-in / verify / billing path segment, when present. */
  loginPath: string | null;
  /** Known e-mail service click tracker (the real target is hidden but the sender chose it). */
  tracker: string | null;
  status: HostStatus | null;
  /** A brand named in the path of a link to an unrelated host. */
  pathBrand: { brand: string; token: string; imitates: string } | null;
}

const SHORTENERS = new Set(
  (
    'bit.ly bitly.com tinyurl.com goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at rb.gy t.ly tiny.cc bl.ink s.id v.gd ' +
    'qrco.de urlz.fr shorturl.asia x.gd bit.do clck.ru u.to tinu.be t.co lnkd.in soo.gd shorte.st adf.ly ouo.io surl.li ' +
    'tiny.one gg.gg 2u.pm urlr.me linktr.ee short.gy shrtco.de 1url.com y2u.be t2m.io lnk.bio rebrandly.com smarturl.it ' +
    'tr.ee snip.ly hyperurl.co dub.sh'
  ).split(' '),
);

/** A URL shortener's domain (the link hides where it goes). */
export function isShortenerDomain(domain: string): boolean {
  return SHORTENERS.has(domain);
}

// Mail-service click trackers: the target is hidden, but newsletters use them all the time.
const TRACKERS = new Set(
  (
    'list-manage.com sendgrid.net mailchi.mp mandrillapp.com rs6.net exacttarget.com hubspotlinks.com hs-sites.com ' +
    'sparkpostmail.com mailgun.org createsend.com cmail19.com cmail20.com klclick.com klclick1.com sailthru.com ' +
    'mktomail.com mcusercontent.com constantcontact.com awstrack.me sendibt3.com brevo.com emltrk.com ' +
    'links.m.mail.yahoo.com pstmrk.it postmarkapp.com campaign-archive.com mjt.lu'
  ).split(' '),
);

// Links that genuine brand mail carries besides its own site: social profiles, app stores.
const SOCIAL = new Set(
  'facebook.com twitter.com x.com instagram.com youtube.com linkedin.com pinterest.com tiktok.com threads.net whatsapp.com t.me'.split(' '),
);

const REDIRECT_PARAMS = /^(?:url|u|q|target|dest|destination|redirect|redirect_?ur[il]|redir|r|to|goto|next|link|out|continue|return|returnurl|return_to|forward|jump|site|page|go)$/i;

// "/signin", "/ap/signin", "/login.php", "/verify-account", "/webscr", "/update-billing"…
const LOGIN_PATH =
  /(?:^|[/_.-])(sign-?in|log-?in|logon|verif(?:y|ication)|validat(?:e|ion)|authenticat(?:e|ion)|unlock|webscr|account-?(?:update|verify|recovery|locked|security|confirm)|update-?(?:billing|payment|account)|billing|confirm(?:ation)?|recover(?:y)?|secure-?(?:login|account))(?=$|[/_.?#-])/i;

function safeUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Unwrap a mail-security or redirect wrapper; returns the inner URL and the wrapper's name. */
export function unwrapLink(href: string): { target: string; wrapper: string | null; opaque: boolean } {
  let current = href;
  let wrapper: string | null = null;
  for (let depth = 0; depth < 3; depth++) {
    const u = safeUrl(current);
    if (!u) break;
    const host = u.hostname.toLowerCase();
    const p = u.searchParams;
    let inner: string | null = null;
    let name: string | null = null;
    if (host.endsWith('.safelinks.protection.outlook.com')) {
      inner = p.get('url');
      name = 'safelinks';
    } else if (/^(?:www\.)?google\.[a-z.]+$/.test(host) && u.pathname === '/url') {
      inner = p.get('q') ?? p.get('url');
      name = 'google';
    } else if (/^(?:www\.)?google\.[a-z.]+$/.test(host) && u.pathname.startsWith('/amp/')) {
      // Google's AMP viewer shows any page under google.com/amp/<host>/… (/amp/s/ for https), so
      // phishing mail links there to borrow Google's name; the page is the one after /amp/.
      const rest = u.pathname.slice('/amp/'.length);
      const https = rest.startsWith('s/');
      const path = https ? rest.slice(2) : rest;
      inner = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]|$)/i.test(path) ? `${https ? 'https' : 'http'}://${path}${u.search}` : null;
      name = 'google-amp';
    } else if (host === 'urldefense.proofpoint.com' && u.pathname.startsWith('/v2/url')) {
      const enc = p.get('u');
      // Proofpoint v2 encodes "%" as "-" and "/" as "_".
      inner = enc ? decodeSafe(enc.replace(/_/g, '/').replace(/-/g, '%')) : null;
      name = 'proofpoint';
    } else if (host === 'urldefense.com' && u.pathname.startsWith('/v3/__')) {
      const m = /^\/v3\/__(.+?)__;/.exec(u.pathname + u.search + u.hash);
      inner = m ? m[1]! : null;
      name = 'proofpoint';
    } else if (host === 'linkprotect.cudasvc.com') {
      inner = p.get('a');
      name = 'barracuda';
    } else if (host === 'l.facebook.com' || host === 'lm.facebook.com') {
      inner = p.get('u');
      name = 'facebook';
    } else if (/(?:^|\.)linkedin\.com$/.test(host) && u.pathname.startsWith('/redir/')) {
      inner = p.get('url');
      name = 'linkedin';
    } else if (host === 'slack-redir.net') {
      inner = p.get('url');
      name = 'slack';
    } else if (host.endsWith('.trendmicro.com') && u.pathname.includes('/clicktime/')) {
      inner = p.get('url');
      name = 'trendmicro';
    } else if (host === 'secure-web.cisco.com') {
      const last = u.pathname.split('/').pop() ?? '';
      inner = /^https?%3A/i.test(last) ? decodeSafe(last) : null;
      name = 'cisco';
    } else if (/^protect(?:-[a-z0-9]+)?\.mimecast\.com$/.test(host) || host.endsWith('.protection.sophos.com')) {
      return { target: current, wrapper: host.includes('mimecast') ? 'mimecast' : 'sophos', opaque: true };
    }
    if (!name) break;
    wrapper = name;
    if (!inner || !/^https?:\/\//i.test(inner)) return { target: current, wrapper, opaque: true };
    current = inner;
  }
  return { target: current, wrapper, opaque: false };
}

function findRedirect(u: URL, ownDomain: string): { to: string; param: string } | null {
  let n = 0;
  for (const [k, v] of u.searchParams) {
    if (n++ > 30) break;
    if (!REDIRECT_PARAMS.test(k)) continue;
    const val = v.trim();
    if (!/^(?:https?:)?\/\/[^/]|^www\./i.test(val)) continue;
    const info = urlInfo(val.startsWith('//') ? `http:${val}` : val);
    if (info && info.domain !== ownDomain) return { to: val, param: k };
  }
  // Redirect carried in the path: /redirect/https://evil.example/…
  const m = /\/(https?:\/\/|https?%3A%2F%2F)([^\s]{4,})$/i.exec(u.pathname + u.search);
  if (m) {
    const to = decodeSafe(m[1]! + m[2]!);
    const info = urlInfo(to);
    if (info && info.domain !== ownDomain) return { to, param: '(path)' };
  }
  return null;
}

/** Facts about one link, against the brand packs. Never throws. */
export function analyzeLinkHref(href: string, brands: readonly BrandPack[]): LinkFacts {
  const raw = href.trim().slice(0, 4096);
  const schemeM = /^([a-z][a-z0-9+.-]{0,20}):/i.exec(raw);
  const scheme = (schemeM?.[1] ?? (raw.startsWith('//') ? 'http' : '')).toLowerCase();
  const base: LinkFacts = {
    href: raw,
    scheme,
    target: raw,
    wrapper: null,
    opaqueWrapper: false,
    host: '',
    registrable: '',
    isIp: false,
    userinfo: null,
    shortener: null,
    redirectTo: null,
    redirectParam: null,
    loginPath: null,
    tracker: null,
    status: null,
    pathBrand: null,
  };
  if (scheme && scheme !== 'http' && scheme !== 'https') return base;
  const withScheme = scheme ? raw : raw.startsWith('//') ? `http:${raw}` : `http://${raw}`;
  const unwrapped = unwrapLink(withScheme);
  base.target = unwrapped.target;
  base.wrapper = unwrapped.wrapper;
  base.opaqueWrapper = unwrapped.opaque;
  const u = safeUrl(unwrapped.target);
  if (!u) return base;
  if (u.username || u.password) base.userinfo = decodeSafe(u.username + (u.password ? `:${u.password}` : ''));
  const info = urlInfo(unwrapped.target);
  if (!info) return base;
  base.host = info.hostname;
  base.registrable = info.domain;
  base.isIp = info.isIp;
  if (unwrapped.opaque) return base;
  if (SHORTENERS.has(info.domain) || SHORTENERS.has(info.hostname)) base.shortener = info.hostname;
  if (TRACKERS.has(info.domain) || TRACKERS.has(info.hostname)) base.tracker = info.domain;
  const r = findRedirect(u, info.domain);
  if (r) {
    base.redirectTo = r.to;
    base.redirectParam = r.param;
  }
  const lp = LOGIN_PATH.exec(u.pathname.slice(0, 512));
  if (lp) base.loginPath = lp[1]!;
  base.status = info.isIp ? null : classifyHost(info.hostname, brands);
  // twitter.com/PayPal is the brand's own profile, not a disguise.
  if (base.status?.kind === 'unrelated' && !SOCIAL.has(info.domain)) base.pathBrand = brandInPath(u.pathname + u.search, brands);
  return base;
}

// Text that a reader takes for an address: "www.amazon.com", "https://paypal.com/signin", "amazon.co.uk".
const LOOKS_LIKE_URL = /^(?:https?:\/\/)?(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,62})\.){1,6}[a-z\u00a1-\uffff]{2,24}(?::\d{1,5})?(?:[/?#][^\s]{0,2000})?$/i;

export interface TextMismatch {
  shown: string;
  shownDomain: string;
  targetDomain: string;
  /** The shown text names an official brand domain. */
  shownBrand: string | null;
}

/**
 * The link's shown text is itself an address on a different registrable domain than where it goes
 * (after unwrapping). Two domains of the same brand (amazon.com shown, amazon.co.uk target) match.
 */
export function textTargetMismatch(shownText: string, facts: LinkFacts, brands: readonly BrandPack[]): TextMismatch | null {
  const shown = trimStartChars(trimEndChars(shownText.trim(), '.,;:)>]'), '<([');
  if (!shown || shown.length > 2100 || /\s/.test(shown) || !LOOKS_LIKE_URL.test(shown)) return null;
  if (!facts.registrable || facts.opaqueWrapper) return null;
  const si = urlInfo(shown);
  if (!si || (!si.icann && !si.isIp)) return null;
  if (si.domain === facts.registrable) return null;
  const shownBrand = officialBrandOf(si.hostname, brands);
  const targetBrand = officialBrandOf(facts.host, brands);
  if (shownBrand && shownBrand === targetBrand) return null;
  return { shown, shownDomain: si.domain, targetDomain: facts.registrable, shownBrand };
}

export interface AnalyzedLink {
  link: Link;
  facts: LinkFacts;
}

/** Most links the link rules read per message (more: a links_not_all_checked warning). */
export const MAX_ANALYZED_LINKS = 150;

/** Facts for every link of the message, computed once per message and shared by the link rules. */
export function analyzedLinks(message: Message, brands: readonly BrandPack[]): AnalyzedLink[] {
  return message.links.slice(0, MAX_ANALYZED_LINKS).map((link) => ({ link, facts: analyzeLinkHref(link.href, brands) }));
}

export function linkEvidence(link: Link): Evidence {
  return { kind: 'link', linkIndex: link.index, href: link.href.slice(0, 500), text: link.text.slice(0, 200) };
}

/** Footer links (unsubscribe, social profiles, app stores) that say nothing about the sender. */
export function isIncidentalLink(a: AnalyzedLink): boolean {
  const f = a.facts;
  if (SOCIAL.has(f.registrable)) return true;
  if (f.host === 'play.google.com' || f.host === 'apps.apple.com' || f.host === 'itunes.apple.com') return true;
  const text = a.link.text.toLowerCase();
  if (/unsubscribe|opt[ -]?out|abbestellen|abmelden|se d[ée]sinscrire|darse de baja|manage (?:your )?(?:preferences|subscriptions)/.test(text)) return true;
  if (/\/(?:unsubscribe|optout|opt-out|email-preferences)\b/i.test(f.target)) return true;
  return false;
}

// A site the reader has never heard of: no brand pack owns it, and it is no public-sector or
// university site (registries that only register vetted bodies).

/** Registries that only register public bodies or accredited schools. */
const PUBLIC_SECTOR = /(?:^|\.)(?:gov|mil|edu|gov\.uk|nhs\.uk|police\.uk|ac\.uk|gov\.in|nic\.in|ac\.in|gc\.ca|gov\.au|edu\.au|gov\.ie|govt\.nz|gouv\.fr|gob\.es|gov\.br|go\.jp|ac\.jp)$/;

export function isPublicSectorDomain(registrable: string): boolean {
  return PUBLIC_SECTOR.test(registrable);
}

/** The first link to a site that no brand pack owns and that is no public-sector or university site (footer links left out). */
export function firstUnfamiliarLink(links: readonly AnalyzedLink[]): AnalyzedLink | undefined {
  return links.find((a) => {
    const f = a.facts;
    if (f.scheme !== 'http' && f.scheme !== 'https' && f.scheme !== '') return false;
    if (!f.host || f.status?.kind === 'official' || isIncidentalLink(a)) return false;
    return f.isIp || !isPublicSectorDomain(f.registrable);
  });
}
