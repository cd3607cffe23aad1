import { attachmentEvidence } from '../facts/attachments.js';
import { defineRule } from './define-rule.js';

// Archives carry malware past attachment filters, above all when password-protected. The zip's
// file names are read from its directory (nothing is unpacked) and reported.

export default defineRule({
  meta: {
    id: 'archive-attachment',
    title: 'Archive attachment (zip, rar, 7z…)',
    description: 'An attached archive can hide programs from mail filters. The names of the files inside a zip are listed; a program inside or a password on the archive is a strong warning.',
    category: 'attachment',
    channels: ['email'],
    statement: 'attachments',
    messages: {
      dangerousInside: 'The archive {{file}} contains {{inner}}, a {{kind}} file.',
      encrypted: 'The archive {{file}} is password-protected, which stops mail filters from checking it.',
      archive: 'The attachment {{file}} is an archive ({{count}} files: {{names}}).',
    },
    falsePositives: ['Colleagues sharing zipped documents or photos (a plain archive counts for little).'],
    references: ['https://www.cisa.gov/news-events/news/using-caution-email-attachments'],
  },
  check(ctx) {
    for (const f of ctx.facts.attachments) {
      if (f.kind !== 'archive') continue;
      const file = f.filename ?? f.mimeType;
      const ar = f.archive;
      const ev = [attachmentEvidence(f)];
      if (ar?.dangerous.length) {
        const d = ar.dangerous[0]!;
        return [{ messageId: 'dangerousInside' as const, evidence: ev, data: { file, inner: d.name, kind: d.kind }, strength: 1 }];
      }
      if (ar?.encrypted) return [{ messageId: 'encrypted' as const, evidence: ev, data: { file }, strength: 0.8 }];
      return [{ messageId: 'archive' as const, evidence: ev, data: { file, count: ar?.count ?? 0, names: ar ? ar.names.slice(0, 5).join(', ') || '(unknown)' : '(not listed)' }, strength: 0.3 }];
    }
    return [];
  },
});
