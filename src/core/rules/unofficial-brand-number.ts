import type { BrandClaim } from '../facts/types.js';
import { ev } from '../signals/match.js';
import { defineRule } from './define-rule.js';

// A message claiming a brand gives a phone number that is not one the brand publishes. Only
// numbers the pack marks "official" count as the brand's; an unverified number is never presented
// as official, and the advice sends people to the brand's own site or app instead.

const SUPPORT = /\b(?:call|phone|dial|ring|contact|helpline|hotline|support|customer (?:service|care)|fraud|security|billing)\b/;

export default defineRule({
  meta: {
    id: 'unofficial-brand-number',
    title: 'Phone number that is not the brand’s',
    description: 'The message claims a brand and gives a phone number to call. But the number is not one the brand publishes.',
    category: 'phone',
    channels: ['email', 'sms', 'call'],
    statement: 'unsolicited-call',
    messages: {
      notOfficial: 'Gives the number {{number}} for {{brand}}, but it is not a number {{brand}} publishes; look the number up on {{brand}}’s own website or app instead.',
    },
    falsePositives: ['Genuine brand mail that lists a regional support number missing from the brand pack (genuine mail that passes authentication is lowered separately).'],
    references: ['https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams'],
  },
  check(ctx) {
    const claim: BrandClaim | null = ctx.facts.sender.assertedBrand;
    if (!claim || claim.officialSender || claim.strength < 2) return [];
    // The asserted brand is the claim, so the phone facts say which numbers it publishes.
    for (const { entity: e, data: d, official } of ctx.facts.phones.all) {
      if (!e.span || official) continue;
      // A number presented as the brand's line ("PayPal support: …", "call us") counts fully; a number
      // elsewhere in a brand message (a partner shop's) counts for little.
      const around = ctx.text.slice(Math.max(0, e.span.start - 120), e.span.start).toLowerCase();
      const presented = SUPPORT.test(around) || claim.pack.aliases.some((al) => around.includes(al.toLowerCase()));
      const base = d?.type === 'PREMIUM_RATE' ? 1 : d?.type === 'TOLL_FREE' ? 0.9 : 0.8;
      const strength = presented ? base : 0.3;
      return [{ messageId: 'notOfficial' as const, evidence: [ev(ctx.text, e.span)], data: { number: d?.national ?? e.value, brand: claim.pack.name }, strength }];
    }
    return [];
  },
});
