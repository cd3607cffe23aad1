import { attachmentEvidence } from '../facts/attachments.js';
import { defineRule } from './define-rule.js';

// Office documents with macros (.docm, .xlsm, or legacy .doc/.xls carrying a VBA project) ask you
// to "enable content", which runs the attacker's code.

export default defineRule({
  meta: {
    id: 'macro-office-attachment',
    title: 'Office document with macros',
    description: 'An attached Word, Excel or PowerPoint file contains macros (small programs). Enabling them can install malware.',
    category: 'attachment',
    channels: ['email'],
    statement: 'attachments',
    messages: {
      macros: 'The attachment {{file}} is an Office document with macros; do not enable content.',
    },
    falsePositives: ['Internal spreadsheets with automation, sent between colleagues.'],
    references: ['https://learn.microsoft.com/en-us/microsoft-365-apps/security/internet-macros-blocked'],
  },
  check(ctx) {
    const f = ctx.facts.attachments.find((x) => x.macros);
    return f ? [{ messageId: 'macros' as const, evidence: [attachmentEvidence(f)], data: { file: f.filename ?? f.mimeType } }] : [];
  },
});
