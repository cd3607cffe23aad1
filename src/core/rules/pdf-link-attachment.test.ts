import { bytes, withAttachment } from '../signals/attachment-fixtures.js';
import rule from './pdf-link-attachment.js';
import { RuleTester } from './rule-tester.js';

const pdf = (uri: string, extra = '') => bytes(`%PDF-1.4\n1 0 obj << /Type /Annot /Subtype /Link /A << /S /URI /URI (${uri}) >> >> endobj ${extra}\n%%EOF`);

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: a PDF linking to its own company, or to the brand #1: brochure.pdf', message: withAttachment('brochure.pdf', 'application/pdf', pdf('https://www.example.org/products')) },
    { name: 'near misses: a PDF linking to its own company, or to the brand #2: order.pdf', message: withAttachment('order.pdf', 'application/pdf', pdf('https://www.amazon.com/orders'), { from: '"Amazon" <a@notice.example>', subject: 'Your Amazon order' }) },
  ],
  invalid: [
    {
      name: 'flags a PDF linking to a lookalike, or off-brand on a brand claim #1: statement.pdf',
      message: withAttachment('statement.pdf', 'application/pdf', pdf('https://paypal-resolve-center.com/case')),
      hits: [
        { messageId: 'lookalikeLink', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'statement.pdf', mimeType: 'application/pdf' }], data: { file: 'statement.pdf', domain: 'paypal-resolve-center.com', brand: 'PayPal' } },
      ],
    },
    {
      name: 'flags a PDF linking to a lookalike, or off-brand on a brand claim #2: order.pdf',
      message: withAttachment('order.pdf', 'application/pdf', pdf('https://docs-view.example.top/v'), { from: '"Amazon" <a@notice.example>', subject: 'Your Amazon order' }),
      hits: [
        { messageId: 'offBrandLink', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'order.pdf', mimeType: 'application/pdf' }], data: { file: 'order.pdf', domain: 'example.top', brand: 'Amazon' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags a PDF linking to a lookalike, or off-brand on a brand claim #3: x.pdf',
      message: withAttachment('x.pdf', 'application/pdf', pdf('https://example.org', '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>')),
      hits: [
        { messageId: 'active', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'x.pdf', mimeType: 'application/pdf' }], data: { file: 'x.pdf' }, strength: 0.6 },
      ],
    },
  ],
});
