import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './lookalike-link-domain.js';
import { eml, ids, runRule } from './test-utils.js';

const sms = (input: string) => ({ input, channel: 'sms' as const });
const html = (body: string) => ({ input: eml({ from: 'x@example.org', subject: 'Hi', html: body }), channel: 'email' as const });

test('flags lookalike link hosts', async () => {
  const hits = await runRule(rule, sms('Your parcel is held: https://amazon.co.jp.account-verify.xyz/login'));
  assert.equal(hits[0]?.data?.technique, 'brand-in-subdomain');
  assert.equal((await runRule(rule, sms('Verify: http://paypa1.com/signin')))[0]?.data?.technique, 'homoglyph');
  assert.equal((await runRule(rule, html('<a href="https://xn--pple-43d.com/id">Apple ID</a>')))[0]?.data?.technique, 'idn-homoglyph');
});

test('flags a brand in the path of a sign-in page', async () => {
  assert.deepEqual(await ids(rule, sms('Update now: https://secure-check.top/www.amazon.co.jp/ap/signin')), ['brandInPath']);
});

test('near misses: brand links, unrelated links, shop pages naming a brand', async () => {
  assert.deepEqual(await ids(rule, sms('Track at https://www.amazon.co.uk/progress-tracker')), []);
  assert.deepEqual(await ids(rule, sms('Menu: https://www.applebees.com/en/menu')), []);
  assert.deepEqual(await ids(rule, html('<a href="https://shop.example/cases/apple-iphone-15">iPhone cases</a>')), []);
});
