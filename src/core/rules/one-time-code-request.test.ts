import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './one-time-code-request.js';
import { at, eml, ids, runRule } from './test-utils.js';

const call = (text: string) => ({ input: text, channel: 'call' as const });

test('flags: "we sent you a code, please read it to me"', async () => {
  const hits = await runRule(rule, call('Caller: we sent you a code, please read it to me.'));
  assert.deepEqual(hits.map((h) => h.messageId), ['shareCode']);
});

test('flags: reply with the 6-digit code', async () => {
  const hits = await runRule(rule, 'Reply with the 6-digit code to cancel your order.');
  assert.equal(hits[0]?.data?.code, '6-digit code');
});

test('flags: give me the code you just received', async () => {
  assert.deepEqual(await ids(rule, call('Caller: give me the code you just received.')), ['shareCode']);
});

test('flags: confirm the code on a call', async () => {
  assert.deepEqual(await ids(rule, call('Caller: to cancel the order, confirm the verification code we sent you.')), ['shareCode']);
});

test('flags: German TAN and Spanish code', async () => {
  const tan = await runRule(rule, call('Caller: nennen Sie mir bitte die TAN, die Sie gerade bekommen haben.'));
  assert.equal(tan[0]?.data?.code, 'TAN');
  assert.deepEqual(await ids(rule, call('Caller: dígame el código de verificación que le enviamos.')), ['shareCode']);
});

test('near miss: genuine OTP text warns against sharing', async () => {
  assert.deepEqual(await ids(rule, 'Your Amazon code is 123456. Don\'t share it with anyone.'), []);
  assert.deepEqual(await ids(rule, '123456 is your Amazon OTP. Do not share it with anyone.'), []);
  assert.deepEqual(await ids(rule, 'Ihre Mobile-TAN lautet 123456. Geben Sie diese niemals weiter.'), []);
});

test('near miss: entering the code on the site yourself', async () => {
  assert.deepEqual(await ids(rule, 'Enter the verification code 482913 on the sign-in page to continue.'), []);
  assert.deepEqual(await ids(rule, { input: eml({ from: 'x@example.net', body: 'Confirm the verification code in the app to finish setting up 2-step verification.' }), channel: 'email' }), []);
});

test('near miss: "tan" as an English word', async () => {
  assert.deepEqual(await ids(rule, 'Send me a photo of the tan sofa with the code on the label.'), []);
});

test('flags: code relay, "I accidentally sent my code to your number, can you send it back"', async () => {
  const t = 'Hi, I accidentally sent my code to your number, can you send it back?';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['shareCode']);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'accidentally sent my code'), at(t, 'send it')]);
});

test('flags: send me the 6-digit code I sent by mistake', async () => {
  const t = 'Sorry, please send me the 6-digit code I sent you by mistake.';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'send me'), at(t, '6-digit code')]);
});
