import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './press-one-callback.js';
import { eml, ids, runRule } from './test-utils.js';

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
