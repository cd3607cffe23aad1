import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './wire-transfer-request.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: Zelle payment to unlock an account', async () => {
  const hits = await runRule(rule, 'Send the payment via Zelle to 555-123-4567 to unlock your Amazon account.');
  assert.deepEqual(hits.map((h) => h.messageId), ['wireTransfer']);
  assert.equal(hits[0]!.data!.rail, 'zelle');
  assert.equal(hits[0]!.strength, 1);
});

test('flags: Western Union on a call', async () => {
  const hits = await runRule(rule, { input: 'Caller: you need to send it through Western Union or MoneyGram.', channel: 'call' });
  assert.equal(hits[0]?.data?.rail, 'western union');
});

test('flags: wire the funds (email)', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'ceo@example.net', body: 'Please wire the funds today to avoid the penalty.' }), channel: 'email' }), ['wireTransfer']);
});

test('flags: safe account story', async () => {
  const hits = await runRule(rule, { input: 'Caller: your account is compromised, you must move your money to a safe account now.', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['safeAccount']);
  assert.equal(hits[0]!.data!.account, 'safe account');
});

test('flags: German and Spanish safe account', async () => {
  assert.deepEqual(await ids(rule, { input: 'Caller: Sie müssen Ihr Geld auf ein sicheres Konto überweisen.', channel: 'call' }), ['safeAccount']);
  assert.deepEqual(await ids(rule, 'Transfiera sus ahorros a una cuenta segura hoy mismo.'), ['safeAccount']);
});

test('flags: generic bank transfer is weaker', async () => {
  const hits = await runRule(rule, 'To release the shipment, please make a bank transfer to the account below.');
  assert.deepEqual(hits.map((h) => h.messageId), ['wireTransfer']);
  assert.ok((hits[0]!.strength ?? 1) < 1);
});

test('near miss: a receipt naming bank transfer', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'shop@example.net', body: 'Payment method: Bank transfer. Your order will ship soon.' }), channel: 'email' }), []);
});

test('near miss: bank warning about safe accounts', async () => {
  assert.deepEqual(await ids(rule, 'We will never ask you to move money to a safe account.'), []);
});

test('near miss: logging in to a secure account area', async () => {
  assert.deepEqual(await ids(rule, 'Log in to your secure account area to view your statement.'), []);
});
