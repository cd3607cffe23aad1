import type { BrandClaim } from '../facts/types.js';
import { hostParts, officialBrandOf } from '../signals/lookalike.js';
import { isFreemail } from '../facts/sender.js';
import { defineRule } from './define-rule.js';

// Replies going somewhere other than the sender: a brand message whose Reply-To is a stranger's
// mailbox, or a company address whose replies go to a free mailbox (the business-email-compromise
// pattern). Mailing lists set Reply-To to the list, so list traffic is left alone.

export default defineRule({
  meta: {
    id: 'reply-to-mismatch',
    title: 'Replies go to a different address than the sender',
    description:
      'The Reply-To (or bounce) address is on a different domain than the From address: answers would go to someone other than the brand the message claims to be.',
    category: 'sender',
    channels: ['email'],
    statement: 'sender-domain',
    messages: {
      replyToElsewhere: 'Claims to be {{brand}}, but replies go to {{replyTo}}.',
      replyToFreemail: 'Sent from {{from}}, but replies go to the free mailbox {{replyTo}}.',
      returnPathFreemail: 'Claims to be {{brand}}, but bounces go to the free mailbox {{returnPath}}.',
    },
    falsePositives: [
      'Mailing lists and forums (skipped when list headers are present).',
      'Small businesses that send from a web form but take replies at a personal mailbox.',
    ],
    references: ['https://www.fbi.gov/how-we-can-help-you/scams-and-safety/common-scams-and-crimes/business-email-compromise'],
  },
  check(ctx) {
    const m = ctx.message;
    const from = m.from;
    if (!from?.domain || ctx.facts.sender.mailingList) return [];
    const claim: BrandClaim | null = ctx.facts.sender.assertedBrand;
    const claims = !!claim;
    const fromReg = ctx.facts.sender.registrable;
    for (const r of (m.replyTo ?? []).slice(0, 5)) {
      if (!r.domain) continue;
      const reg = hostParts(r.domain).registrable;
      if (reg === fromReg) continue;
      const ev = [{ kind: 'header' as const, header: 'reply-to', value: r.address }, { kind: 'header' as const, header: 'from', value: from.address }];
      if (claims && claim && officialBrandOf(r.domain, ctx.brands) !== claim.id) {
        return [{ messageId: 'replyToElsewhere' as const, evidence: ev, data: { brand: claim.pack.name, replyTo: r.address }, strength: isFreemail(r.domain) ? 1 : 0.7 }];
      }
      if (isFreemail(r.domain) && !ctx.facts.sender.freemail) {
        return [{ messageId: 'replyToFreemail' as const, evidence: ev, data: { from: from.address, replyTo: r.address }, strength: 0.6 }];
      }
    }
    const rpDomain = m.returnPath?.split('@')[1];
    if (claims && claim && rpDomain && isFreemail(rpDomain) && hostParts(rpDomain).registrable !== fromReg) {
      return [{ messageId: 'returnPathFreemail' as const, evidence: [{ kind: 'header', header: 'return-path', value: m.returnPath! }], data: { brand: claim.pack.name, returnPath: m.returnPath! }, strength: 0.6 }];
    }
    return [];
  },
});
