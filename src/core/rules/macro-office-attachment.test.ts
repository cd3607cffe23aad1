import { bytes, withAttachment } from '../signals/attachment-fixtures.js';
import rule from './macro-office-attachment.js';
import { RuleTester } from './rule-tester.js';

const ole = (withVba: boolean) => {
  const name = withVba ? '_VBA_PROJECT' : 'WordDocument';
  const utf16 = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(64).fill(0), ...utf16]);
};

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: documents without macros #1: Invoice.doc', message: withAttachment('Invoice.doc', 'application/msword', ole(false)) },
    { name: 'near misses: documents without macros #2: Report.docx', message: withAttachment('Report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes('PK')) },
  ],
  invalid: [
    {
      name: 'flags macro-enabled Office files #1: Payment.xlsm',
      message: withAttachment('Payment.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', bytes('PK')),
      hits: [
        { messageId: 'macros', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'Payment.xlsm', mimeType: 'application/vnd.ms-excel.sheet.macroenabled.12' }], data: { file: 'Payment.xlsm' } },
      ],
    },
    {
      name: 'flags macro-enabled Office files #2: Invoice.doc',
      message: withAttachment('Invoice.doc', 'application/msword', ole(true)),
      hits: [
        { messageId: 'macros', evidence: [{ kind: 'attachment', attachmentIndex: 0, filename: 'Invoice.doc', mimeType: 'application/msword' }], data: { file: 'Invoice.doc' } },
      ],
    },
  ],
});
