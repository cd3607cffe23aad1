import type { Finding, Report, ReportRoute } from '../core/index.js';

// What the first phone screen says, derived from a finished report (never a re-analysis): the one
// to three reasons a person can check, the single next step for this message, the report routes in
// the order that matters for it, and the short text that "Send to someone you trust" shares. Pure
// and free of the DOM, so it is tested in Node and used by the page.

/**
 * Reasons the reader can check come first: who sent it, where its links go, whose number it is
 * (facts set against the brand's own published ones); then what it asks for and claims; then the
 * story and the pressure; the learned classifier last, because "the wording resembles scams" is the
 * one reason nobody can check.
 */
const TIER: Record<Finding['category'], number> = {
  phone: 1,
  sender: 1,
  link: 1,
  authentication: 1,
  attachment: 1,
  request: 2,
  impersonation: 2,
  pretext: 3,
  pressure: 3,
  // "Not fully checked": a fact about the check itself, after the reasons in the message.
  coverage: 8,
  model: 9,
  genuine: 10,
};

export function isModelFinding(f: Finding): boolean {
  return f.category === 'model';
}

/**
 * A rule that sets the message against the brand's own word: a statement the brand published
 * (policy by the brand itself, not a regulator's guidance), or a number checked against the
 * numbers the brand publishes. These lead, as the brand's own rule.
 */
export function isBrandRule(f: Finding): boolean {
  if (f.category === 'model' || f.category === 'genuine') return false;
  return f.policy?.byKind === 'brand' || (f.category === 'phone' && typeof f.data?.brand === 'string');
}

function tier(f: Finding): number {
  return isBrandRule(f) ? 0 : TIER[f.category];
}

/** The red flags (findings that raise the score): the brand's own rule first, checkable ones next, the classifier last; strongest first within a tier. */
export function rankedReasons(report: Report): Finding[] {
  return report.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.effect !== 'lower')
    .sort((a, b) => tier(a.f) - tier(b.f) || b.f.weight - a.f.weight || a.i - b.i)
    .map(({ f }) => f);
}

/** The reasons on the first screen: at most three; the classifier only when fewer checkable ones exist, and then last. */
export function topReasons(report: Report, max = 3): Finding[] {
  return rankedReasons(report).slice(0, max);
}

/** The genuine evidence (findings that lower the score), strongest first: at most `max`. */
export function genuineReasons(report: Report, max = 2): Finding[] {
  return report.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.effect === 'lower')
    .sort((a, b) => b.f.weight - a.f.weight || a.i - b.i)
    .slice(0, max)
    .map(({ f }) => f);
}

/** A phone number the message asks the reader to call, as the report's rules found it. */
export function callbackNumber(report: Report): string | null {
  for (const f of rankedReasons(report)) {
    const d = f.data ?? {};
    for (const k of ['number', 'phone', 'callback']) {
      const v = d[k];
      if (typeof v === 'string' && /\d{3}/.test(v)) return v;
    }
  }
  return null;
}

export type DontKind = 'call' | 'tap' | 'install' | 'pay' | 'reply';

export interface NextStep {
  /** What not to do with this message: the most specific thing (one). */
  dont: { kind: DontKind; number?: string }[];
  /** The brand's own way to check: the report's verification steps, the generic "Do not…" ones left out (at most two). */
  verify: { text: string; url?: string }[];
}

const RULE_DONT: [RegExp, DontKind][] = [
  [/remote-access|install|app-download/, 'install'],
  [/gift-card|crypto|wire-transfer|payment|fee|pay-/, 'pay'],
];

/** The single next step for this message: what not to do with it, then how to check with the brand. */
export function nextStep(report: Report): NextStep {
  const raised = report.findings.filter((f) => f.effect !== 'lower');
  const dont: NextStep['dont'] = [];
  for (const [re, kind] of RULE_DONT) if (raised.some((f) => re.test(f.ruleId)) && !dont.some((d) => d.kind === kind)) dont.push({ kind });
  const number = callbackNumber(report);
  if (number) dont.push({ kind: 'call', number });
  if (report.message.links.length > 0 || raised.some((f) => f.category === 'link')) dont.push({ kind: 'tap' });
  if (dont.length === 0) dont.push({ kind: 'reply' });
  // The core's "Do not tap the link or reply…" is generic; the specific "don't" above replaces it.
  const verify = report.advice.verify.filter((v) => !/^do not\b/i.test(v.text)).slice(0, 2);
  return { dont: dont.slice(0, 1), verify };
}

/**
 * Report routes in the order that matters for this message: the brand's own route first, then the
 * one the channel has (forwarding a text to 7726, the messaging app's "report junk"), the gift-card
 * company when gift cards were asked for, then the rest in the core's order (regulators, police).
 */
export function rankRoutes(report: Report, brandName: string | null): ReportRoute[] {
  const asked = (re: RegExp) => report.findings.some((f) => f.effect !== 'lower' && re.test(f.ruleId));
  const score = (r: ReportRoute): number => {
    let s = 0;
    if (brandName && r.name.toLowerCase().includes(brandName.toLowerCase())) s += 4;
    if (report.channel === 'sms' && (r.kind === 'sms' || r.kind === 'in-app')) s += 3;
    if (/gift card/i.test(r.name) && asked(/gift-card/)) s += 3;
    if (/identity/i.test(r.name)) s -= 2;
    return s;
  };
  // One route per brand at the top: the brand's older or second address goes to "more ways".
  const ranked = report.advice.report.map((r, i) => ({ r, i, s: score(r) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const seenBrand = ranked.findIndex((x) => x.s >= 4);
  if (seenBrand >= 0) for (const x of ranked.slice(seenBrand + 1)) if (x.s >= 4) x.s -= 4;
  return ranked.sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.r);
}

export interface ShareWords {
  intro: string;
  verdict: string;
  brand: string | null;
  reasonsTitle: string;
  reasons: string[];
  nextTitle: string;
  next: string[];
}

/** The plain-text summary that is shared or copied: verdict, reasons, next step; nothing of the message itself beyond what the reasons quote. */
export function shareText(w: ShareWords): string {
  const lines = [w.intro, w.brand ? `${w.verdict} (${w.brand})` : w.verdict];
  if (w.reasons.length) lines.push('', w.reasonsTitle, ...w.reasons.map((r) => `- ${r}`));
  if (w.next.length) lines.push('', w.nextTitle, ...w.next.map((n) => `- ${n}`));
  return lines.join('\n').slice(0, 2000);
}

/**
 * A reason as the first screen shows it: the fact, without the advice the rule appends after a
 * semicolon or colon ("…is not a number Amazon publishes; look the number up…"), which the next
 * step already gives. The whole message stays in "All red flags". A head too short to stand alone
 * keeps the whole message.
 */
export function reasonHead(message: string): string {
  const m = /^(.{24,}?)(?:;|:)\s+\S/u.exec(message);
  if (!m) return message;
  const head = m[1]!.trimEnd();
  // Not inside brackets or quotes: "(“If this was not you”): call…" cuts after the bracket.
  const open = (head.match(/[(“"]/g) ?? []).length, close = (head.match(/[)”"]/g) ?? []).length;
  if (head.includes('"') ? (head.match(/"/g) ?? []).length % 2 === 1 : open > close) return message;
  return /[.!?]$/.test(head) ? head : `${head}.`;
}
