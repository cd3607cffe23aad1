import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './sensitive-data-request.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: confirm card number and CVV on a call', async () => {
  const hits = await runRule(rule, { input: 'Caller: can you confirm your card number and the 3 digit code on the back?', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['askCardDetails']);
  assert.equal(hits[0]!.data!.item, 'card number');
});

test('flags: provide the security code', async () => {
  const hits = await runRule(rule, 'Amazon: to keep your order, provide the 3-digit code on the back of your card.');
  assert.deepEqual(hits.map((h) => h.messageId), ['askCardDetails']);
});

test('flags: SSN and bank PIN', async () => {
  const ssn = await runRule(rule, 'Amazon: verify your SSN to release your refund.');
  assert.deepEqual(ssn.map((h) => h.messageId), ['askPersonalInfo']);
  assert.equal(ssn[0]!.data!.item, 'ssn');
  assert.deepEqual(await ids(rule, { input: 'Caller: I need your bank PIN to stop the transaction.', channel: 'call' }), ['askCardDetails']);
});

test('flags: mother\'s maiden name and online banking login', async () => {
  assert.deepEqual(await ids(rule, { input: "Caller: for security, tell me your mother's maiden name.", channel: 'call' }), ['askPersonalInfo']);
  assert.deepEqual(await ids(rule, 'PayPal: confirm your online banking login to link the account.'), ['askPersonalInfo']);
});

test('flags: German and Spanish card asks', async () => {
  assert.deepEqual(await ids(rule, 'Bitte bestätigen Sie Ihre Kreditkartennummer und die Prüfnummer.'), ['askCardDetails']);
  assert.deepEqual(await ids(rule, 'Por favor confirme el número de su tarjeta y el código de seguridad.'), ['askCardDetails']);
});

test('date of birth alone is weaker than with an address', async () => {
  const alone = await runRule(rule, 'Please confirm your date of birth.');
  const both = await runRule(rule, 'Please confirm your date of birth and home address.');
  assert.ok((alone[0]!.strength ?? 1) < (both[0]!.strength ?? 1));
});

test('near miss: the brand statement itself', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'x@example.net', body: 'We will never ask for your PIN or card number.' }), channel: 'email' }), []);
});

test('near miss: a charge notice with the last digits', async () => {
  assert.deepEqual(await ids(rule, 'Your card ending in 1234 was charged $10.99.'), []);
});

test('near miss: advice not to share the CVV', async () => {
  assert.deepEqual(await ids(rule, 'Do not share your CVV with anyone who calls you.'), []);
});
