import type { BrandClaim } from '../facts/types.js';
import { JURISDICTIONS } from '../brands/index.js';
import { ev } from '../signals/match.js';
import { defineRule } from './define-rule.js';

// Properties of the number itself: premium-rate numbers charge the caller (the "call 09… to claim
// your prize" pattern), and a brand message from a foreign country's number does not fit a brand
// serving the reader's country.

export default defineRule({
  meta: {
    id: 'foreign-or-premium-number',
    title: 'Premium-rate or foreign phone number',
    description: 'The message gives a premium-rate number: calling it costs money. Or it claims a brand but gives a number in another country.',
    category: 'phone',
    channels: ['email', 'sms', 'call'],
    messages: {
      premium: 'The number {{number}} is a premium-rate line: calling it costs you money.',
      foreign: 'Claims {{brand}} but gives a number in {{country}}, not in your country ({{home}}).',
    },
    falsePositives: ['Competitions and votes that use premium lines openly; travellers’ messages with foreign numbers.'],
    references: ['https://www.ofcom.org.uk/phones-and-broadband/scam-calls-and-messages'],
  },
  check(ctx) {
    const home = String(ctx.options['country'] ?? 'US').toUpperCase();
    const claim: BrandClaim | null = ctx.facts.sender.assertedBrand;
    let foreign: { span: { start: number; end: number }; number: string; country: string } | null = null;
    for (const { entity: e, data: d } of ctx.facts.phones.all) {
      if (!e.span || !d) continue;
      if (d.type === 'PREMIUM_RATE') return [{ messageId: 'premium' as const, evidence: [ev(ctx.text, e.span)], data: { number: d.national } }];
      if (!foreign && d.country && d.country !== home && !(home === 'US' && d.country === 'CA')) foreign = { span: e.span, number: d.national, country: d.country };
    }
    // The markets Impostor covers (jurisdiction packs) and the brand's own reporting countries are
    // not "foreign": a US reader may well get a genuine UK mail from the same brand.
    const markets = new Set<string>([...JURISDICTIONS.map((j) => j.country), ...(claim ? claim.pack.report.map((r) => r.country).filter((c): c is string => !!c) : [])]);
    if (foreign && claim && claim.strength >= 2 && !claim.officialSender && !markets.has(foreign.country)) {
      return [{ messageId: 'foreign' as const, evidence: [ev(ctx.text, foreign.span)], data: { brand: claim.pack.name, country: foreign.country, home }, strength: 0.7 }];
    }
    return [];
  },
});
