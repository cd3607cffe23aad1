import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './prize-voucher-survey-lure.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: you have been selected to receive a reward', async () => {
  const hits = await runRule(rule, 'Congratulations! You have been selected to receive a $500 Amazon gift card. Claim your reward now.');
  assert.deepEqual(hits.map((h) => h.messageId), ['prizeClaim']);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: survey with a reward (email)', async () => {
  const raw = eml({ from: 'Amazon Rewards <r@survey-amzn.example>', subject: 'Quick question', body: 'Take our short survey and receive a free reward worth $100.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), ['prizeClaim']);
});

test('flags: German, Spanish, French, Portuguese, Dutch prize wording', async () => {
  for (const t of [
    'Jetzt Amazon Gutschein gewinnen! Sie wurden ausgewählt.',
    '¡Felicidades! Usted ha ganado un iPhone 15.',
    'Félicitations, vous avez gagné un bon de 500 €.',
    'Parabéns! Você ganhou um prêmio.',
    'Gefeliciteerd, u heeft een cadeaubon gewonnen.',
  ]) {
    assert.deepEqual(await ids(rule, t), ['prizeClaim'], t);
  }
});

test('flags: only soft prize words, in numbers', async () => {
  assert.deepEqual(await ids(rule, 'Congratulations to our lottery winner!'), ['prizeWords']);
});

test('near miss: "you won\'t believe" and a single congratulations', async () => {
  assert.deepEqual(await ids(rule, "You won't believe the traffic today. Congratulations on the new job!"), []);
});

test('near miss: the option you selected', async () => {
  assert.deepEqual(await ids(rule, 'You selected express delivery for this order.'), []);
});

test('flags: a "little gift for you" with a link; near miss: a friend’s gift', async () => {
  const hits = await runRule(rule, "Free Msg: Your bill is paid for March. Thanks, here's a little gift for you: gift-4u.example/x");
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.evidence[0]!.kind === 'text' && hits[0]!.evidence[0]!.text, "here's a little gift for you");
  assert.deepEqual(await ids(rule, 'I bought a gift for you, see you at dinner'), []);
});

test('store gift and giveaway waves: survey credit, "a gift to express our gratitude", giveaways', async () => {
  for (const input of [
    'CVS Appreciation Week: Complete Quick Survey and Earn up to $100 in CVS Credit x-example.com/wnX1r9',
    'WOW $100 for 1-2 Minute Walmart Servey x-example.com/HW3SV3',
    'This is a gift to express our gratitude for your exceptional payment record. Merry Christmas! x-example.info/hY',
    'Monthly GiveAway by Home Depot http://x-example.shopping/v3E6qB',
    "He said they're handing out money to their customers today. http://x-example.business/hBF734",
  ]) {
    assert.equal((await ids(rule, { input, channel: 'sms' })).length, 1, input);
  }
  assert.deepEqual(await ids(rule, { input: 'Thanks for taking our survey last week. Your answers help us improve the store.', channel: 'sms' }), []);
});

test('flags: reward points "worth Rs" to redeem in cash', async () => {
  const t = 'Dear customer your SBI credit card reward point worth INR 5000 expire by tomorrow Kindly redeem your point in cash by click here https://bit.ly/2nbPm';
  assert.equal((await ids(rule, { input: t, channel: 'sms' })).length, 1);
  // Earning points on a purchase is an ordinary statement.
  assert.deepEqual(await ids(rule, { input: 'You have earned 120 reward points on your purchase at Big Bazaar. Redeem your points on Debit Card T&C apply', channel: 'sms' }), []);
});
