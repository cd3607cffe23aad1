import { withAttachment, zipOf } from '../signals/attachment-fixtures.js';
import rule from './archive-attachment.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: no archive, or a corrupt one that is still only an archive #1: report.pdf', message: withAttachment('report.pdf', 'application/pdf', new TextEncoder().encode('%PDF')) },
  ],
  invalid: [
    {
      name: 'lists a program inside a zip',
      message: withAttachment('invoice.zip', 'application/zip', zipOf({ 'Invoice_2291.pdf.exe': 'MZ', 'readme.txt': 'hi' })),
      hits: [
        { messageId: 'dangerousInside', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'invoice.zip', mimeType: 'application/zip' }], data: { file: 'invoice.zip', inner: 'Invoice_2291.pdf.exe', kind: 'executable' } },
      ],
    },
    {
      name: 'a zip of documents is an archive at low strength, with its names',
      message: withAttachment('photos.zip', 'application/zip', zipOf({ 'a.jpg': 'x', 'b.jpg': 'y' })),
      hits: [
        { messageId: 'archive', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'photos.zip', mimeType: 'application/zip' }], data: { file: 'photos.zip', count: 2, names: 'a.jpg, b.jpg' }, strength: 0.3 },
      ],
    },
    {
      name: 'near misses: no archive, or a corrupt one that is still only an archive #2: x.zip',
      message: withAttachment('x.zip', 'application/zip', new TextEncoder().encode('PK\x03\x04garbage')),
      hits: [
        { messageId: 'archive', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'x.zip', mimeType: 'application/zip' }], data: { file: 'x.zip', count: 0, names: '(unknown)' }, strength: 0.3 },
      ],
    },
  ],
});
