import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './investment-group-invite.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: an invitation to a crypto discussion group, with promised returns', async () => {
  const t = 'Dear. You are invited to join the (Bitcoin) internal discussion group. Members earn 500-5K USDT daily.';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['groupInviteReturns']);
  const [invite, returns] = hits[0]!.evidence;
  assert.deepEqual(invite, { kind: 'text', text: 'invited to join the (Bitcoin) internal discussion group', start: 14, end: 69 });
  assert.equal(returns!.kind === 'text' && returns!.text, 'earn 500-5K USDT daily');
});

test('flags: a stock club on WhatsApp, without returns at lower strength', async () => {
  const hits = await runRule(rule, 'Hi, welcome to join our VIP stock club on WhatsApp, our teacher shares free picks.');
  assert.deepEqual(hits.map((h) => [h.messageId, h.strength]), [['groupInvite', 0.75]]);
});

test('near miss: ordinary groups and clubs, and investment news', async () => {
  assert.deepEqual(await ids(rule, 'Want to join our book club on Thursday?'), []);
  assert.deepEqual(await ids(rule, 'Join the discussion group at the library, 7pm.'), []);
  const news = eml({ from: 'news@example.org', subject: 'Markets', body: 'The investment group bought a stake in the chain last week.' });
  assert.deepEqual(await ids(rule, { input: news, channel: 'email' }), []);
});

test('flags: "you enter the BTC … discussion group" with a group-chat link', async () => {
  const t = 'Dear, you enter the BTC internal information sharing discussion group: http://chat.whatsapp.com/AbCdEf';
  assert.deepEqual(await ids(rule, t), ['groupInvite']);
  // Entering a code or a contest is not joining an investment group.
  assert.deepEqual(await ids(rule, 'Enter the code 1234 to join the team chat.'), []);
});
