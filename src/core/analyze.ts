import { buildAdvice, type SenderSource } from './advice/advice.js';
import { BRANDS } from './brands/index.js';
import { statementOwner } from './brands/regulators.js';
import type { BrandPack } from './brands/schema.js';
import { extractAll } from './extract/index.js';
import { clearUrlInfoCache } from './extract/urls.js';
import { isIncomplete } from './completeness.js';
import { ensureModels } from './model/assets.js';
import { onlineAuthWarnings } from './facts/auth.js';
import { resolveLimits, type Limits } from './limits.js';
import { parseInput, type ParseInput } from './parse/index.js';
import { renderMessage, type Rule, type RuleContext, type RuleHit } from './rules/define-rule.js';
import { RULES } from './rules/index.js';
import { POLICY, type Policy } from './scoring/policy.js';
import { score, weightOf } from './scoring/score.js';
import { namedBrand } from './facts/claim.js';
import { deriveFacts, type BrandClaim, type Facts } from './facts/index.js';
import { MAX_ANALYZED_LINKS } from './facts/links.js';
import { clearHostStatusCache } from './signals/lookalike.js';
import { SCHEMA_VERSION, type Entity, type EntityType, type Finding, type Message, type PolicyRef, type Report } from './types.js';

// parse → normalize → extract → facts → rules → score → verdict → advice. No I/O: DNS results, clocks and
// anything else from outside arrive through options.

export interface AnalyzeOptions {
  limits?: Partial<Limits>;
  /** ISO country for reporting routes ("US", "GB"); default US. */
  country?: string;
  brands?: readonly BrandPack[];
  rules?: readonly Rule[];
  policy?: Policy;
  /** Injected clock (reports and exports that need a date). */
  now?: () => Date;
  /** Extra inputs for rules (authentication results from a resolver, trusted authserv ids, …). */
  [key: string]: unknown;
}

export interface Prepared {
  message: Message;
  entities: Entity[];
  /** facts.claim: the brand the message claims to come from. */
  claim: BrandClaim | null;
  facts: Facts;
  ctx: RuleContext;
  limits: Limits;
}

export async function prepare(req: ParseInput, options: AnalyzeOptions = {}): Promise<Prepared> {
  // The learned models are assets, read on the first check that needs them (model/assets.ts).
  await ensureModels(options);
  const limits = resolveLimits(options.limits);
  const brands = options.brands ?? BRANDS;
  const message = await parseInput(req, limits);
  return prepareMessage(message, brands, limits, options);
}

export function prepareMessage(message: Message, brands: readonly BrandPack[], limits: Limits, options: AnalyzeOptions = {}): Prepared {
  const { entities, textLinks } = extractAll(message, brands, limits);
  if (textLinks.length) {
    const room = Math.max(0, limits.maxLinks - message.links.length);
    message.links.push(...textLinks.slice(0, room));
    if (textLinks.length > room && !message.warnings.some((w) => w.startsWith('links_truncated'))) {
      message.warnings.push(`links_truncated: kept the first ${limits.maxLinks} links`);
    }
  }
  if (message.links.length > MAX_ANALYZED_LINKS) {
    message.warnings.push(`links_not_all_checked: the link checks read the first ${MAX_ANALYZED_LINKS} of ${message.links.length} links`);
  }
  const facts = deriveFacts(message, entities, brands, options);
  const byType = new Map<EntityType, Entity[]>();
  for (const e of entities) {
    let list = byType.get(e.type);
    if (!list) byType.set(e.type, (list = []));
    list.push(e);
  }
  const EMPTY: Entity[] = [];
  const ctx: RuleContext = {
    message,
    text: message.text,
    entities,
    byType: (t) => byType.get(t) ?? EMPTY,
    facts,
    brands,
    brandById: (id) => brands.find((b) => b.id === id),
    options,
  };
  return { message, entities, claim: facts.claim, facts, ctx, limits };
}

export interface RuleRun {
  findings: Finding[];
  strengths: number[];
  warnings: string[];
  complete: boolean;
}

function policyRefFor(rule: Rule, claim: BrandClaim | null, channel: Message['channel']): PolicyRef | null {
  const topic = rule.meta.statement;
  if (!topic || !claim) return null;
  // Quote only a statement the brand made for this channel (an email sender rule says nothing
  // about who may send a text).
  const st = claim.pack.statements.find((s) => s.topic === topic && s.channels.includes(channel));
  return st ? { brand: claim.pack.name, statement: st.text, url: st.source.url, ...statementOwner(st, claim.pack.name, claim.pack.officialWebDomains) } : null;
}

export function runRules(ctx: RuleContext, rules: readonly Rule[], policy: Policy = POLICY): RuleRun {
  const findings: Finding[] = [];
  const strengths: number[] = [];
  const warnings: string[] = [];
  let complete = true;
  const claim = ctx.facts.claim;
  for (const rule of rules) {
    if (!rule.meta.channels.includes(ctx.message.channel)) continue;
    if (rule.meta.requires?.includes('headers') && (ctx.message.headers.length === 0 || ctx.message.extras?.bodyOnly)) continue;
    let hits: RuleHit[];
    try {
      hits = rule.check(ctx);
    } catch (err) {
      complete = false;
      warnings.push(`rule_failed: ${rule.meta.id}: ${(err as Error)?.message ?? String(err)}`);
      continue;
    }
    for (const hit of hits) {
      if (!hit.evidence.length) continue; // no evidence, no finding
      const template = (rule.meta.messages as Record<string, string>)[hit.messageId] ?? rule.meta.title;
      const strength = hit.strength ?? 1;
      findings.push({
        ruleId: rule.meta.id,
        category: rule.meta.category,
        messageId: hit.messageId,
        message: renderMessage(template, hit.data),
        ...(hit.data ? { data: hit.data } : {}),
        evidence: hit.evidence,
        policy: policyRefFor(rule, claim, ctx.message.channel),
        weight: Math.round(weightOf(rule.meta.id, policy) * strength * 1000) / 1000,
        ...(hit.effect === 'lower' ? { effect: 'lower' as const } : {}),
      });
      strengths.push(strength);
    }
  }
  return { findings, strengths, warnings, complete };
}

/** Where the message's sender came from, so the advice claims only the checks that ran. */
function senderSourceOf(m: Message): SenderSource {
  if (m.channel === 'email' && !m.extras?.bodyOnly && m.from?.address) return 'headers';
  if (m.sender) return 'given';
  return 'none';
}

export function buildReport(prepared: Prepared, run: RuleRun, options: AnalyzeOptions = {}): Report {
  const policy = options.policy ?? POLICY;
  const scored = score(
    run.findings.map((f, i) => ({ ruleId: f.ruleId, category: f.category, strength: run.strengths[i] ?? 1, effect: f.effect ?? 'raise' })),
    policy,
  );
  const { message, claim } = prepared;
  // A message not read to its end is at least "suspicious", whatever lowered its score.
  if (scored.verdict === 'no_red_flags' && run.findings.some((f) => f.ruleId === 'not-fully-checked')) {
    scored.score = Math.max(scored.score, policy.thresholds.suspicious);
    scored.verdict = 'suspicious';
  }
  // A brand is "impersonated" only when something is wrong; a clean genuine mail names no impersonation.
  // Without a claim, a flagged message still names the brand its text names most (report only).
  const named = scored.verdict === 'no_red_flags' ? null : claim?.pack ?? namedBrand(message, prepared.entities, prepared.ctx.brands);
  const brand = named?.id ?? null;
  // Reasons a person can check come first (by weight), then the classifier's resemblance, then the
  // genuine evidence: the first line of a report should be something the reader can see for themselves.
  const rank = (f: Finding): number => (f.effect === 'lower' ? 2 : f.category === 'model' ? 1 : 0);
  const findings = mergeFindings(run.findings).sort((a, b) => rank(a) - rank(b) || b.weight - a.weight || a.ruleId.localeCompare(b.ruleId));
  const advice = buildAdvice({
    channel: message.channel,
    brand: named ?? claim?.pack ?? null,
    findings,
    verdict: scored.verdict,
    country: options.country ?? 'US',
    sender: senderSourceOf(message),
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    channel: message.channel,
    verdict: scored.verdict,
    score: scored.score,
    brand,
    findings,
    advice,
    warnings: [...message.warnings, ...run.warnings, ...onlineAuthWarnings(options)],
    complete: run.complete && !isIncomplete([...message.warnings, ...onlineAuthWarnings(options)]),
    message: {
      ...(message.subject !== undefined ? { subject: message.subject } : {}),
      from: message.from ?? null,
      sender: message.sender ?? null,
      text: message.text,
      links: message.links.map((l) => ({ href: l.href, text: l.text })),
      attachments: message.attachments.map((a) => ({ filename: a.filename, mimeType: a.mimeType, size: a.size })),
      ...(message.ocr ? { origin: 'screenshot' as const, ocr: message.ocr } : message.extras?.origin ? { origin: message.extras.origin } : {}),
    },
    entities: prepared.entities,
  };
}

/**
 * One finding per rule and message id: a rule that reports the same thing several times (three
 * pressure phrases, two off-brand links) is listed once with all its evidence, at its strongest.
 * Scoring already counts such a rule once; the list a person reads should too.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  const key = (e: Finding['evidence'][number]): string => JSON.stringify(e);
  for (const f of findings) {
    const k = `${f.ruleId}\u0000${f.messageId}\u0000${f.effect ?? 'raise'}`;
    const prev = byKey.get(k);
    if (!prev) {
      byKey.set(k, { ...f, evidence: [...f.evidence] });
      continue;
    }
    const seen = new Set(prev.evidence.map(key));
    const evidence = [...prev.evidence, ...f.evidence.filter((e) => !seen.has(key(e)))].slice(0, 20);
    byKey.set(k, f.weight > prev.weight ? { ...f, evidence } : { ...prev, evidence });
  }
  return [...byKey.values()];
}

/**
 * Empty the memos that carry results from one message to the next: parsed URLs (urlInfo, up to
 * 5,000) and host classifications (classifyHost, up to 10,000). Real traffic repeats hosts and links,
 * so they pay off; a benchmark that replays the same corpus would hit them every time, so the bench
 * also measures with them emptied before every message. Results never depend on them.
 */
export function clearContentCaches(): void {
  clearUrlInfoCache();
  clearHostStatusCache();
}

/** Analyse one message. Throws ImpostorError only for bad calls (too large, unknown channel, empty). */
export async function analyze(req: ParseInput, options: AnalyzeOptions = {}): Promise<Report> {
  return (await analyzeWithMessage(req, options)).report;
}

/**
 * analyze(), with the parsed message beside its report: what is built from the analysis later (an
 * incident report reads the email's own Date header) takes it from here instead of parsing again.
 */
export async function analyzeWithMessage(req: ParseInput, options: AnalyzeOptions = {}): Promise<{ report: Report; message: Message }> {
  const prepared = await prepare(req, options);
  const run = runRules(prepared.ctx, options.rules ?? RULES, options.policy ?? POLICY);
  return { report: buildReport(prepared, run, options), message: prepared.message };
}
