import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytes, withAttachment } from '../signals/attachment-fixtures.js';
import rule from './dangerous-attachment.js';
import { ids, runRule } from './test-utils.js';

test('flags programs, scripts, disk images and HTML pages', async () => {
  assert.deepEqual(await ids(rule, withAttachment('setup.exe', 'application/octet-stream', bytes('MZ....'))), ['program']);
  assert.deepEqual(await ids(rule, withAttachment('invoice.js', 'application/javascript', bytes('var a=1;'))), ['script']);
  assert.deepEqual(await ids(rule, withAttachment('docs.iso', 'application/octet-stream', bytes('CD001'))), ['diskImage']);
  const h = await runRule(rule, withAttachment('Secure_Message.html', 'text/html', bytes('<form><input type=password></form>')));
  assert.deepEqual(h.map((x) => x.messageId), ['htmlPage']);
  assert.equal(h[0]!.data?.file, 'Secure_Message.html');
});

test('near misses: PDF, image and plain mail', async () => {
  assert.deepEqual(await ids(rule, withAttachment('receipt.pdf', 'application/pdf', bytes('%PDF-1.4'))), []);
  assert.deepEqual(await ids(rule, withAttachment('photo.jpg', 'image/jpeg', bytes('\xff\xd8\xff'))), []);
  assert.deepEqual(await ids(rule, withAttachment('notes.txt', 'text/plain', bytes('hello'))), []);
});
