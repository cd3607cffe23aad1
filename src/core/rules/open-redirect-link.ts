import { linkEvidence, type AnalyzedLink } from '../facts/links.js';
import { classifyHost } from '../signals/lookalike.js';
import { defineRule } from './define-rule.js';

// A link to a reputable site that carries another site's address in a parameter
// ("https://www.google.com/amp/s/evil.top", "…/redirect?url=https://evil.top"): the reader sees a
// trusted domain, the browser ends up elsewhere. Mail-security wrappers are unwrapped before this.

export default defineRule({
  meta: {
    id: 'open-redirect-link',
    title: 'Link bounces through a redirect to another site',
    description: 'A link goes to one site, but it carries another site’s address inside it. So it sends the reader to a place the visible domain does not show.',
    category: 'link',
    channels: ['email', 'sms'],
    standalone: ['url'],
    statement: 'lookalike-links',
    messages: {
      redirect: 'A link to {{host}} redirects to {{target}}.',
    },
    falsePositives: ['Login pages that return to the same company’s other domain; newsletter trackers that carry the target in clear.'],
    references: ['https://cwe.mitre.org/data/definitions/601.html'],
  },
  check(ctx) {
    let best: { a: AnalyzedLink; strength: number; target: string } | null = null;
    for (const a of ctx.facts.links) {
      const to = a.facts.redirectTo;
      if (!to) continue;
      const host = (/^(?:https?:)?\/\/([^/?#:@]+)/i.exec(to)?.[1] ?? to.replace(/^www\./i, 'www.').split('/')[0]!).toLowerCase();
      const target = classifyHost(host, ctx.brands);
      if (target.kind === 'official') continue;
      // Worst when a brand's own domain is used to bounce to a lookalike or stranger.
      const via = a.facts.status?.kind === 'official';
      const strength = target.kind === 'lookalike' ? 1 : via ? 0.9 : 0.5;
      if (!best || strength > best.strength) best = { a, strength, target: host };
    }
    return best ? [{ messageId: 'redirect' as const, evidence: [linkEvidence(best.a.link)], data: { host: best.a.facts.host, target: best.target }, strength: best.strength }] : [];
  },
});
