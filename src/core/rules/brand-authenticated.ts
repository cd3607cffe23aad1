import { hostParts } from '../signals/lookalike.js';
import { defineRule } from './define-rule.js';

// The good news that lowers the score: the From address is on a brand's own domain, DKIM signed
// by that domain passed, and DMARC passed (so the signature aligns with From). A genuine Amazon
// mail must not be flagged for its wording ("your order", "verify").

export default defineRule({
  meta: {
    id: 'brand-authenticated',
    title: 'Authenticated mail from the brand’s own domain',
    description: 'The sender is on the brand’s own email domain and passed DKIM and DMARC, so the brand really sent it. This lowers the score.',
    category: 'authentication',
    channels: ['email'],
    messages: {
      authenticated: 'Sent from {{domain}} and signed by {{signer}} (DKIM and DMARC passed, checked by {{authserv}}): it really comes from {{brand}}.',
    },
    falsePositives: [
      'A compromised brand account or a brand service abused to send scam content (authentication proves the sender, not the content).',
    ],
    references: ['https://www.rfc-editor.org/rfc/rfc7489', 'https://www.rfc-editor.org/rfc/rfc6376'],
  },
  check(ctx) {
    const from = ctx.message.from;
    const v = ctx.facts.auth;
    if (!from?.domain || !v || v.dmarc?.result !== 'pass') return [];
    // A free mailbox (outlook.com, gmail.com) passes its own DKIM and DMARC for anyone who has one.
    if (ctx.facts.sender.freemail) return [];
    const brand = ctx.facts.sender.officialBrand;
    if (!brand) return [];
    const reg = ctx.facts.sender.registrable;
    if (v.dmarc.headerFrom && hostParts(v.dmarc.headerFrom).registrable !== reg) return [];
    const signer = v.dkim.find((d) => d.result === 'pass' && (d.aligned ?? hostParts(d.domain).registrable === reg));
    if (!signer) return [];
    return [{
      messageId: 'authenticated' as const,
      evidence: [{ kind: 'header', header: v.header, value: v.value }],
      data: { domain: from.domain, signer: signer.domain, authserv: v.authservId || 'online check', brand: ctx.brandById(brand)!.name },
      effect: 'lower' as const,
    }];
  },
});
