import type { BrandClaim } from '../facts/types.js';
import { fromEvidence } from '../facts/sender.js';
import { defineRule } from './define-rule.js';

// Brands never write to customers from Gmail, Outlook.com, Yahoo or iCloud addresses.

export default defineRule({
  meta: {
    id: 'freemail-brand-sender',
    title: 'Brand message sent from a free mailbox',
    description: 'The message says it is from a brand. But it was sent from a free email account (Gmail, Outlook.com, Yahoo, iCloud…). Anyone can make one.',
    category: 'sender',
    channels: ['email'],
    statement: 'sender-domain',
    messages: {
      freemail: 'Presents itself as {{brand}}, but was sent from a free {{provider}} mailbox ({{address}}).',
    },
    falsePositives: ['A friend or relative forwarding genuine brand mail from their personal mailbox (counted at reduced strength).'],
    references: ['https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams'],
  },
  check(ctx) {
    const claim: BrandClaim | null = ctx.facts.claim;
    const from = ctx.message.from;
    if (!claim || !from?.domain || !ctx.facts.sender.freemail) return [];
    const forwarded = ctx.facts.sender.forwarded;
    if (!forwarded && !ctx.facts.sender.assertedBrand) return [];
    if (forwarded && !(claim.basis.includes('display-name') || claim.strength >= 2)) return [];
    const strength = forwarded ? 0.3 : 1;
    return [{ messageId: 'freemail' as const, evidence: [fromEvidence(ctx.message)], data: { brand: claim.pack.name, provider: from.domain, address: from.address }, strength }];
  },
});
