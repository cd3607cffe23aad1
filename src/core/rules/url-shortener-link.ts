import { linkEvidence } from '../facts/links.js';
import { defineRule } from './define-rule.js';

// A shortener hides where a link goes. Brands link to their own domains; a shortened link in a
// message that claims a brand is a common smishing pattern.

export default defineRule({
  meta: {
    id: 'url-shortener-link',
    title: 'Link hidden behind a URL shortener',
    description: 'A link goes through a URL-shortening service (bit.ly, tinyurl…), which hides the real destination.',
    category: 'link',
    channels: ['email', 'sms'],
    standalone: ['url'],
    statement: 'lookalike-links',
    messages: {
      shortener: 'A link goes through the URL shortener {{host}}, which hides where it really leads.',
    },
    falsePositives: ['Friends, newsletters and small businesses sharing links through shorteners.'],
    references: ['https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages'],
  },
  check(ctx) {
    const a = ctx.facts.links.find((x) => x.facts.shortener);
    if (!a) return [];
    const claim = ctx.facts.claim;
    return [{ messageId: 'shortener' as const, evidence: [linkEvidence(a.link)], data: { host: a.facts.shortener! }, strength: claim && claim.strength >= 2 ? 1 : 0.6 }];
  },
});
