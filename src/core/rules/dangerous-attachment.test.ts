import { bytes, withAttachment } from '../signals/attachment-fixtures.js';
import rule from './dangerous-attachment.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: PDF, image and plain mail #1: receipt.pdf', message: withAttachment('receipt.pdf', 'application/pdf', bytes('%PDF-1.4')) },
    { name: 'near misses: PDF, image and plain mail #2: photo.jpg', message: withAttachment('photo.jpg', 'image/jpeg', bytes('\xff\xd8\xff')) },
    { name: 'near misses: PDF, image and plain mail #3: notes.txt', message: withAttachment('notes.txt', 'text/plain', bytes('hello')) },
  ],
  invalid: [
    {
      name: 'flags programs, scripts, disk images and HTML pages #1: setup.exe',
      message: withAttachment('setup.exe', 'application/octet-stream', bytes('MZ....')),
      hits: [
        { messageId: 'program', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'setup.exe', mimeType: 'application/octet-stream' }], data: { file: 'setup.exe' } },
      ],
    },
    {
      name: 'flags programs, scripts, disk images and HTML pages #2: invoice.js',
      message: withAttachment('invoice.js', 'application/javascript', bytes('var a=1;')),
      hits: [
        { messageId: 'script', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'invoice.js', mimeType: 'application/javascript' }], data: { file: 'invoice.js' } },
      ],
    },
    {
      name: 'flags programs, scripts, disk images and HTML pages #3: docs.iso',
      message: withAttachment('docs.iso', 'application/octet-stream', bytes('CD001')),
      hits: [
        { messageId: 'diskImage', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'docs.iso', mimeType: 'application/octet-stream' }], data: { file: 'docs.iso' } },
      ],
    },
    {
      name: 'flags programs, scripts, disk images and HTML pages #4: Secure_Message.html',
      message: withAttachment('Secure_Message.html', 'text/html', bytes('<form><input type=password></form>')),
      hits: [
        { messageId: 'htmlPage', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'Secure_Message.html', mimeType: 'text/html' }], data: { file: 'Secure_Message.html' }, strength: 0.8 },
      ],
    },
  ],
});
