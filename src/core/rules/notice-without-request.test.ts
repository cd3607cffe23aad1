import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './notice-without-request.js';
import { ids, runRule } from './test-utils.js';

test('genuine: a notice about your own account that asks for nothing', async () => {
  const text = 'T-Mobile Msg: $40.00 has been added to your account. Your new balance is $40.00. Thanks for refilling!';
  const hits = await runRule(rule, text);
  assert.deepEqual(hits.map((h) => [h.messageId, h.effect, h.data?.topic]), [['noticeOnly', 'lower', 'account']]);
  assert.deepEqual(hits[0]!.evidence, [{ kind: 'text', text: 'account', start: 44, end: 51 }]);
  assert.deepEqual(await ids(rule, 'Walmart Bakery: Your custom cake order is ready for pickup. Reply HELP for help, STOP to stop.'), ['noticeOnly']);
  assert.deepEqual(await ids(rule, 'Rs 500.00 debited from a/c XX1234 on 07-04-22. Avl bal Rs 10,250.00'), ['noticeOnly']);
});

test('near miss: a notice that wants a reply, a call, a link click, or threatens', async () => {
  assert.deepEqual(await ids(rule, 'Darty card: E 160.00 withdrawn. For another choice of reimbursement answer YES to this SMS.'), []);
  assert.deepEqual(await ids(rule, 'Your order 4411 is confirmed. Message your name and account number to 7679046492'), []);
  assert.deepEqual(await ids(rule, 'Your account is locked. Your balance is frozen until you verify.'), []);
  assert.deepEqual(await ids(rule, 'Your parcel is held. Pay the fee at https://usps-redelivery.top/pay'), []);
  assert.deepEqual(await ids(rule, 'Congratulations! Your account won a bonus of $500.'), []);
});

test('near miss: personal chat has no account or order in it', async () => {
  assert.deepEqual(await ids(rule, 'Hi, are you home? I am outside.'), []);
  assert.deepEqual(await ids(rule, 'Hi, is this Vince? Sorry, wrong number.'), []);
});

test('a date to collect your own order is not pressure; a date to pay still is', async () => {
  assert.deepEqual(await ids(rule, { input: 'Bakery: Your custom cake order is ready for pickup. Please pick it up by 10/14. Reply HELP for help, STOP to stop.', channel: 'sms' }), ['noticeOnly']);
  assert.deepEqual(await ids(rule, { input: 'Your order is on hold. Pay the balance by 10/14 or it will be cancelled.', channel: 'sms' }), []);
});

test('near miss: "you will get paid" is an offer, not a notice about a payment', async () => {
  assert.deepEqual(await ids(rule, { input: 'I would love to use one of your pictures for my art project and you will get paid for it', channel: 'sms' }), []);
});
