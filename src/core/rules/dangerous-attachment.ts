import { attachmentEvidence } from '../facts/attachments.js';
import { defineRule } from './define-rule.js';

// Programs, scripts, disk images and HTML pages sent as attachments: brands send none of these.
// HTML attachments open a local phishing page that no link scanner ever sees.

const MESSAGE = { executable: 'program', script: 'script', 'disk-image': 'diskImage', html: 'htmlPage' } as const;

export default defineRule({
  meta: {
    id: 'dangerous-attachment',
    title: 'Attachment is a program, script, disk image or web page',
    description: 'An attached file is a program, a script, a disk image or an HTML page. Opening it can install malware or show a fake sign-in page.',
    category: 'attachment',
    channels: ['email'],
    statement: 'attachments',
    messages: {
      program: 'The attachment {{file}} is a program; opening it runs it on your computer.',
      script: 'The attachment {{file}} is a script that runs code when opened.',
      diskImage: 'The attachment {{file}} is a disk image, a common way to slip malware past filters.',
      htmlPage: 'The attachment {{file}} is a web page; opened, it can show a fake sign-in form.',
    },
    falsePositives: ['IT departments sending installers internally; some banks send statements as HTML attachments.'],
    references: ['https://www.cisa.gov/news-events/news/using-caution-email-attachments'],
  },
  check(ctx) {
    for (const f of ctx.facts.attachments) {
      if (f.kind === 'executable' || f.kind === 'script' || f.kind === 'disk-image' || f.kind === 'html') {
        // Inline SVG logos are images, not pages a reader opens.
        const strength = f.kind === 'html' ? (/\.svg$/i.test(f.filename ?? '') || f.mimeType === 'image/svg+xml' ? 0.5 : 0.8) : 1;
        return [{ messageId: MESSAGE[f.kind], evidence: [attachmentEvidence(f)], data: { file: f.filename ?? f.mimeType }, strength }];
      }
    }
    return [];
  },
});
