import rule from './tax-refund-pretext.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: tax talk without a claim #1: Did you get your tax refund yet? Mine came la…', message: 'Did you get your tax refund yet? Mine came last week.' },
    { name: 'near miss: tax talk without a claim #2: Anna', message: { input: eml({ from: 'Anna <anna@example.org>', subject: 'taxes', body: 'The irs changed the forms again, my refund is late.' }), channel: 'email' } },
    { name: 'a tax form sent as a document by someone who is not a tax agency', message: { input: 'Here is the tax refund form you asked for: tax_refund_2024.pdf PDF Document 40 KB', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags: HMRC tax refund with a claim link',
      message: 'HMRC: You are eligible for a tax refund of £276.74. Claim your refund at https://gov-tax-refund.top',
      hits: [
        { messageId: 'taxRefund', evidence: [{ kind: 'text', text: 'HMRC', start: 0, end: 4 }, { kind: 'text', text: 'eligible for a tax refund', start: 14, end: 39 }, { kind: 'text', text: 'Claim your refund', start: 52, end: 69 }, { kind: 'text', text: 'https://gov-tax-refund.top', start: 73, end: 99 }], data: { agency: 'HMRC', phrase: 'eligible for a tax refund' } },
      ],
    },
    {
      name: 'flags: IRS refund that needs your information',
      message: '[IRS] You are due a $573.00 refund. Please confirm your information in the link: https://irs-refund.top',
      hits: [
        { messageId: 'taxRefund', evidence: [{ kind: 'text', text: 'IRS', start: 1, end: 4 }, { kind: 'text', text: 'You are due a $573.00 refund', start: 6, end: 34 }, { kind: 'text', text: 'confirm your information', start: 43, end: 67 }, { kind: 'text', text: 'https://irs-refund.top', start: 81, end: 103 }], data: { agency: 'IRS', phrase: 'You are due a $573.00 refund' } },
      ],
    },
    {
      name: 'flags: tax rebate without an agency name',
      message: 'You have an outstanding tax rebate. Fill in the form to receive it: https://rebate-form.top/form',
      hits: [
        { messageId: 'taxRefundNoAgency', evidence: [{ kind: 'text', text: 'tax rebate', start: 24, end: 34 }, { kind: 'text', text: 'Fill in the form', start: 36, end: 52 }, { kind: 'text', text: 'https://rebate-form.top/form', start: 68, end: 96 }], data: { phrase: 'tax rebate' }, strength: 0.7000000000000001 },
      ],
    },
    {
      name: 'a "tax refund" document from the IRS, sent with the text (file name joined by underscores)',
      message: { input: 'IRS_TAX_REFUND_B2D5T88RF9.pdf PDF Document - 83 KB', channel: 'sms' },
      hits: [
        { messageId: 'taxRefund', evidence: [{ kind: 'text', text: 'IRS', start: 0, end: 3 }, { kind: 'text', text: 'TAX_REFUND', start: 4, end: 14 }, { kind: 'text', text: 'IRS_TAX_REFUND_B2D5T88RF9.pdf PDF Document', start: 0, end: 42 }], data: { agency: 'IRS', phrase: 'TAX_REFUND' }, strength: 0.75 },
      ],
    },
  ],
});
