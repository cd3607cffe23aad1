import { classifyHost } from '../signals/lookalike.js';
import { fromEvidence, senderEvidence } from '../facts/sender.js';
import type { Evidence } from '../types.js';
import { defineRule } from './define-rule.js';

// The sending address sits on a domain built to pass for the brand's: amaz0n.com, paypal-secure.top,
// аpple.com with a Cyrillic а, amazon.com.verify-id.top. Checked for From, Reply-To and Return-Path,
// and for a text message sent from an email address.

export default defineRule({
  meta: {
    id: 'lookalike-sender-domain',
    title: 'Sent from a lookalike of a brand domain',
    description:
      'An address of the message is on a domain made to look like a brand’s. That is the From, Reply-To or Return-Path, or the sender of a text. The domain may have swapped or look-alike letters, a typo or extra words. Or the brand name sits inside someone else’s domain.',
    category: 'sender',
    channels: ['email', 'sms'],
    statement: 'sender-domain',
    messages: {
      lookalike: 'The {{header}} address is on {{domain}}, a lookalike of {{brand}}’s {{imitates}} ({{technique}}).',
    },
    falsePositives: [
      'Small businesses whose names happen to resemble a brand (counted only when the resemblance is close).',
      'Brand-owned domains not yet listed in the brand pack.',
    ],
    references: ['https://github.com/elceef/dnstwist'],
  },
  check(ctx) {
    const m = ctx.message;
    const candidates: { header: string; domain: string; evidence: Evidence }[] = [];
    if (m.from?.domain) candidates.push({ header: m.channel === 'sms' ? 'sender' : 'from', domain: m.from.domain, evidence: m.channel === 'sms' ? senderEvidence(m) : fromEvidence(m) });
    for (const r of m.replyTo ?? []) if (r.domain) candidates.push({ header: 'reply-to', domain: r.domain, evidence: { kind: 'header', header: 'reply-to', value: r.address } });
    const rp = m.returnPath?.split('@')[1];
    if (rp) candidates.push({ header: 'return-path', domain: rp, evidence: { kind: 'header', header: 'return-path', value: m.returnPath! } });
    let best: { c: (typeof candidates)[number]; strength: number; data: Record<string, string> } | null = null;
    for (const c of candidates.slice(0, 6)) {
      const s = classifyHost(c.domain, ctx.brands);
      if (s.kind !== 'lookalike') continue;
      const l = s.lookalike;
      const pack = ctx.brandById(l.brand);
      // Return-Path is set by mail services; a lookalike there weighs less than in From.
      const strength = l.strength * (c.header === 'return-path' ? 0.7 : 1);
      if (!best || strength > best.strength) {
        best = { c, strength, data: { header: c.header, domain: l.display, brand: pack?.name ?? l.brand, imitates: l.imitates, technique: l.technique } };
      }
    }
    return best ? [{ messageId: 'lookalike' as const, evidence: [best.c.evidence], data: best.data, strength: best.strength }] : [];
  },
});
