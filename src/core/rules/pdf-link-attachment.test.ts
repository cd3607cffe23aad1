import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytes, withAttachment } from '../signals/attachment-fixtures.js';
import rule from './pdf-link-attachment.js';
import { ids, runRule } from './test-utils.js';

const pdf = (uri: string, extra = '') => bytes(`%PDF-1.4\n1 0 obj << /Type /Annot /Subtype /Link /A << /S /URI /URI (${uri}) >> >> endobj ${extra}\n%%EOF`);

test('flags a PDF linking to a lookalike, or off-brand on a brand claim', async () => {
  const hits = await runRule(rule, withAttachment('statement.pdf', 'application/pdf', pdf('https://paypal-resolve-center.com/case')));
  assert.deepEqual(hits.map((h) => h.messageId), ['lookalikeLink']);
  assert.deepEqual(await ids(rule, withAttachment('order.pdf', 'application/pdf', pdf('https://docs-view.example.top/v'), { from: '"Amazon" <a@notice.example>', subject: 'Your Amazon order' })), ['offBrandLink']);
  assert.deepEqual(await ids(rule, withAttachment('x.pdf', 'application/pdf', pdf('https://example.org', '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'))), ['active']);
});

test('near misses: a PDF linking to its own company, or to the brand', async () => {
  assert.deepEqual(await ids(rule, withAttachment('brochure.pdf', 'application/pdf', pdf('https://www.example.org/products'))), []);
  assert.deepEqual(await ids(rule, withAttachment('order.pdf', 'application/pdf', pdf('https://www.amazon.com/orders'), { from: '"Amazon" <a@notice.example>', subject: 'Your Amazon order' })), []);
});
