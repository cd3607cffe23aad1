import type { BrandClaim } from '../facts/types.js';
import { isIncidentalLink, linkEvidence, type AnalyzedLink } from '../facts/links.js';
import { defineRule } from './define-rule.js';

// A message that presents itself as a brand but whose links lead somewhere else. Genuine brand
// mail links to the brand's own site; footer links (unsubscribe, social profiles) and mail-security
// wrappers are looked through, not counted.

export default defineRule({
  meta: {
    id: 'off-brand-link',
    title: 'Claims a brand but links elsewhere',
    description:
      'The message says it is from a brand, but its links go to websites that are not that brand’s. This is checked after removing link-safety wrappers.',
    category: 'link',
    channels: ['email', 'sms'],
    statement: 'lookalike-links',
    messages: {
      offBrand: 'Presents itself as {{brand}}, but a link goes to {{domain}}, which is not a {{brand}} website.',
      userContent: 'Presents itself as {{brand}}, but links to {{host}}, where anyone can publish pages.',
    },
    falsePositives: [
      'Brand newsletters sent through an email service whose click tracker hides the real target (counted at reduced strength).',
      'Sellers, affiliates or news sites writing about the brand and linking to their own pages.',
    ],
    references: ['https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams'],
  },
  check(ctx) {
    const claim: BrandClaim | null = ctx.facts.sender.assertedBrand;
    if (!claim || claim.officialSender) return [];
    const userHosts = new Set(claim.pack.userContentHosts.map((h) => h.host));
    let offBrand = 0;
    let ownLinks = 0;
    let first: AnalyzedLink | null = null;
    let firstStrength = 0;
    for (const a of ctx.facts.links) {
      const f = a.facts;
      if (!f.registrable || f.opaqueWrapper || isIncidentalLink(a)) continue;
      if (userHosts.has(f.host)) {
        return [{ messageId: 'userContent' as const, evidence: [linkEvidence(a.link)], data: { brand: claim.pack.name, host: f.host } }];
      }
      // Lookalike hosts are reported (and weighed) by lookalike-link-domain.
      if (f.status?.kind === 'lookalike') continue;
      if (f.status?.kind === 'official') {
        if (f.status.brand === claim.id) ownLinks++;
        continue;
      }
      offBrand++;
      const strength = f.tracker ? 0.5 : 1;
      if (strength > firstStrength) {
        first = a;
        firstStrength = strength;
      }
    }
    if (!first) return [];
    // Genuine brand promotions mix the brand's links with partner shops; a kit that copies a real
    // footer does too, so this only softens the finding, and lookalike hosts are judged on their own.
    if (ownLinks > 0 && !first.facts.loginPath) firstStrength = Math.min(firstStrength, 0.3);
    return [{ messageId: 'offBrand' as const, evidence: [linkEvidence(first.link)], data: { brand: claim.pack.name, domain: first.facts.registrable, count: offBrand }, strength: firstStrength }];
  },
});
