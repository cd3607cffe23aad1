import { linkEvidence } from '../facts/links.js';
import { defineRule, standaloneInput } from './define-rule.js';

// javascript:, vbscript:, data: and file: links run code or open content that never had a web
// address; mail clients block most, phishing kits use them to dodge URL scanners.

const BAD = new Set(['javascript', 'vbscript', 'data', 'file']);

export default defineRule({
  meta: {
    id: 'script-or-data-link',
    title: 'Link runs a script or opens embedded data',
    description: 'A link uses a javascript:, vbscript:, data: or file: address, which runs code or opens embedded content instead of a website.',
    category: 'link',
    channels: ['email'],
    standalone: ['url'],
    messages: {
      scheme: 'A link uses a {{scheme}}: address, which runs code or opens embedded content instead of a website.',
    },
    falsePositives: ['Badly built newsletters with "javascript:void(0)" placeholders (counted at low strength).'],
    references: ['https://owasp.org/www-community/attacks/xss/'],
  },
  check(ctx) {
    const a = ctx.facts.links.find((x) => BAD.has(x.facts.scheme));
    if (!a) return [];
    const compact = a.link.href.slice(0, 100).replace(/\s+/g, '').toLowerCase();
    const noop = /^javascript:(?:void\(?0\)?;?|;|returnfalse;?)?$/.test(compact);
    return [{ messageId: 'scheme' as const, evidence: [linkEvidence(a.link)], data: { scheme: a.facts.scheme }, strength: noop ? 0.2 : a.facts.scheme === 'data' || standaloneInput(ctx) ? 1 : 0.7 }];
  },
});
