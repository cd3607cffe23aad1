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

test('near miss: a gift card offered as the reward of a promotion is not payment in gift cards', async () => {
  assert.deepEqual(await ids(rule, { input: 'Sign up for Shop Pay Later & win an iPad + Rs.5100* Gift Card. http://shop.example.in/x', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'Shop during the sale & pay later. Sign-up & get Rs.100 Gift Card* + credit up to Rs.70,000', channel: 'sms' }), []);
  // The same reward wording with a fee to pay is still the scam.
  assert.deepEqual(await ids(rule, { input: 'You won a $500 gift card! To receive it, pay the $2 verification fee.', channel: 'sms' }), ['payWithGiftCards']);
  assert.deepEqual(await ids(rule, { input: 'I need you to get 4 Apple gift cards of $200 and send me the codes.', channel: 'sms' }), ['payWithGiftCards']);
});
