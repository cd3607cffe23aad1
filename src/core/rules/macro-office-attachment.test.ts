import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytes, withAttachment } from '../signals/attachment-fixtures.js';
import rule from './macro-office-attachment.js';
import { ids } from './test-utils.js';

const ole = (withVba: boolean) => {
  const name = withVba ? '_VBA_PROJECT' : 'WordDocument';
  const utf16 = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(64).fill(0), ...utf16]);
};

test('flags macro-enabled Office files', async () => {
  assert.deepEqual(await ids(rule, withAttachment('Payment.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', bytes('PK'))), ['macros']);
  assert.deepEqual(await ids(rule, withAttachment('Invoice.doc', 'application/msword', ole(true))), ['macros']);
});

test('near misses: documents without macros', async () => {
  assert.deepEqual(await ids(rule, withAttachment('Invoice.doc', 'application/msword', ole(false))), []);
  assert.deepEqual(await ids(rule, withAttachment('Report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes('PK'))), []);
});
