import { linkEvidence, textTargetMismatch } from '../facts/links.js';
import { defineRule } from './define-rule.js';

// The link shows one address and goes to another: "www.paypal.com" that opens paypal-verify.top.
// Wrappers are unwrapped first, so a Safe Links rewrite of a genuine link is not a mismatch.

export default defineRule({
  meta: {
    id: 'link-text-mismatch',
    title: 'Link shows one address but goes to another',
    description: 'A link’s visible text is a web address, but clicking it leads to a different website.',
    category: 'link',
    channels: ['email'],
    statement: 'lookalike-links',
    messages: {
      mismatch: 'A link shows {{shown}} but goes to {{target}}.',
    },
    falsePositives: [
      'Newsletters whose email service rewrites every link through its click tracker (counted at reduced strength).',
      'Companies that show their short brand domain but link to a related domain they also own.',
    ],
    references: ['https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams'],
  },
  check(ctx) {
    let best: { ev: ReturnType<typeof linkEvidence>; strength: number; shown: string; target: string } | null = null;
    for (const a of ctx.facts.links) {
      if (a.link.origin !== 'html') continue;
      const mm = textTargetMismatch(a.link.text, a.facts, ctx.brands);
      if (!mm) continue;
      const strength = mm.shownBrand ? 1 : a.facts.tracker ? 0.3 : 0.6;
      if (!best || strength > best.strength) best = { ev: linkEvidence(a.link), strength, shown: mm.shownDomain, target: mm.targetDomain };
    }
    return best ? [{ messageId: 'mismatch' as const, evidence: [best.ev], data: { shown: best.shown, target: best.target }, strength: best.strength }] : [];
  },
});
