import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './paid-task-job-offer.js';
import { at, eml, ids, runRule } from './test-utils.js';

test('flags: rate or like hotels for $300-800 a day, WhatsApp contact', async () => {
  const t = 'Hello! We need someone to rate hotels online. We pay $300-$800 per day, part-time and flexible hours. Contact us on WhatsApp +1 204 555 0134';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['taskJob']);
  assert.equal(hits[0]!.data!.phrase, 'rate hotels');
  assert.deepEqual(hits[0]!.evidence.slice(0, 2), [at(t, 'rate hotels'), at(t, '$300-$800 per day')]);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: brand-named recruiter moving you to Telegram', async () => {
  const t = "Hi, I'm Emma from the Amazon recruiting team. We offer part-time remote work, message us on Telegram for details.";
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['taskJob']);
  assert.deepEqual(hits[0]!.evidence[0], at(t, "I'm Emma from the Amazon recruiting team"));
});

test('flags: recharge USDT to unlock tasks', async () => {
  const t = 'Complete 40 tasks of product boosting each day. To unlock the next level, recharge your account with USDT.';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['payToWork']);
  assert.equal(hits[0]!.data!.phrase, 'unlock the next level');
  assert.deepEqual(hits[0]!.evidence[0], at(t, 'Complete 40 tasks'));
});

test('flags: Spanish work from home with WhatsApp', async () => {
  assert.deepEqual(await ids(rule, 'Trabajo desde casa, calificar productos y ganar $500 al día. Escríbenos por WhatsApp.'), ['taskJob']);
});

test('near miss: one job word is a normal advert or chat', async () => {
  assert.deepEqual(await ids(rule, 'I got the part-time job at the library! Starting Monday.'), []);
  assert.deepEqual(await ids(rule, 'Mobile recharge of Rs 239 successful. Validity 28 days.'), []);
});

test('near miss: a mailing-list job advert needs three signs', async () => {
  const raw = eml({ from: 'Lab <jobs@university.example>', subject: 'Student helper', body: 'We are looking for part-time work help in the lab, $15 an hour. Reply to this list.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), []);
});
