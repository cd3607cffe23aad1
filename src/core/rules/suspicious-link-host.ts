import { isIncidentalLink, linkEvidence, type AnalyzedLink, type LinkFacts } from '../facts/links.js';
import { assessUrl, SUSPICIOUS_TOTAL, type UrlAssessment, type UrlSignalId } from '../signals/url-heuristics.js';
import { defineRule, standaloneInput, type RuleContext } from './define-rule.js';

// A link whose address has several traits of a throwaway phishing site at once: a subdomain of a
// free host or dynamic-DNS service, a most-abused TLD, a machine-made name, a fake domain in front of
// the real one, sign-in words in the host or path. No one trait counts alone (honest projects live
// on github.io and .xyz); the sum of graded strengths must reach "suspicious" (signals/url-heuristics.ts).
// In a message the standalone threshold decides whether there is a finding; its full strength
// needs a brand claim (see NO_CLAIM_FACTOR).

/** Strength factor for a message that claims no brand: alone it stays below "suspicious". */
export const NO_CLAIM_FACTOR = 0.6;

/**
 * A bare link or domain (checkUrl, checkDomain) is the whole lure: its traits count at full strength
 * and from this total on, so they add to its other findings. One weak trait (a .xyz TLD) is none.
 */
export const STANDALONE_TOTAL = 0.35;

/**
 * The traits a link is judged on, and the least total that makes a finding. In a message a host's
 * brand-like traits are left to the lookalike rule; a bare link keeps them unless it is a lookalike
 * (or names a brand in its path). A bare IP host is ip-address-link's finding: beside it, any trait
 * of its port and path counts.
 */
function traitsOf(ctx: RuleContext, f: LinkFacts): { as: UrlAssessment; min: number } {
  const all = assessUrl(f.target, ctx.brands);
  if (!standaloneInput(ctx)) return { as: withoutLookalikeSignals(all), min: SUSPICIOUS_TOTAL };
  const lookalike = f.status?.kind === 'lookalike' || !!f.pathBrand;
  return { as: lookalike ? withoutLookalikeSignals(all) : all, min: f.isIp ? 0.01 : STANDALONE_TOTAL };
}

/** Signals that other link rules already report (brand lookalikes): not counted twice. */
const LOOKALIKE_SIGNALS: ReadonlySet<UrlSignalId> = new Set(['brand-like-label', 'brand-in-path']);

/** Plain-words names of the traits, for the finding's message. */
export const SIGNAL_LABEL: Record<UrlSignalId, string> = {
  'dynamic-dns': 'a dynamic-DNS name',
  'free-hosting': 'a free hosting subdomain',
  'abused-tld': 'a TLD much used for phishing',
  'random-label': 'a random-looking name',
  'domain-in-subdomain': 'a fake domain in front of the real one',
  'brand-like-label': 'a brand-like name in the subdomain',
  'deep-subdomain': 'many subdomain levels',
  'host-keyword': 'sign-in words in the site name',
  'credential-path': 'a sign-in or verify page',
  'brand-in-path': 'a brand name in the path',
  'kit-path': 'a script or WordPress folder path',
  'odd-port': 'an unusual port',
  'punycode-host': 'an internationalised (punycode) name',
};

/** The finding's data for an assessment: the traits in words and their ids. */
export function heuristicData(host: string, a: UrlAssessment): Record<string, string | number> {
  return {
    host,
    traits: a.signals.map((s) => `${SIGNAL_LABEL[s.id]} (${s.detail})`).join(', '),
    signals: a.signals.map((s) => s.id).join(','),
    total: a.total,
  };
}

/** Drop the signals another rule already reports and recompute the total. */
export function withoutLookalikeSignals(a: UrlAssessment): UrlAssessment {
  const signals = a.signals.filter((s) => !LOOKALIKE_SIGNALS.has(s.id));
  return { signals, total: Math.min(1, Math.round(signals.reduce((x, s) => x + s.strength, 0) * 1000) / 1000) };
}

export default defineRule({
  meta: {
    id: 'suspicious-link-host',
    title: 'Link to a throwaway-looking website',
    description:
      'A link goes to an address with several traits of short-lived phishing sites. It may be on a free hosting or dynamic-DNS subdomain. Or it ends in a domain ending much used for phishing. Or it has a random name, a fake domain in front of the real one, or sign-in words.',
    category: 'link',
    channels: ['email', 'sms'],
    standalone: ['url', 'domain'],
    statement: 'lookalike-links',
    messages: {
      traits: 'A link goes to {{host}}, which shows {{traits}}.',
    },
    falsePositives: [
      'Hobby projects and small businesses on free hosting (GitHub Pages, Netlify, Vercel) or new cheap TLDs.',
      'Test and staging servers on dynamic DNS or tunnels, shared among developers.',
    ],
    references: [
      'https://www.spamhaus.org/reputation-statistics/cctlds/domains/',
      'https://interisle.net/insights',
      'https://www.ncsc.gov.uk/collection/phishing-scams/spot-scams',
    ],
  },
  check(ctx) {
    let best: { a: AnalyzedLink; as: UrlAssessment } | null = null;
    // Mails repeat the same link (logo, button, text link): each address is assessed once.
    const assessed = new Map<string, { as: UrlAssessment; min: number }>();
    for (const a of ctx.facts.links) {
      const f = a.facts;
      // Brand sites, mail-service trackers, opaque wrappers and footer links say nothing here.
      if (!f.host || f.opaqueWrapper || f.tracker || (f.isIp ? !standaloneInput(ctx) : !f.status || f.status.kind === 'official') || isIncidentalLink(a)) continue;
      let t = assessed.get(f.target);
      if (!t) assessed.set(f.target, (t = traitsOf(ctx, f)));
      if (t.as.total >= t.min && (!best || t.as.total > best.as.total)) best = { a, as: t.as };
    }
    if (!best) return [];
    // Developers share links to home servers on dynamic DNS and odd ports; such a host is a lure
    // mainly when the message speaks for a brand. Without a claim it only adds to other findings.
    const strength = ctx.facts.claim || standaloneInput(ctx) ? best.as.total : Math.round(best.as.total * NO_CLAIM_FACTOR * 1000) / 1000;
    return [{ messageId: 'traits' as const, evidence: [linkEvidence(best.a.link)], data: heuristicData(best.a.facts.host, best.as), strength }];
  },
});
