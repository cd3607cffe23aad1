import { attachmentEvidence } from '../facts/attachments.js';
import { defineRule } from './define-rule.js';

// "invoice.pdf.exe", "photo.jpg        .scr" or a right-to-left override character: the name is
// built so the reader sees a harmless document type and the computer runs something else.

export default defineRule({
  meta: {
    id: 'double-extension-attachment',
    title: 'Attachment name hides its real file type',
    description: 'An attachment’s name shows a harmless type (such as .pdf) but really ends in a program, script or archive type.',
    category: 'attachment',
    channels: ['email'],
    statement: 'attachments',
    messages: {
      double: 'The attachment {{file}} looks like a .{{shown}} file but is really a .{{real}} file.',
      rtlo: 'The attachment name {{file}} uses a hidden right-to-left character to disguise a .{{real}} file.',
    },
    falsePositives: ['Archives of documents named like "report.pdf.zip" by backup tools.'],
    references: ['https://attack.mitre.org/techniques/T1036/007/'],
  },
  check(ctx) {
    for (const f of ctx.facts.attachments) {
      const d = f.doubleExt;
      if (!d) continue;
      const strength = d.real === 'zip' || d.real === 'rar' || d.real === '7z' ? 0.6 : 1;
      return [{ messageId: d.trick === 'rtlo' ? ('rtlo' as const) : ('double' as const), evidence: [attachmentEvidence(f)], data: { file: f.filename ?? '', shown: d.shown, real: d.real }, strength }];
    }
    return [];
  },
});
