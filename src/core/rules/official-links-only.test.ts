import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './official-links-only.js';
import { ids, runRule } from './test-utils.js';

test('genuine: every link goes to the claimed brand’s own site', async () => {
  const hits = await runRule(rule, 'Your Amazon order has shipped. Track it at https://www.amazon.com/your-orders');
  assert.deepEqual(hits.map((h) => [h.messageId, h.effect]), [['officialLinks', 'lower']]);
  assert.equal(hits[0]!.data!.domains, 'amazon.com');
  assert.equal(hits[0]!.evidence[0]!.kind, 'link');
  assert.equal(hits[0]!.evidence[0]!.kind === 'link' && hits[0]!.evidence[0]!.href, 'https://www.amazon.com/your-orders');
});

test('near miss: one link elsewhere, a shortener, a user-content page, another brand, or a number to call', async () => {
  assert.deepEqual(await ids(rule, 'Amazon: track it at https://www.amazon.com/orders or https://amazon-track.top/x'), []);
  assert.deepEqual(await ids(rule, 'Amazon: your parcel is waiting https://bit.ly/3abcd'), []);
  assert.deepEqual(await ids(rule, 'PayPal: send the fee to https://paypal.me/somebody'), []);
  assert.deepEqual(await ids(rule, 'Amazon: sign in at https://www.paypal.com/signin to keep your order'), []);
  assert.deepEqual(await ids(rule, 'Amazon: see https://www.amazon.com/orders or call 1-888-555-0173 to cancel.'), []);
  assert.deepEqual(await ids(rule, 'Your order has shipped.'), []);
});
