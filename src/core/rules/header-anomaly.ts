import type { BrandClaim } from '../facts/types.js';
import { classifyHost } from '../signals/lookalike.js';
import { headerValue, isFreemail } from '../facts/sender.js';
import { defineRule } from './define-rule.js';
import { stripTrailingComment } from '../text-trim.js';

// Traces that real mail servers leave and bulk phishing kits get wrong: a Message-ID minted on a
// lookalike or free-mail domain for a brand message, no Message-ID at all on a brand claim, or a
// Date header days away from when the first server actually received the message (a replayed or
// hand-made message). Each is weak alone, so the weight is small.

const DAY = 86_400_000;

function receivedTimes(values: string[]): number[] {
  const out: number[] = [];
  for (const v of values.slice(0, 30)) {
    const semi = v.lastIndexOf(';');
    if (semi < 0) continue;
    const t = Date.parse(stripTrailingComment(v.slice(semi + 1).trim(), 40));
    if (Number.isFinite(t)) out.push(t);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'header-anomaly',
    title: 'Message-ID or Received headers do not fit the claimed sender',
    description:
      'The technical headers do not fit the message. Its Message-ID was made on a look-alike or free mail domain. Or a brand message has no Message-ID. Or its Date is days away from when the first mail server got it.',
    category: 'sender',
    channels: ['email'],
    messages: {
      messageIdLookalike: 'The Message-ID was created on {{domain}}, a lookalike of {{brand}}.',
      messageIdFreemail: 'Presents itself as {{brand}}, but its Message-ID was created by the free mail service {{domain}}.',
      missingMessageId: 'Presents itself as {{brand}}, but has no Message-ID header, which real brand mail always has.',
      dateSkew: 'The Date header is {{days}} days away from when the first mail server received the message.',
    },
    falsePositives: [
      'Mail stuck in a queue for days (date skew).',
      'Messages saved by mail clients that drop headers (missing Message-ID).',
    ],
    references: ['https://www.rfc-editor.org/rfc/rfc5322#section-3.6.4'],
  },
  check(ctx) {
    const m = ctx.message;
    const claim: BrandClaim | null = ctx.facts.sender.assertedBrand;
    const claims = !!claim;
    const midRaw = headerValue(m.headers, 'message-id');
    if (midRaw) {
      const dm = /@([a-z0-9.-]{1,253})>?\s*$/i.exec(midRaw.trim());
      const domain = dm?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
      if (domain) {
        const s = classifyHost(domain, ctx.brands);
        if (s.kind === 'lookalike') {
          return [{ messageId: 'messageIdLookalike' as const, evidence: [{ kind: 'header', header: 'message-id', value: midRaw.slice(0, 200) }], data: { domain: s.lookalike.display, brand: ctx.brandById(s.lookalike.brand)?.name ?? s.lookalike.brand } }];
        }
        if (claims && claim && isFreemail(domain) && !ctx.facts.sender.freemail) {
          return [{ messageId: 'messageIdFreemail' as const, evidence: [{ kind: 'header', header: 'message-id', value: midRaw.slice(0, 200) }], data: { domain, brand: claim.pack.name }, strength: 0.8 }];
        }
      }
    } else if (claims && claim && m.headers.some((h) => h.name === 'from') && m.headers.some((h) => h.name === 'received')) {
      // Only for mail that went through servers (Received) and names a sender; a pasted body has neither.
      return [{ messageId: 'missingMessageId' as const, evidence: [{ kind: 'header', header: 'message-id', value: '(missing)' }], data: { brand: claim.pack.name }, strength: 0.5 }];
    }
    const date = headerValue(m.headers, 'date');
    const received = m.headers.filter((h) => h.name === 'received').map((h) => h.value);
    if (date && received.length) {
      const sent = Date.parse(date);
      const times = receivedTimes(received);
      // The bottom-most Received header is the first hop.
      const first = times[times.length - 1];
      if (Number.isFinite(sent) && first !== undefined) {
        const skew = sent - first;
        // Sent more than a day "after" it was received, or a week before: not a real send time.
        if (skew > DAY || skew < -7 * DAY) {
          return [{ messageId: 'dateSkew' as const, evidence: [{ kind: 'header', header: 'date', value: date }, { kind: 'header', header: 'received', value: received[received.length - 1]!.slice(0, 300) }], data: { days: Math.round(Math.abs(skew) / DAY) }, strength: 0.6 }];
        }
      }
    }
    return [];
  },
});
