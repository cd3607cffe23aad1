import { isOfficialSenderDomain } from '../facts/claim.js';
import { lookalikeWord, officialBrandOf } from '../signals/lookalike.js';
import { fromEvidence } from '../facts/sender.js';
import { defineRule } from './define-rule.js';

// Tricks in the From header that make a stranger's address read as the brand: a brand name spelt
// with lookalike letters ("Аmazon" with Cyrillic А, "PayPaI"), a brand address written into the
// display name ("service@paypal.com" <x@evil.top>), or a brand-looking mailbox name
// (amazon-support@some-domain).

const ADDRESS_IN_NAME = /[a-z0-9._%+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5})|\b((?:[a-z0-9-]{1,63}\.){1,4}(?:com|net|org|co\.uk|co\.jp|de|fr|ca|me))\b/i;

export default defineRule({
  meta: {
    id: 'display-name-impersonation',
    title: 'Sender name disguised as a brand',
    description:
      'The From header is dressed up as a brand. Its display name spells the brand with look-alike letters. Or it shows a brand email address that is not the real sender. Or the mailbox name carries the brand on someone else’s domain.',
    category: 'sender',
    channels: ['email'],
    statement: 'sender-domain',
    messages: {
      homoglyphName: 'The sender name "{{name}}" copies {{brand}} with look-alike letters.',
      addressInName: 'The sender name shows {{shown}}, but the message really came from {{address}}.',
      brandLocalPart: 'The mailbox name "{{local}}" looks like {{brand}}, but the domain {{domain}} is not {{brand}}’s.',
    },
    falsePositives: [
      'Customer-support ticketing systems that put the customer’s address into the display name ("jane@amazon.com via Zendesk").',
      'A company mailbox legitimately named after a brand it resells (amazon-orders@shop.example).',
    ],
    references: ['https://www.microsoft.com/en-us/security/business/security-101/what-is-a-spoofing-attack'],
  },
  check(ctx) {
    const m = ctx.message;
    const from = m.from;
    if (!from) return [];
    const domain = from.domain;
    const ownBrand = ctx.facts.sender.officialBrand;
    const name = from.name.slice(0, 200);
    if (name) {
      const shown = ADDRESS_IN_NAME.exec(name);
      const shownDomain = (shown?.[1] ?? shown?.[2] ?? '').toLowerCase();
      if (shown && shownDomain && shownDomain !== domain) {
        const brand = officialBrandOf(shownDomain, ctx.brands);
        if (brand && brand !== ownBrand) {
          return [{ messageId: 'addressInName' as const, evidence: [fromEvidence(m)], data: { shown: shown[0], address: from.address || '(none)', brand } }];
        }
      }
      for (const word of name.split(/[^\p{L}\p{N}-]+/u).slice(0, 12)) {
        const hit = lookalikeWord(word, ctx.brands);
        if (!hit || (hit.technique !== 'homoglyph' && hit.technique !== 'idn-homoglyph')) continue;
        const pack = ctx.brandById(hit.brand);
        if (!pack || (domain && isOfficialSenderDomain(pack, domain))) continue;
        return [{ messageId: 'homoglyphName' as const, evidence: [fromEvidence(m)], data: { name: word, brand: pack.name } }];
      }
    }
    const local = from.address.split('@')[0] ?? '';
    if (local && domain && !ownBrand) {
      for (const pack of ctx.brands) {
        const token = pack.domainTokens.find((t) => local.includes(t));
        if (!token || isOfficialSenderDomain(pack, domain)) continue;
        return [{ messageId: 'brandLocalPart' as const, evidence: [fromEvidence(m)], data: { local, brand: pack.name, domain }, strength: 0.7 }];
      }
    }
    return [];
  },
});
