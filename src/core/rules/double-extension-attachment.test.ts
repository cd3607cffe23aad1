import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytes, withAttachment } from '../signals/attachment-fixtures.js';
import rule from './double-extension-attachment.js';
import { ids, runRule } from './test-utils.js';

test('flags document names hiding a program', async () => {
  const hits = await runRule(rule, withAttachment('invoice.pdf.exe', 'application/octet-stream', bytes('MZ')));
  assert.deepEqual(hits.map((h) => h.messageId), ['double']);
  assert.equal(hits[0]!.data?.shown, 'pdf');
  assert.equal(hits[0]!.data?.real, 'exe');
  assert.deepEqual(await ids(rule, withAttachment('photo.jpg          .scr', 'application/octet-stream', bytes('MZ'))), ['double']);
});

test('near misses: ordinary names with dots', async () => {
  assert.deepEqual(await ids(rule, withAttachment('report.v2.pdf', 'application/pdf', bytes('%PDF'))), []);
  assert.deepEqual(await ids(rule, withAttachment('archive.tar.gz', 'application/gzip', bytes('x'))), []);
});
