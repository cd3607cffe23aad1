import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import rule from './unfamiliar-link.js';
import { ids, runRule } from './test-utils.js';

test('flags a text link to a site no brand owns, naming the domain', async () => {
  const hits = await runRule(rule, { input: "Free Msg: Your bill is paid for March. Thanks, here's a little gift for you: giftdomain-example.com/ZSgingd6vi", channel: 'sms' });
  assert.deepEqual(hits.map((h) => h.messageId), ['unfamiliar']);
  assert.equal(hits[0]!.data?.domain, 'giftdomain-example.com');
  assert.equal(hits[0]!.evidence[0]!.kind, 'link');
});

test('near misses: a brand’s own site, a public-sector or university site, no link, email', async () => {
  assert.deepEqual(await ids(rule, { input: 'Your Amazon order has shipped: https://www.amazon.com/your-orders', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'UPennAlert: All clear. You may resume normal activity. See www.publicsafety.upenn.edu', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'Your passport application is ready: https://www.gov.uk/track-passport-application', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'See you at noon', channel: 'sms' }), []);
});

test('alone it stays "no red flags"; with a story it is the link half of "pretext-with-link"', async () => {
  const model = false as const;
  const plain = await analyze({ input: 'Menu for tonight: https://pizza-place-example.com/menu', channel: 'sms' }, { model });
  assert.ok(plain.findings.some((f) => f.ruleId === 'unfamiliar-link'));
  assert.equal(plain.verdict, 'no_red_flags');
  const lure = await analyze({ input: 'Your card has been temporarily blocked. Unblock card at https://unblock-card-example.com.bd/x', channel: 'sms' }, { model });
  assert.notEqual(lure.verdict, 'no_red_flags');
  const without = await analyze({ input: 'Your card has been temporarily blocked. Call the number on the back of your card.', channel: 'sms' }, { model });
  assert.ok(lure.score > without.score);
});
