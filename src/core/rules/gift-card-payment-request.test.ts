import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './gift-card-payment-request.js';
import { ids, runRule } from './test-utils.js';

test('flags: pay a fee with Google Play cards (call)', async () => {
  const hits = await runRule(rule, { input: 'Caller: to cancel the order you must pay the fee with Google Play gift cards.\nMe: ok', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['payWithGiftCards']);
  assert.match(String(hits[0]!.data!.phrase), /google play gift cards/i);
});

test('flags: read out the numbers on the back of the cards', async () => {
  assert.deepEqual(await ids(rule, 'Go to Walmart, buy two Amazon gift cards of $500 and read me the numbers on the back.'), ['payWithGiftCards']);
});

test('flags: German voucher request', async () => {
  assert.deepEqual(await ids(rule, 'Bitte kaufen Sie Amazon Gutscheine im Wert von 200 Euro und senden Sie uns die Codes.'), ['payWithGiftCards']);
});

test('near miss: gift card as a present', async () => {
  assert.deepEqual(await ids(rule, 'Buy a gift card for a friend this holiday season — the perfect gift.'), []);
});

test('near miss: gift card mentioned without any ask', async () => {
  assert.deepEqual(await ids(rule, 'Your gift card balance is shown in Your Account.'), []);
});
