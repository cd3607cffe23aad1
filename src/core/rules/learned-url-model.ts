import type { BrandPack } from '../brands/schema.js';
import { committedUrlModel } from '../model/assets.js';
import { modelDomainOf, UrlModel } from '../model/url-model.js';
import { isIncidentalLink, linkEvidence, type AnalyzedLink } from '../facts/links.js';
import { defineRule, standaloneInput } from './define-rule.js';

// The learned URL model (model/url-model.ts, scripts/train-url.ts) as one finding: a logistic
// regression over the character n-grams and shape of a link's registrable domain, trained on
// phishing domains (JPCERT/CC, OpenPhish) against Majestic top sites. It knows only the name, never
// the site: its finding says the name resembles phishing domains, not that the site is one. Brand
// domains, shared platforms and shorteners are never scored (modelDomainOf).

/** Strength at the operating threshold: with the policy weight (0.5) exactly "suspicious" (0.4). */
const STRENGTH_AT_THRESHOLD = 0.8;
/** In a message that claims no brand the finding only adds to others (alone it stays below "suspicious"). */
export const NO_CLAIM_FACTOR = 0.6;

/**
 * Which model to use: options.urlModel false turns it off, a UrlModel replaces the committed one
 * (models/url-model, read on first use through the adapter's model source: model/assets.ts).
 */
export function urlModelFrom(opt: unknown): UrlModel | null {
  if (opt === false) return null;
  return opt instanceof UrlModel ? opt : committedUrlModel();
}

export interface UrlModelJudgement {
  registrable: string;
  probability: number;
  /** 0.8 at the threshold, 1 at p = 1. */
  strength: number;
}

/** The model's judgement of a host, when it scores the host and reaches its threshold. */
export function judgeHost(host: string, brands: readonly BrandPack[], model: UrlModel): UrlModelJudgement | null {
  const name = modelDomainOf(host, brands);
  if (!name) return null;
  const p = model.probability(name, brands);
  const t = model.threshold;
  if (!(p >= t)) return null;
  const strength = t < 1 ? STRENGTH_AT_THRESHOLD + (1 - STRENGTH_AT_THRESHOLD) * ((p - t) / (1 - t)) : 1;
  return { registrable: name.registrable, probability: Math.round(p * 1000) / 1000, strength: Math.round(Math.min(1, strength) * 1000) / 1000 };
}

/** The finding's data: the domain and the model's probability as a percentage (never "100%": it is a resemblance). */
export function judgementData(j: UrlModelJudgement): Record<string, string | number> {
  return { domain: j.registrable, probability: j.probability, percent: Math.min(99, Math.floor(j.probability * 100)) };
}

export default defineRule({
  meta: {
    id: 'learned-url-model',
    title: 'Link domain resembles phishing domains (learned model)',
    description:
      'A classifier rates how much the name of a link’s domain looks like a phishing domain. It was trained on tens of thousands of phishing domains and on popular websites. It reads only the name (its letters, words, length and ending), never the page. So it is a likeness, not proof.',
    category: 'model',
    channels: ['email', 'sms'],
    standalone: ['url', 'domain'],
    messages: {
      resembles: 'The domain name {{domain}} resembles phishing domains ({{percent}}%, learned model).',
    },
    falsePositives: [
      'Small or new sites with machine-like or hyphenated names on cheap top-level domains.',
      'Genuine sites whose names mix a brand name with other words (resellers, fan sites).',
    ],
    references: ['https://en.wikipedia.org/wiki/Feature_hashing', 'https://www.phishtank.com/faq.php'],
  },
  check(ctx) {
    const model = urlModelFrom(ctx.options.urlModel);
    if (!model) return [];
    let best: { a: AnalyzedLink; j: UrlModelJudgement } | null = null;
    const seen = new Set<string>();
    for (const a of ctx.facts.links) {
      const f = a.facts;
      if (!f.host || f.isIp || f.opaqueWrapper || f.tracker || !f.status || f.status.kind === 'official' || isIncidentalLink(a)) continue;
      if (seen.has(f.registrable) || seen.size >= 40) continue;
      seen.add(f.registrable);
      const j = judgeHost(f.host, ctx.brands, model);
      if (j && (!best || j.probability > best.j.probability)) best = { a, j };
    }
    if (!best) return [];
    const strength = ctx.facts.claim || standaloneInput(ctx) ? best.j.strength : Math.round(best.j.strength * NO_CLAIM_FACTOR * 1000) / 1000;
    return [{ messageId: 'resembles' as const, evidence: [linkEvidence(best.a.link)], data: judgementData(best.j), strength }];
  },
});
