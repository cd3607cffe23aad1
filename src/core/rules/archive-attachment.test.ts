import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withAttachment, zipOf } from '../signals/attachment-fixtures.js';
import rule from './archive-attachment.js';
import { runRule } from './test-utils.js';

test('lists a program inside a zip', async () => {
  const hits = await runRule(rule, withAttachment('invoice.zip', 'application/zip', zipOf({ 'Invoice_2291.pdf.exe': 'MZ', 'readme.txt': 'hi' })));
  assert.deepEqual(hits.map((h) => h.messageId), ['dangerousInside']);
  assert.equal(hits[0]!.data?.inner, 'Invoice_2291.pdf.exe');
  assert.equal(hits[0]!.strength, 1);
});

test('a zip of documents is an archive at low strength, with its names', async () => {
  const hits = await runRule(rule, withAttachment('photos.zip', 'application/zip', zipOf({ 'a.jpg': 'x', 'b.jpg': 'y' })));
  assert.deepEqual(hits.map((h) => h.messageId), ['archive']);
  assert.equal(hits[0]!.data?.names, 'a.jpg, b.jpg');
  assert.ok((hits[0]!.strength ?? 1) <= 0.3);
});

test('near misses: no archive, or a corrupt one that is still only an archive', async () => {
  assert.deepEqual(await runRule(rule, withAttachment('report.pdf', 'application/pdf', new TextEncoder().encode('%PDF'))), []);
  const broken = await runRule(rule, withAttachment('x.zip', 'application/zip', new TextEncoder().encode('PK\x03\x04garbage')));
  assert.deepEqual(broken.map((h) => h.messageId), ['archive']);
});
