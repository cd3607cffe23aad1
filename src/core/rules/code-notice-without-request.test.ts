import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './code-notice-without-request.js';
import { RuleTester } from './rule-tester.js';
import { eml, runRule } from './test-utils.js';

test('genuine: a code notice that warns not to share it', async () => {
  const text = '123456 is your Amazon OTP. Do not share it with anyone.';
  const hits = await runRule(rule, text);
  assert.deepEqual(hits.map((h) => [h.messageId, h.effect]), [['codeNoticeWarns', 'lower']]);
  assert.deepEqual(hits[0]!.evidence.map((e) => (e.kind === 'text' ? [e.text, e.start, e.end] : null)), [['OTP', 22, 25], ['Do not share', 27, 39]]);
  // The code itself is never quoted.
  assert.equal(hits[0]!.data!.code, '6 characters');
  assert.ok(!JSON.stringify(hits).includes('123456'));
});

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: the scams that follow a code ask for it, give a number, or link elsewhere #1: Your Amazon OTP is 123456. Do not share it. R…', message: 'Your Amazon OTP is 123456. Do not share it. Reply with the code to cancel the order.' },
    { name: 'near miss: the scams that follow a code ask for it, give a number, or link elsewhere #2: Amazon: your code 483920. If you did not requ…', message: 'Amazon: your code 483920. If you did not request it call +1 888 555 0173.' },
    { name: 'near miss: the scams that follow a code ask for it, give a number, or link elsewhere #3: 123456 is your code. Do not share it. Verify…', message: '123456 is your code. Do not share it. Verify at http://amzn-secure.top/login' },
    { name: 'near miss: the scams that follow a code ask for it, give a number, or link elsewhere #4: I sent my verification code 662811 to you by…', message: 'I sent my verification code 662811 to you by mistake, can you send it back to me?' },
    { name: 'near miss: "code" or "PIN" without a warning is not a code notice #1: Use code SAVE20 for 20% off orders over 5000…', message: 'Use code SAVE20 for 20% off orders over 5000 rupees.' },
    { name: 'near miss: "code" or "PIN" without a warning is not a code notice #2: The door pin is 4455, see you at 7', message: 'The door pin is 4455, see you at 7' },
  ],
  invalid: [
    {
      name: 'genuine: prefixed codes, opt-out lines and "never calls" are not requests #1: G-123456 is your Google verification code.',
      message: 'G-123456 is your Google verification code.',
      hits: [
        { messageId: 'codeNotice', evidence: [{ kind: 'text', text: 'verification code', start: 24, end: 41 }], data: { code: '8 characters' }, strength: 0.6, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: prefixed codes, opt-out lines and "never calls" are not requests #2: PayPal: Your security code is 123456. Your co…',
      message: 'PayPal: Your security code is 123456. Your code expires in 10 minutes. Please don\'t reply.',
      hits: [
        { messageId: 'codeNotice', evidence: [{ kind: 'text', text: 'security code', start: 13, end: 26 }], data: { code: '6 characters' }, strength: 0.6, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: prefixed codes, opt-out lines and "never calls" are not requests #3: OTP for txn of INR 118.25 is 955103. Bank nev…',
      message: 'OTP for txn of INR 118.25 is 955103. Bank never calls for OTP. Do not share with anyone.',
      hits: [
        { messageId: 'codeNoticeWarns', evidence: [{ kind: 'text', text: 'OTP', start: 0, end: 3 }, { kind: 'text', text: 'never calls for', start: 42, end: 57 }], data: { code: '6 characters' }, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: prefixed codes, opt-out lines and "never calls" are not requests #4: Your Acme login code is 4821. Reply STOP to o…',
      message: 'Your Acme login code is 4821. Reply STOP to opt out.',
      hits: [
        { messageId: 'codeNotice', evidence: [{ kind: 'text', text: 'login code', start: 10, end: 20 }], data: { code: '4 characters' }, strength: 0.6, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: prefixed codes, opt-out lines and "never calls" are not requests #5: Ihr Bestätigungscode lautet 482913. Geben Sie…',
      message: 'Ihr Bestätigungscode lautet 482913. Geben Sie diesen Code niemals weiter.',
      hits: [
        { messageId: 'codeNoticeWarns', evidence: [{ kind: 'text', text: 'Bestätigungscode', start: 4, end: 20 }, { kind: 'text', text: 'Geben Sie diesen Code niemals weiter', start: 36, end: 72 }], data: { code: '6 characters' }, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: a code email with no links',
      message: { input: eml({ from: 'Shop <no-reply@shop.example>', subject: 'Your code', body: 'Your verification code is 839201. Never share this code with anyone.' }), channel: 'email' },
      hits: [
        { messageId: 'codeNoticeWarns', evidence: [{ kind: 'text', text: 'code', start: 14, end: 18 }, { kind: 'text', text: 'Never share', start: 54, end: 65 }], data: { code: '6 characters' }, effect: 'lower' },
      ],
    },
  ],
});
