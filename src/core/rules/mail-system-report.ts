import { fromEvidence, headerValue } from '../facts/sender.js';
import type { Evidence } from '../types.js';
import { defineRule } from './define-rule.js';

// Genuine evidence for mail operators' own traffic. Bounces, delay notices and abuse reports say
// "delivery failed", quote the returned message and come from MAILER-DAEMON — which reads like a
// delivery scam to wording alone. Real ones have a machine-readable structure that fake "release
// your pending messages" bounces rarely bother with: a multipart/report with a delivery-status or
// feedback-report part (RFC 6522, RFC 3464, RFC 5965), sent with the null return path "<>" that
// RFC 5321 §4.5.5 requires of delivery notifications.

const REPORT_TYPE = /^\s*multipart\/report\b[^]{0,400}?report-type\s*=\s*"?(delivery-status|feedback-report|disposition-notification)/i;
const REPORT_PARTS = new Set(['message/delivery-status', 'message/feedback-report', 'message/disposition-notification', 'message/global-delivery-status', 'text/rfc822-headers']);
const SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mdaemon|bounces?)$/i;
const BOUNCE_SUBJECT = /\b(?:undeliver(?:ed|able)|delivery (?:status|failure|failed|notification|has failed|problem|delayed)|returned mail|failure notice|mail delivery failed|non-?delivery|could not be delivered|auto(?:matic)? ?reply|out of office|abuse report|complaint)\b/i;

export default defineRule({
  meta: {
    id: 'mail-system-report',
    title: 'An automatic report from a mail system (bounce, delay, abuse report)',
    description:
      'The message has the structure of a mail server’s automatic report — a delivery-status or feedback report, sent with the empty return path that such reports use — rather than a person’s or a brand’s message. Wording like “delivery failed” is expected there. This lowers the score.',
    category: 'genuine',
    channels: ['email'],
    requires: ['headers'],
    messages: {
      reportStructure: 'Is laid out like an automatic report from a mail server ({{part}}).',
      systemBounce: 'Comes from the mail system ({{sender}}) about a failed delivery. It has the empty return path that real delivery notices use.',
    },
    falsePositives: [
      'A fake bounce that copies the report structure to carry a phishing link (its links are judged on their own).',
    ],
    references: ['https://www.rfc-editor.org/rfc/rfc3464', 'https://www.rfc-editor.org/rfc/rfc6522', 'https://www.rfc-editor.org/rfc/rfc5965', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.5'],
  },
  check(ctx) {
    const m = ctx.message;
    const ct = headerValue(m.headers, 'content-type') ?? '';
    const rt = REPORT_TYPE.exec(ct);
    const part = m.attachments.find((a) => REPORT_PARTS.has(a.mimeType.toLowerCase()));
    if (rt || part) {
      const evidence: Evidence[] = [rt ? { kind: 'header', header: 'content-type', value: ct.slice(0, 200) } : { kind: 'attachment', attachmentIndex: m.attachments.indexOf(part!), filename: part!.filename ?? null, mimeType: part!.mimeType }];
      return [{ messageId: 'reportStructure' as const, evidence, data: { part: rt ? `report-type=${rt[1]!.toLowerCase()}` : part!.mimeType.toLowerCase() }, effect: 'lower' as const }];
    }
    const local = m.from?.address?.split('@')[0] ?? '';
    const rp = headerValue(m.headers, 'return-path');
    if (!SYSTEM_SENDER.test(local) || !BOUNCE_SUBJECT.test(m.subject ?? '')) return [];
    const nullPath = rp !== null && /^\s*<\s*>\s*$/.test(rp);
    return [{
      messageId: 'systemBounce' as const,
      evidence: [fromEvidence(m), ...(nullPath ? [{ kind: 'header' as const, header: 'return-path', value: rp! }] : [])],
      data: { sender: m.from!.address },
      strength: nullPath ? 0.7 : 0.4,
      effect: 'lower' as const,
    }];
  },
});
