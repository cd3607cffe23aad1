import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './unexpected-order-charge.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: iPhone order robocall with "if you did not authorize"', async () => {
  const hits = await runRule(rule, {
    input: 'There is an order placed for Apple iPhone 14 Pro using your Amazon account for $1,499. If you do not authorize this order, press 1.',
    channel: 'call',
  });
  assert.deepEqual(hits.map((h) => h.messageId), ['unauthorizedOrder']);
  assert.match(String(hits[0]!.data!.item), /iphone/i);
  assert.equal(hits[0]!.data!.amount, 'USD 1499.00');
  assert.equal(hits[0]!.strength, 1);
});

test('flags: your account was charged (SMS)', async () => {
  assert.deepEqual(await ids(rule, 'Your card was charged $899.00 for a MacBook Air. Not you? Call 1-888-555-0199 to cancel.'), ['orderNotice']);
});

test('flags: German and Spanish unauthorized purchases', async () => {
  assert.deepEqual(await ids(rule, 'Eine Bestellung über 1.299,00 € wurde aufgegeben. Falls Sie diese Bestellung nicht getätigt haben, stornieren Sie sie hier.'), ['unauthorizedOrder']);
  assert.deepEqual(await ids(rule, 'Se ha realizado un cargo de 899 € en su cuenta. Si no reconoce esta compra, llame ahora.'), ['unauthorizedOrder']);
});

test('near miss: ordinary order confirmation without amount or denial hook', async () => {
  assert.deepEqual(await ids(rule, 'Thanks, your order has been placed. We will email you when it ships.'), []);
});

test('near miss: password-reset mail that says "if you did not request this"', async () => {
  const raw = eml({ from: 'noreply@forum.example.org', subject: 'Password reset', body: "Someone asked to reset your forum password. If you didn't request this, ignore this mail." });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), []);
});

test('near miss: shop talk about buying a laptop', async () => {
  assert.deepEqual(await ids(rule, 'I finally bought the laptop we talked about, it arrives Tuesday.'), []);
});

test('callback text: a charge, "Not you? Ring us" and a number no brand publishes', async () => {
  const hits = await runRule(rule, { input: 'Thanks for purchase $570.25 has charged on your card. Home Gym Order id PLMW7541. Not you? Ring us: +18888107503', channel: 'sms' });
  assert.deepEqual(hits.map((h) => h.messageId), ['unauthorizedOrder']);
  assert.equal(hits[0]!.data?.amount !== undefined, true);
});

test('near miss: a card alert whose "Not you? Call" number is the bank’s published one', async () => {
  assert.deepEqual(await ids(rule, { input: 'Chase: $25.00 debit card transaction at STARBUCKS. Not you? Call 1-800-935-9935', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'Not you? Call us on +18888107503 to update your details.', channel: 'sms' }), []);
});

test('flags: a withdrawal text with a link "to dispute" it', async () => {
  assert.equal((await ids(rule, { input: '#NavyFed: $870 withdrawn at ATMSW-2. To dispute, go to bit.ly/navyauth', channel: 'sms' })).length, 1);
});
