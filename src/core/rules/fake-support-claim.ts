import type { Evidence } from '../types.js';
import { ev, type Match } from '../signals/match.js';
import { FIRST_PERSON, SUPPORT_DESK } from '../signals/pressure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// "This is Amazon security", "I am a Microsoft certified technician", "you have been contacted by the
// cancellation department": the caller or sender claims to be a brand's support, fraud or security
// desk. Brands do not cold-call about fraud or tech problems (Microsoft: "Microsoft does not send
// unsolicited messages or make unsolicited calls"). A desk tied to a brand is stronger than a bare
// "fraud department"; mail really sent from the brand's own domain is not a claim to flag.

// Desks scammers impersonate most; a plain "customer service" signature is far weaker.
const SENSITIVE = /secur|fraud|tech|certified|cancel|refund|billing|verification|dispute|disconnection|trust|sicherheit|betrug|seguridad|fraude|técnic|sécurité|segurança|beveiliging|technische/iu;

export default defineRule({
  meta: {
    id: 'fake-support-claim',
    title: 'Claims to be a support, fraud or security team',
    description:
      'The message presents itself as a brand’s security, fraud, billing, cancellation or technical support team. Brands do not contact you out of the blue about fraud or tech problems; contact them through their own app or website.',
    category: 'impersonation',
    channels: ['email', 'sms', 'call'],
    statement: 'unsolicited-call',
    messages: {
      brandDesk: 'Claims to be {{brand}}’s {{desk}}.',
      genericDesk: 'Claims to be a {{desk}}.',
    },
    falsePositives: [
      'Genuine replies from a support team you contacted first.',
      'Newsletters and signatures that name a customer service team.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams',
      'https://support.microsoft.com/en-us/help/4013405/windows-protect-from-tech-support-scams',
    ],
  },
  check(ctx) {
    const brand = ctx.facts.claim;
    // Mail that really comes from the brand's own sender domain is the brand, not a claim.
    if ((brand as { officialSender?: boolean } | null)?.officialSender) return [];
    const desks = cues(ctx.facts, SUPPORT_DESK, 8);
    const fromName = ctx.message.from?.name ?? '';
    const headerDesk = fromName ? new RegExp(SUPPORT_DESK.source, 'iu').exec(fromName) : null;
    if (!desks.length && !headerDesk) return [];
    const firsts = cues(ctx.facts, FIRST_PERSON, 12);
    // The desk belongs to a brand when a mention of it sits right before or after the desk
    // ("Amazon security team", "Sicherheitsabteilung von Amazon").
    const mentions = ctx.byType('brand');
    const brandAt = (m: Match) => mentions.find((e) => e.span && e.span.end >= m.start - 40 && e.span.start <= m.end + 30);
    const brandNear = (m: Match) => !!brandAt(m);
    let best: { m: Match | null; strength: number; brandName: string | undefined; desk: string; evidence: Evidence[] } | null = null;
    for (const m of desks) {
      const fp = firsts.find((f) => f.end <= m.start && m.start - f.end <= 60);
      const branded = brandNear(m);
      // Without first-person framing, a desk only counts when it is the claimed brand's own desk
      // ("Amazon Security Department") in a message that clearly claims that brand.
      if (!fp && !(branded && ctx.facts.strongClaim)) continue;
      const sensitive = SENSITIVE.test(m.text);
      const strength = (sensitive ? 0.6 : 0.3) + (branded || (brand && fp) ? 0.4 : 0);
      if (!best || strength > best.strength) {
        const evidence = fp ? [ev(ctx.text, fp), ev(ctx.text, m)] : [ev(ctx.text, m)];
        const mention = brandAt(m);
        const name = mention ? ctx.brandById(mention.value)?.name : brand && fp ? brand.pack.name : undefined;
        best = { m, strength, brandName: name, desk: m.text, evidence };
      }
    }
    if (!best && headerDesk && brand) {
      const sensitive = SENSITIVE.test(headerDesk[0]);
      best = {
        m: null,
        strength: sensitive ? 0.9 : 0.5,
        brandName: brand.pack.name,
        desk: headerDesk[0],
        evidence: [{ kind: 'header', header: 'from', value: ctx.message.from?.address ? `${fromName} <${ctx.message.from.address}>` : fromName }],
      };
    }
    if (!best) return [];
    const data: Record<string, string> = { desk: best.desk };
    if (best.brandName) {
      data.brand = best.brandName;
      // "Microsoft technical support" reads "Microsoft’s technical support", not "Microsoft’s Microsoft …".
      const lead = best.brandName.split(/[\s(]/u)[0]!.toLowerCase();
      if (lead && best.desk.toLowerCase().startsWith(lead + ' ')) data.desk = best.desk.slice(lead.length + 1);
    }
    return [{ messageId: best.brandName ? 'brandDesk' : 'genericDesk', evidence: best.evidence, data, strength: Math.min(1, best.strength) }];
  },
});
