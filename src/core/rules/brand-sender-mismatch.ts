import { isOfficialSenderDomain } from '../facts/claim.js';
import { fromEvidence } from '../facts/sender.js';
import { defineRule } from './define-rule.js';

// Sublime-style brand impersonation: the message presents itself as the brand (display name,
// subject, "your Amazon account") but the From domain is not one the brand sends from.

export default defineRule({
  meta: {
    id: 'brand-sender-mismatch',
    title: 'Claims a brand but is not sent from its domain',
    description:
      'The display name, subject or wording says the message is from a brand. But it was sent from an address that is not on any of that brand’s email domains.',
    category: 'sender',
    channels: ['email'],
    statement: 'sender-domain',
    messages: {
      notBrandDomain: 'Presents itself as {{brand}}, but was sent from {{domain}}, which is not a {{brand}} email domain.',
      noSenderAddress: 'Presents itself as {{brand}}, but the From header has no usable address.',
    },
    falsePositives: [
      'A person forwarding genuine brand mail ("Fwd: Your Amazon order") — the forward comes from their own address (counted at reduced strength).',
      'Brands that send some mail through partners or new domains not yet in the brand pack.',
      'Marketplace sellers and affiliates writing about the brand in their own newsletters.',
    ],
    references: ['https://www.amazon.com/gp/help/customer/display.html?nodeId=GVFLSA7TXKBQKAW7', 'https://sublime.security/'],
  },
  check(ctx) {
    const claim = ctx.facts.claim;
    const m = ctx.message;
    if (!claim || claim.officialSender) return [];
    // List posts and news that name a brand in the subject are not claims to be the brand.
    if (!ctx.facts.sender.assertedBrand && !(ctx.facts.sender.forwarded && claim.strength >= 2)) return [];
    const domain = m.from?.domain ?? '';
    if (domain && isOfficialSenderDomain(claim.pack, domain)) return [];
    const forwarded = ctx.facts.sender.forwarded;
    if (!domain) {
      // A pasted body without headers has no sender to compare.
      if (!m.headers.some((h) => h.name === 'from')) return [];
      return [{ messageId: 'noSenderAddress' as const, evidence: [fromEvidence(m), ...claim.evidence.slice(0, 1)], data: { brand: claim.pack.name }, strength: 0.6 }];
    }
    const strength = forwarded ? 0.4 : claim.basis.includes('display-name') ? 1 : 0.8;
    return [{ messageId: 'notBrandDomain' as const, evidence: [fromEvidence(m), ...claim.evidence.filter((e) => e.kind === 'text').slice(0, 1)], data: { brand: claim.pack.name, domain }, strength }];
  },
});
