import { hostParts } from '../signals/lookalike.js';
import { defineRule } from './define-rule.js';

// The From address is on a brand's own domain, and the receiving provider (or our online check)
// says it failed DMARC: the brand's domain was forged.

export default defineRule({
  meta: {
    id: 'dmarc-fail-brand',
    title: 'Brand address failed email authentication',
    description:
      'The message claims to come from a brand’s own email domain. But the email’s authentication failed (DMARC, or SPF and DKIM together). The brand’s address was forged.',
    category: 'authentication',
    channels: ['email'],
    statement: 'sender-domain',
    messages: {
      dmarcFail: 'The sender address is on {{domain}}, but {{authserv}} reports that it failed DMARC: it did not really come from {{brand}}.',
      spfAndDkimFail: 'The sender address is on {{domain}}, but neither SPF nor DKIM confirmed it came from {{brand}}.',
    },
    falsePositives: ['Genuine brand mail forwarded through a mailing list or forwarder that breaks signatures (ARC may show the original pass).'],
    references: ['https://www.rfc-editor.org/rfc/rfc7489'],
  },
  check(ctx) {
    const from = ctx.message.from;
    const v = ctx.facts.auth;
    if (!from?.domain || !v) return [];
    const brand = ctx.facts.sender.officialBrand;
    if (!brand) return [];
    const pack = ctx.brandById(brand)!;
    const ev = [{ kind: 'header' as const, header: v.header, value: v.value }, { kind: 'header' as const, header: 'from', value: from.address }];
    const data = { domain: from.domain, brand: pack.name, authserv: v.authservId || 'the receiving server' };
    if (v.dmarc?.result === 'fail') return [{ messageId: 'dmarcFail' as const, evidence: ev, data }];
    if (!v.dmarc || v.dmarc.result === 'none') {
      const reg = ctx.facts.sender.registrable;
      const dkimOk = v.dkim.some((d) => d.result === 'pass' && hostParts(d.domain).registrable === reg);
      const spfFail = v.spf?.result === 'fail' || v.spf?.result === 'softfail';
      if (!dkimOk && spfFail) return [{ messageId: 'spfAndDkimFail' as const, evidence: ev, data, strength: 0.7 }];
    }
    return [];
  },
});
