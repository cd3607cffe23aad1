import { prepareMessage, runRules, type RuleRun } from './analyze.js';
import { BRANDS } from './brands/index.js';
import type { BrandPack } from './brands/schema.js';
import { resolveLimits } from './limits.js';
import type { Rule, Standalone } from './rules/define-rule.js';
import { RULES } from './rules/index.js';
import { POLICY, type Policy } from './scoring/policy.js';
import { score, toScored } from './scoring/score.js';
import type { LinkFacts } from './facts/links.js';
import { hostParts } from './signals/lookalike.js';
import type { UrlModel } from './model/url-model.js';
import type { Message, Verdict } from './types.js';

// The link and domain checks on their own, for `impostor url`, `impostor domain`, the API and the
// URL corpus evaluation. The input becomes a message holding that one link, and the rules that
// declare it (meta.standalone) run on it through the same prepareMessage, runRules and score as
// analyze(): a finding is made the same way in both.

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

/** The rules that judge a bare URL or domain, in the order analyze() runs them. */
const STANDALONE_RULES: Record<Standalone, readonly Rule[]> = {
  url: RULES.filter((r) => r.meta.standalone?.includes('url')),
  domain: RULES.filter((r) => r.meta.standalone?.includes('domain')),
};

/**
 * A message that is nothing but the link: no text, sender or headers, so only the link can raise a
 * finding. Channel email, the one every link rule reads (a script: link cannot sit in a text).
 */
function linkMessage(href: string): Message {
  return { channel: 'email', text: '', headers: [], links: [{ href, text: href, origin: 'text', index: 0 }], attachments: [], turns: [], rawSize: href.length, warnings: [] };
}

/** The rules' run on the link, and the link's facts as the rules read them. */
function run(kind: Standalone, href: string, brands: readonly BrandPack[], opts: CheckOptions): { r: RuleRun; f: LinkFacts } {
  const options = { standalone: kind, ...(opts.urlModel !== undefined ? { urlModel: opts.urlModel } : {}) };
  const prepared = prepareMessage(linkMessage(href), brands, resolveLimits(), options);
  const r = runRules(prepared.ctx, STANDALONE_RULES[kind], opts.policy ?? POLICY);
  // A rule that throws on one link is a bug to see, not a clean result.
  if (!r.complete) throw new Error(r.warnings.join('; '));
  return { r, f: prepared.ctx.facts.links[0]!.facts };
}

/** What the lookalike finding imitates: the lookalike host's brand, or the brand named in the path. */
function lookalikeOf(r: RuleRun, f: LinkFacts, brands: readonly BrandPack[]): LookalikeOf | null {
  const hit = r.findings.find((x) => x.ruleId === 'lookalike-link-domain');
  const nameOf = (id: string): string => brands.find((b) => b.id === id)?.name ?? id;
  if (hit?.messageId === 'lookalike' && f.status?.kind === 'lookalike') {
    const l = f.status.lookalike;
    return { brand: l.brand, brandName: nameOf(l.brand), imitates: l.imitates, technique: l.technique, family: l.family };
  }
  if (hit?.messageId === 'brandInPath' && f.pathBrand) {
    const p = f.pathBrand;
    return { brand: p.brand, brandName: nameOf(p.brand), imitates: p.imitates, technique: 'brand-in-path', family: 'brand-in-path' };
  }
  return null;
}

type Base = Omit<UrlCheckResult, 'verdict' | 'score' | 'findings' | 'lookalikeOf'>;

function finish(base: Base, { r, f }: { r: RuleRun; f: LinkFacts }, brands: readonly BrandPack[], policy: Policy): UrlCheckResult {
  const scored = score(toScored(r.findings, r.strengths), policy);
  // What a person can check first, the learned model's resemblance after it (as in a report).
  const ordered = [...r.findings].sort((a, b) => Number(a.category === 'model') - Number(b.category === 'model'));
  const findings = ordered.map((x) => ({ ruleId: x.ruleId, messageId: x.messageId, message: x.message, data: x.data ?? {}, weight: x.weight }));
  const { input, ...rest } = base;
  return { input, lookalikeOf: lookalikeOf(r, f, brands), ...rest, verdict: scored.verdict, score: scored.score, findings };
}

/** Check a domain name alone: is it a brand's own, a lookalike of one, or unrelated? */
export function checkDomain(name: string, opts: CheckOptions = {}): UrlCheckResult {
  const brands = opts.brands ?? BRANDS;
  const clean = name.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0]!.replace(/:\d+$/, '');
  const checked = run('domain', `http://${clean}/`, brands, opts);
  const { status } = checked.f;
  const parts = hostParts(clean);
  return finish({ input: name, officialBrand: status?.kind === 'official' ? status.brand : null, host: parts.display, registrable: parts.registrable }, checked, brands, opts.policy ?? POLICY);
}

/** Check one URL: where it really goes and every link trick it uses. */
export function checkUrl(url: string, opts: CheckOptions = {}): UrlCheckResult {
  const brands = opts.brands ?? BRANDS;
  const checked = run('url', url, brands, opts);
  const f = checked.f;
  const parts = f.host ? hostParts(f.host) : null;
  return finish(
    { input: url, officialBrand: f.status?.kind === 'official' ? f.status.brand : null, host: parts?.display ?? '', registrable: f.registrable, target: f.target, wrapper: f.wrapper },
    checked,
    brands,
    opts.policy ?? POLICY,
  );
}
