import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './press-one-callback.js';
import { at, eml, ids, runRule } from './test-utils.js';

test('flags: press 1 robocall with an order story', async () => {
  const hits = await runRule(rule, {
    input: 'There is an order placed for Apple iPhone 11 Pro using your Amazon account. If you do not authorize this order, press 1.',
    channel: 'call',
  });
  assert.deepEqual(hits.map((h) => h.messageId), ['pressKey']);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: press 2 in a call without a story is still an IVR robocall', async () => {
  const hits = await runRule(rule, { input: 'Press 1 now to speak to a live agent, or press 2 to be placed on our do not call list.', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['pressKey']);
  assert.ok((hits[0]!.strength ?? 1) < 1);
});

test('flags: callback number with a charge story (email, TOAD)', async () => {
  const raw = eml({
    from: 'Billing <billing@renewals.example>',
    subject: 'Invoice',
    body: 'Your card has been charged $399.99 for the annual plan. If you did not authorize this charge, call us at +1 (888) 555-0147.',
  });
  const hits = await runRule(rule, { input: raw, channel: 'email' });
  assert.deepEqual(hits.map((h) => h.messageId), ['callbackNumber']);
  assert.equal(hits[0]!.data!.phone, '+18885550147');
});

test('flags: discount robocall asking for a callback', async () => {
  assert.deepEqual(
    await ids(rule, { input: 'Your existing account is qualified for 50% off. Kindly call us back at 844-555-0142 from 8 a.m. to 5 p.m.', channel: 'call' }),
    ['callbackNumber'],
  );
});

test('flags: German press-key robocall', async () => {
  assert.deepEqual(await ids(rule, { input: 'Ihr Konto wurde gesperrt. Drücken Sie die 1, um mit einem Mitarbeiter zu sprechen.', channel: 'call' }), ['pressKey']);
});

test("near miss: doctor's office asking for a call back", async () => {
  assert.deepEqual(
    await ids(rule, { input: "Hi, this is Dr. Patel's office. We have an opening today. Please call us back at 925-555-0123. Thanks.", channel: 'call' }),
    [],
  );
});

test('near miss: shop with a question about your order', async () => {
  assert.deepEqual(
    await ids(rule, { input: 'We have a question about your order before we can proceed. Please give us a call at 1-877-555-0140.', channel: 'call' }),
    [],
  );
});

test('flags: SMS "if this was not you, call 1-8xx" callback lure', async () => {
  const t = 'Chase: a new sign-in to your account was detected. If this was not you, call 1-888-555-0142 now.';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['callbackNumber']);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'call'), at(t, '1-888-555-0142'), at(t, 'If this was not you')]);
});

test('flags: card locked, call support at a number', async () => {
  const t = 'VISA DEBIT Card Locked. Call support at: 855-555-0170.';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'Call support'), at(t, '855-555-0170'), at(t, 'DEBIT Card Locked')]);
});

test("near miss: genuine bank alerts with the bank's own number", async () => {
  assert.deepEqual(await ids(rule, 'HDFC Bank: Rs 1000.00 debited from a/c **8679 on 02-05-22 to VPA payee@ybl. Not you? Call on 18002586161 to report'), []);
  assert.deepEqual(
    await ids(rule, 'New login attempt for the mobile banking app detected. NEVER share your PIN/OTP with anyone. Bank NEVER asks for your details. If not done by you, call 18004251809'),
    [],
  );
});
