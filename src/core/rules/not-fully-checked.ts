import { tailNotRead, warningCode } from '../completeness.js';
import type { Evidence } from '../types.js';
import { defineRule } from './define-rule.js';

// A message padded past a cap (text cut, HTML too large to render, MIME parts or attachments beyond
// the cap) was not read to its end, and the lure can sit in the part that was skipped. Said as a
// finding, and scored so the verdict is at least "suspicious" (buildReport keeps that floor even when
// genuine evidence lowers the score).

const WHAT: Record<string, string> = {
  text_truncated: 'its text was cut at the length limit',
  html_too_large: 'its HTML was too large to render',
  mime_parts_truncated: 'it has more MIME parts than are read',
  attachments_truncated: 'it has more attachments than are checked',
};

export default defineRule({
  meta: {
    id: 'not-fully-checked',
    title: 'Message not fully checked',
    description:
      'Part of the message was never read because it passed a size limit. That may be the text length, HTML size, or number of MIME parts or attachments. Scammers pad messages so that the lure sits past such a limit. So a message that could not be read to its end is at least suspicious.',
    category: 'coverage',
    channels: ['email', 'sms', 'call'],
    messages: {
      notFullyChecked: 'Not fully checked: {{what}}, so the rest of the message was not read. Treat it with care.',
    },
    falsePositives: ['Very long genuine messages (large newsletters, digests, logs) that pass a size limit; the limits are options.'],
  },
  check(ctx) {
    const cut = tailNotRead(ctx.message.warnings);
    if (!cut.length) return [];
    const what = [...new Set(cut.map((w) => WHAT[warningCode(w)] ?? warningCode(w)))].join('; ');
    const text = ctx.message.text;
    // Where reading stopped: the last characters that were read.
    const start = Math.max(0, text.length - 60);
    const evidence: Evidence = text.length
      ? { kind: 'text', text: text.slice(start), start, end: text.length }
      : { kind: 'header', header: 'warning', value: cut[0]!.slice(0, 200) };
    return [{ messageId: 'notFullyChecked' as const, evidence: [evidence], data: { what } }];
  },
});
