import type { BrandClaim } from '../facts/types.js';
import { fromEvidence } from '../facts/sender.js';
import { defineRule } from './define-rule.js';

// Said plainly: for a message that claims a brand, we could not tell whether it really came from
// that brand, because there was no Authentication-Results header from a receiver we trust and no
// online check was run. Weight 0: information, not a red flag.

export default defineRule({
  meta: {
    id: 'auth-not-checked',
    title: 'Email authentication could not be checked',
    description:
      'The message claims a brand, but no trusted check proved who sent it. There was no Authentication-Results header from a known mail provider, and no online DNS check. So it is not known whether the brand really sent it.',
    category: 'authentication',
    channels: ['email'],
    messages: {
      notChecked: 'Could not check whether {{brand}} really sent this: no trusted authentication results. Run with --dns to check online.',
    },
    falsePositives: ['Always informational (weight 0).'],
    references: ['https://www.rfc-editor.org/rfc/rfc8601'],
  },
  check(ctx) {
    const m = ctx.message;
    if (ctx.facts.auth) return [];
    const claim: BrandClaim | null = ctx.facts.sender.assertedBrand;
    const brand = ctx.facts.sender.officialBrand ?? (claim ? claim.id : null);
    if (!brand) return [];
    return [{ messageId: 'notChecked' as const, evidence: [fromEvidence(m)], data: { brand: ctx.brandById(brand)?.name ?? brand } }];
  },
});
