import { BRANDS } from './brands/index.js';
import type { BrandPack } from './brands/schema.js';
import { renderMessage, type Rule } from './rules/define-rule.js';
import ipAddressLink from './rules/ip-address-link.js';
import learnedUrlModel, { judgeHost, judgementData, urlModelFrom } from './rules/learned-url-model.js';
import lookalikeLinkDomain from './rules/lookalike-link-domain.js';
import openRedirectLink from './rules/open-redirect-link.js';
import scriptOrDataLink from './rules/script-or-data-link.js';
import suspiciousLinkHost, { heuristicData, withoutLookalikeSignals } from './rules/suspicious-link-host.js';
import urlShortenerLink from './rules/url-shortener-link.js';
import userinfoLink from './rules/userinfo-link.js';
import { POLICY, type Policy } from './scoring/policy.js';
import { score } from './scoring/score.js';
import { analyzeLinkHref } from './facts/links.js';
import { classifyHost, hostParts } from './signals/lookalike.js';
import { assessHost, assessUrl, type UrlAssessment } from './signals/url-heuristics.js';
import type { UrlModel } from './model/url-model.js';
import type { Verdict } from './types.js';

// The link and domain checks on their own, for `impostor url`, `impostor domain`, the API and the
// URL corpus evaluation. Same facts and rule ids as inside a message, without a message around them.

export interface CheckFinding {
  ruleId: string;
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  weight: number;
}

export interface LookalikeOf {
  brand: string;
  brandName: string;
  imitates: string;
  technique: string;
  family: string;
}

export interface UrlCheckResult {
  input: string;
  verdict: Verdict;
  score: number;
  findings: CheckFinding[];
  lookalikeOf: LookalikeOf | null;
  /** The brand whose own domain this is, when it is one. */
  officialBrand: string | null;
  /** Host as a reader sees it (IDN decoded) and its registrable domain. */
  host: string;
  registrable: string;
  /** Where the link really goes after unwrapping mail-security wrappers (url checks only). */
  target?: string;
  wrapper?: string | null;
}

export interface CheckOptions {
  brands?: readonly BrandPack[];
  policy?: Policy;
  /** false: no learned URL model (rules alone); a UrlModel replaces the committed one (evaluation folds). */
  urlModel?: UrlModel | false;
}

interface Hit {
  rule: Rule;
  messageId: string;
  data: Record<string, string | number>;
  strength: number;
}

function finish(base: Omit<UrlCheckResult, 'verdict' | 'score' | 'findings'>, hits: Hit[], policy: Policy): UrlCheckResult {
  const scored = score(hits.map((h) => ({ ruleId: h.rule.meta.id, category: h.rule.meta.category, strength: h.strength, effect: 'raise' as const })), policy);
  const findings = hits.map((h) => ({
    ruleId: h.rule.meta.id,
    messageId: h.messageId,
    message: renderMessage((h.rule.meta.messages as Record<string, string>)[h.messageId] ?? h.rule.meta.title, h.data),
    data: h.data,
    weight: Math.round((policy.weights[h.rule.meta.id] ?? 0) * h.strength * 1000) / 1000,
  }));
  return { ...base, verdict: scored.verdict, score: scored.score, findings };
}

function lookalikeHit(status: ReturnType<typeof classifyHost>, brands: readonly BrandPack[]): { hit: Hit; of: LookalikeOf } | null {
  if (status.kind !== 'lookalike') return null;
  const l = status.lookalike;
  const name = brands.find((b) => b.id === l.brand)?.name ?? l.brand;
  return {
    hit: { rule: lookalikeLinkDomain, messageId: 'lookalike', data: { domain: l.display, brand: name, imitates: l.imitates, technique: l.technique }, strength: l.strength },
    of: { brand: l.brand, brandName: name, imitates: l.imitates, technique: l.technique, family: l.family },
  };
}

/** Below this total the URL traits are not worth a finding (one weak trait such as a .xyz TLD). */
const MIN_HEURISTIC_TOTAL = 0.35;

/** The learned URL model's finding for a host, after the checkable findings (never on a brand's own domain). */
function modelHit(host: string, brands: readonly BrandPack[], opts: CheckOptions): Hit | null {
  const model = urlModelFrom(opts.urlModel);
  const j = model ? judgeHost(host, brands, model) : null;
  return j ? { rule: learnedUrlModel, messageId: 'resembles', data: judgementData(j), strength: j.strength } : null;
}

function heuristicHit(host: string, a: UrlAssessment, lookalike: boolean, alongside = false): Hit | null {
  const as = lookalike ? withoutLookalikeSignals(a) : a;
  // Beside another finding (a bare IP host) even one weak trait adds to it.
  if (as.total < (alongside ? 0.01 : MIN_HEURISTIC_TOTAL)) return null;
  return { rule: suspiciousLinkHost, messageId: 'traits', data: heuristicData(host, as), strength: as.total };
}

/** Check a domain name alone: is it a brand's own, a lookalike of one, or unrelated? */
export function checkDomain(name: string, opts: CheckOptions = {}): UrlCheckResult {
  const brands = opts.brands ?? BRANDS;
  const clean = name.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0]!.replace(/:\d+$/, '');
  const status = classifyHost(clean, brands);
  const parts = hostParts(clean);
  const la = lookalikeHit(status, brands);
  const hits = la ? [la.hit] : [];
  // Traits of throwaway sites (free hosting, abused TLD, random name…): never on a brand's own domain.
  const h = status.kind === 'official' || parts.isIp ? null : heuristicHit(parts.display, assessHost(clean, brands), !!la);
  if (h) hits.push(h);
  const m = status.kind === 'official' || parts.isIp ? null : modelHit(clean, brands, opts);
  if (m) hits.push(m);
  return finish(
    { input: name, lookalikeOf: la?.of ?? null, officialBrand: status.kind === 'official' ? status.brand : null, host: parts.display, registrable: parts.registrable },
    hits,
    opts.policy ?? POLICY,
  );
}

/** Check one URL: where it really goes and every link trick it uses. */
export function checkUrl(url: string, opts: CheckOptions = {}): UrlCheckResult {
  const brands = opts.brands ?? BRANDS;
  const f = analyzeLinkHref(url, brands);
  const hits: Hit[] = [];
  if (f.scheme === 'javascript' || f.scheme === 'data' || f.scheme === 'vbscript' || f.scheme === 'file') {
    hits.push({ rule: scriptOrDataLink, messageId: 'scheme', data: { scheme: f.scheme }, strength: 1 });
  }
  let of: LookalikeOf | null = null;
  if (f.status) {
    const la = lookalikeHit(f.status, brands);
    if (la) {
      la.hit.strength = Math.min(1, la.hit.strength + (f.loginPath ? 0.1 : 0));
      hits.push(la.hit);
      of = la.of;
    } else if (f.pathBrand) {
      const name = brands.find((b) => b.id === f.pathBrand!.brand)?.name ?? f.pathBrand.brand;
      hits.push({ rule: lookalikeLinkDomain, messageId: 'brandInPath', data: { domain: f.registrable, token: f.pathBrand.token, brand: name }, strength: f.loginPath ? 0.8 : 0.65 });
      of = { brand: f.pathBrand.brand, brandName: name, imitates: f.pathBrand.imitates, technique: 'brand-in-path', family: 'brand-in-path' };
    }
  }
  if (f.isIp) hits.push({ rule: ipAddressLink, messageId: 'ipLink', data: { ip: f.host }, strength: f.loginPath ? 1 : 0.8 });
  if (f.userinfo) hits.push({ rule: userinfoLink, messageId: 'userinfo', data: { userinfo: f.userinfo.slice(0, 120), host: f.host }, strength: /[a-z0-9-]\.[a-z]{2,}/i.test(f.userinfo) ? 1 : 0.5 });
  if (f.shortener) hits.push({ rule: urlShortenerLink, messageId: 'shortener', data: { host: f.shortener }, strength: 0.6 });
  if (f.redirectTo) {
    const host = (/^(?:https?:)?\/\/([^/?#:@]+)/i.exec(f.redirectTo)?.[1] ?? f.redirectTo.split('/')[0]!).toLowerCase();
    const t = classifyHost(host, brands);
    if (t.kind !== 'official') hits.push({ rule: openRedirectLink, messageId: 'redirect', data: { host: f.host, target: host }, strength: t.kind === 'lookalike' ? 1 : f.status?.kind === 'official' ? 0.9 : 0.5 });
  }
  const parts = f.host ? hostParts(f.host) : null;
  // Trackers and opaque wrappers hide the real site; a bare IP host itself is ip-address-link's
  // finding (the heuristics judge only its port and path then).
  if (parts && (f.isIp || (f.status && f.status.kind !== 'official')) && !f.tracker && !f.opaqueWrapper) {
    const h = heuristicHit(parts.display, assessUrl(f.target, brands), of !== null, f.isIp);
    if (h) hits.push(h);
  }
  if (f.host && !f.isIp && f.status && f.status.kind !== 'official' && !f.tracker && !f.opaqueWrapper) {
    const m = modelHit(f.host, brands, opts);
    if (m) hits.push(m);
  }
  return finish(
    {
      input: url,
      lookalikeOf: of,
      officialBrand: f.status?.kind === 'official' ? f.status.brand : null,
      host: parts?.display ?? '',
      registrable: f.registrable,
      target: f.target,
      wrapper: f.wrapper,
    },
    hits,
    opts.policy ?? POLICY,
  );
}
