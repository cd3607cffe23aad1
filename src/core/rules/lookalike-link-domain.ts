import type { BrandClaim } from '../facts/types.js';
import { linkEvidence, type AnalyzedLink } from '../facts/links.js';
import { defineRule, standaloneInput } from './define-rule.js';

// A link whose host is made to look like a brand's (amaz0n.com, paypal-resolution.top, аpple.com,
// amazon.co.jp.account-verify.xyz), or that names the brand in the path of an unrelated site.

export default defineRule({
  meta: {
    id: 'lookalike-link-domain',
    title: 'Link to a lookalike of a brand website',
    description:
      'A link goes to a website whose address copies a brand’s. It may have look-alike or swapped letters, a typo, or the brand name plus extra words. Or the brand’s address is placed inside someone else’s domain.',
    category: 'link',
    channels: ['email', 'sms'],
    standalone: ['url', 'domain'],
    statement: 'lookalike-links',
    messages: {
      lookalike: 'A link goes to {{domain}}, a lookalike of {{brand}}’s {{imitates}} ({{technique}}).',
      brandInPath: 'A link goes to {{domain}} but puts "{{token}}" in its path to look like {{brand}}.',
    },
    falsePositives: [
      'Fan sites, resellers and news sites whose names contain a brand name plus other words.',
      'Brand-owned domains not yet listed in the brand pack.',
    ],
    references: ['https://github.com/elceef/dnstwist', 'https://www.unicode.org/reports/tr39/'],
  },
  check(ctx) {
    let best: { a: AnalyzedLink; strength: number; messageId: 'lookalike' | 'brandInPath'; data: Record<string, string> } | null = null;
    const claim = ctx.facts.claim;
    const links = ctx.facts.links;
    const ownBrands = new Set(links.map((a) => (a.facts.status?.kind === 'official' ? a.facts.status.brand : '')).filter(Boolean));
    for (const a of links) {
      const s = a.facts.status;
      if (s?.kind === 'lookalike') {
        const l = s.lookalike;
        // Brands run side sites named brand + word (marketing, community); with the brand's own links
        // beside it and no sign-in path, a brand-keyword host weighs less. Typos and homoglyphs do not.
        const soft = l.technique === 'brand-keyword' && ownBrands.has(l.brand) && !a.facts.loginPath;
        const strength = soft ? l.strength * 0.6 : Math.min(1, l.strength + (a.facts.loginPath ? 0.1 : 0));
        if (!best || strength > best.strength) {
          best = { a, strength, messageId: 'lookalike', data: { domain: l.display, brand: ctx.brandById(l.brand)?.name ?? l.brand, imitates: l.imitates, technique: l.technique } };
        }
      } else if (a.facts.pathBrand && (a.facts.loginPath || claim?.id === a.facts.pathBrand.brand || standaloneInput(ctx))) {
        // A brand in the path is common on shops and blogs; it counts with a sign-in path or a brand
        // claim, or in a bare link someone asks about (where it is the whole lure).
        const strength = standaloneInput(ctx) ? (a.facts.loginPath ? 0.8 : 0.65) : 0.5;
        if (!best || strength > best.strength) {
          best = { a, strength, messageId: 'brandInPath', data: { domain: a.facts.registrable, token: a.facts.pathBrand.token, brand: ctx.brandById(a.facts.pathBrand.brand)?.name ?? a.facts.pathBrand.brand } };
        }
      }
    }
    return best ? [{ messageId: best.messageId, evidence: [linkEvidence(best.a.link)], data: best.data, strength: best.strength }] : [];
  },
});
