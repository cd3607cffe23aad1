import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './link-text-mismatch.js';
import { eml, ids, runRule } from './test-utils.js';

const html = (body: string) => ({ input: eml({ from: 'x@example.org', subject: 'Hi', html: body }), channel: 'email' as const });

test('flags a shown brand address that goes elsewhere', async () => {
  const hits = await runRule(rule, html('<p>Log in at <a href="http://paypal-check.top/x">www.paypal.com</a></p>'));
  assert.deepEqual(hits.map((h) => h.messageId), ['mismatch']);
  assert.equal(hits[0]!.data?.shown, 'paypal.com');
  assert.equal(hits[0]!.data?.target, 'paypal-check.top');
  assert.equal(hits[0]!.strength, 1);
  assert.deepEqual(await ids(rule, html('<a href="https://evil.example/">https://docs.example.org/report</a>')), ['mismatch']);
});

test('near misses: same site, same brand, wrapped genuine link, plain words', async () => {
  assert.deepEqual(await ids(rule, html('<a href="https://www.amazon.com/orders?ref=x">amazon.com</a>')), []);
  assert.deepEqual(await ids(rule, html('<a href="https://www.amazon.co.uk/orders">www.amazon.com</a>')), []);
  const wrapped = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://github.com/org/repo')}&data=1`;
  assert.deepEqual(await ids(rule, html(`<a href="${wrapped}">github.com/org/repo</a>`)), []);
  assert.deepEqual(await ids(rule, html('<a href="https://evil.example/">Click here</a>')), []);
});
