import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './pay-outside-platform.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: bank transfer to complete an Amazon order (sms)', async () => {
  const hits = await runRule(rule, 'Your Amazon order is on hold. Pay via bank transfer to complete your Amazon order.');
  assert.deepEqual(hits.map((h) => h.messageId), ['payOutside']);
  assert.equal(hits[0]!.data!.method, 'bank transfer');
});

test('flags: send payment directly to the seller (email)', async () => {
  const hits = await runRule(rule, { input: eml({ from: 'seller@example.net', body: 'Please send payment directly to the seller via Cash App to complete your purchase.' }), channel: 'email' });
  assert.deepEqual(hits.map((h) => h.messageId), ['payOutside']);
  assert.equal(hits[0]!.data!.method, 'directly to the seller');
});

test('flags: PayPal friends and family for an order', async () => {
  const hits = await runRule(rule, 'To confirm the order, pay with PayPal friends and family so the seller can ship today.');
  assert.match(String(hits[0]?.data?.method), /paypal friends and family/);
});

test('flags: pay by phone on a call claiming Amazon', async () => {
  const hits = await runRule(rule, { input: 'Caller: this is Amazon, you need to pay by phone today to release the order.\nMe: ok', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['payOutside']);
});

test('flags: German payment outside Amazon', async () => {
  const hits = await runRule(rule, 'Bitte leisten Sie die Zahlung außerhalb von Amazon direkt an den Verkäufer.');
  assert.deepEqual(hits.map((h) => h.messageId), ['payOutside']);
});

test('flags: Spanish transfer to the seller', async () => {
  assert.deepEqual(await ids(rule, 'Para completar su pedido pague por transferencia bancaria al vendedor.'), ['payOutside']);
});

test('near miss: friends splitting a bill over Venmo', async () => {
  assert.deepEqual(await ids(rule, 'Hey, can you Venmo me $20 for dinner?'), []);
});

test('near miss: a receipt that names the payment method', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'shop@example.net', body: 'Payment method: Bank transfer. Your order will ship soon.' }), channel: 'email' }), []);
});

test('near miss: warning not to pay outside the platform', async () => {
  assert.deepEqual(await ids(rule, 'Never pay a seller by bank transfer outside of Amazon: your order is not protected.'), []);
});

test('weak: pay by phone on a utility bill without a brand', async () => {
  const hits = await runRule(rule, 'Your water bill is ready. You can pay by phone or online; the invoice is attached.');
  assert.ok(hits.every((h) => (h.strength ?? 1) <= 0.4));
});
