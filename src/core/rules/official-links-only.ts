import { linkEvidence } from '../facts/links.js';
import { defineRule } from './define-rule.js';

// Genuine evidence. "Your order has shipped — track it at https://www.amazon.com/your-orders" is
// what the brand sends; the scam's link goes somewhere else, because the scammer cannot put a page
// on the brand's own site. Every link going to the brand's official domains (no shortener, no
// redirect, no user-content page such as paypal.me or Microsoft Forms) and no unpublished number
// to call lowers the score. It does not prove who sent the message.

export default defineRule({
  meta: {
    id: 'official-links-only',
    title: 'Every link goes to the brand’s own website',
    description:
      'All links in the message go to the official domains of the brand it names — no shortener, redirect or user-content page — and it gives no other number to call. Scam links cannot go to the brand’s own site, so this lowers the score; typing the address yourself is still the safe way to check.',
    category: 'genuine',
    channels: ['sms', 'email'],
    messages: {
      officialLinks: 'Every link goes to {{brand}}’s own website ({{domains}}).',
    },
    falsePositives: [
      'A scam that links only to the real brand site to look genuine and puts its request elsewhere (a reply, a call): those requests are flagged on their own.',
      'An open redirect on a brand domain that the link checks do not recognise.',
    ],
    references: ['https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams'],
  },
  check(ctx) {
    const v = ctx.facts.linkVerdict;
    if (!v.allOfficial || ctx.facts.phones.unpublished.length) return [];
    const claim = ctx.facts.claim;
    // Links to one brand's site in a message claiming another are not that brand's links.
    if (claim && v.brands.some((b) => b !== claim.id)) return [];
    const brandId = claim?.id ?? (v.brands.length === 1 ? v.brands[0]! : null);
    if (!brandId) return [];
    const pack = ctx.brandById(brandId)!;
    const domains = [...new Set(v.links.map((a) => a.facts.registrable))].slice(0, 3).join(', ');
    return [{ messageId: 'officialLinks' as const, evidence: v.links.slice(0, 3).map((a) => linkEvidence(a.link)), data: { brand: pack.name, domains }, effect: 'lower' as const }];
  },
});
