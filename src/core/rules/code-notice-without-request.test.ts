import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './code-notice-without-request.js';
import { eml, ids, runRule } from './test-utils.js';

test('genuine: a code notice that warns not to share it', async () => {
  const text = '123456 is your Amazon OTP. Do not share it with anyone.';
  const hits = await runRule(rule, text);
  assert.deepEqual(hits.map((h) => [h.messageId, h.effect]), [['codeNoticeWarns', 'lower']]);
  assert.deepEqual(hits[0]!.evidence.map((e) => (e.kind === 'text' ? [e.text, e.start, e.end] : null)), [['OTP', 22, 25], ['Do not share', 27, 39]]);
  // The code itself is never quoted.
  assert.equal(hits[0]!.data!.code, '6 characters');
  assert.ok(!JSON.stringify(hits).includes('123456'));
});

test('genuine: prefixed codes, opt-out lines and "never calls" are not requests', async () => {
  assert.deepEqual(await ids(rule, 'G-123456 is your Google verification code.'), ['codeNotice']);
  assert.deepEqual(await ids(rule, 'PayPal: Your security code is 123456. Your code expires in 10 minutes. Please don\'t reply.'), ['codeNotice']);
  assert.deepEqual(await ids(rule, 'OTP for txn of INR 118.25 is 955103. Bank never calls for OTP. Do not share with anyone.'), ['codeNoticeWarns']);
  assert.deepEqual(await ids(rule, 'Your Acme login code is 4821. Reply STOP to opt out.'), ['codeNotice']);
  assert.deepEqual(await ids(rule, 'Ihr Bestätigungscode lautet 482913. Geben Sie diesen Code niemals weiter.'), ['codeNoticeWarns']);
});

test('genuine: a code email with no links', async () => {
  const raw = eml({ from: 'Shop <no-reply@shop.example>', subject: 'Your code', body: 'Your verification code is 839201. Never share this code with anyone.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), ['codeNoticeWarns']);
});

test('near miss: the scams that follow a code ask for it, give a number, or link elsewhere', async () => {
  assert.deepEqual(await ids(rule, 'Your Amazon OTP is 123456. Do not share it. Reply with the code to cancel the order.'), []);
  assert.deepEqual(await ids(rule, 'Amazon: your code 483920. If you did not request it call +1 888 555 0173.'), []);
  assert.deepEqual(await ids(rule, '123456 is your code. Do not share it. Verify at http://amzn-secure.top/login'), []);
  assert.deepEqual(await ids(rule, 'I sent my verification code 662811 to you by mistake, can you send it back to me?'), []);
});

test('near miss: "code" or "PIN" without a warning is not a code notice', async () => {
  assert.deepEqual(await ids(rule, 'Use code SAVE20 for 20% off orders over 5000 rupees.'), []);
  assert.deepEqual(await ids(rule, 'The door pin is 4455, see you at 7'), []);
});
