import { bytes, withAttachment } from '../signals/attachment-fixtures.js';
import rule from './double-extension-attachment.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: ordinary names with dots #1: report.v2.pdf', message: withAttachment('report.v2.pdf', 'application/pdf', bytes('%PDF')) },
    { name: 'near misses: ordinary names with dots #2: archive.tar.gz', message: withAttachment('archive.tar.gz', 'application/gzip', bytes('x')) },
  ],
  invalid: [
    {
      name: 'flags document names hiding a program #1: invoice.pdf.exe',
      message: withAttachment('invoice.pdf.exe', 'application/octet-stream', bytes('MZ')),
      hits: [
        { messageId: 'double', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'invoice.pdf.exe', mimeType: 'application/octet-stream' }], data: { file: 'invoice.pdf.exe', shown: 'pdf', real: 'exe' } },
      ],
    },
    {
      name: 'flags document names hiding a program #2: photo.jpg .scr',
      message: withAttachment('photo.jpg          .scr', 'application/octet-stream', bytes('MZ')),
      hits: [
        { messageId: 'double', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'photo.jpg          .scr', mimeType: 'application/octet-stream' }], data: { file: 'photo.jpg          .scr', shown: 'jpg', real: 'scr' } },
      ],
    },
    {
      name: 'a right-to-left override (U+202E) makes invoicefdp.exe look like invoiceexe.pdf',
      message: withAttachment('invoice\u202Efdp.exe', 'application/octet-stream', bytes('MZ')),
      hits: [
        { messageId: 'rtlo', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'invoicefdp.exe', mimeType: 'application/octet-stream' }], data: { file: 'invoicefdp.exe', shown: 'invoicefdp.exe', real: 'exe' } },
      ],
    },
  ],
});
