import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UrlModel } from '../model/url-model.js';
import rule, { judgeHost, NO_CLAIM_FACTOR } from './learned-url-model.js';
import { RuleTester } from './rule-tester.js';
import { BRANDS } from '../brands/index.js';
import { runRule } from './test-utils.js';

const always = new UrlModel(new Float32Array(1 << 10), 0, { a: 1, b: 0 }, 0);

test('reports a link whose domain the model rates at or above its threshold, as a resemblance', async () => {
  const hits = await runRule(rule, { input: 'Amazon: your Amazon order is on hold. Verify your Amazon account at https://aczua-toapna.icu/track', channel: 'sms' }, { urlModel: always });
  assert.deepEqual(hits.map((h) => h.messageId), ['resembles']);
  assert.equal(hits[0]!.data?.domain, 'aczua-toapna.icu');
  // p = 0.5 at threshold 0: halfway from 0.8 to 1.
  assert.equal(hits[0]!.strength, 0.9);
  // Without a brand claim it only adds to other findings.
  const plain = await runRule(rule, { input: 'See https://aczua-toapna.icu/track', channel: 'sms' }, { urlModel: always });
  assert.equal(plain[0]!.strength, Math.round(0.9 * NO_CLAIM_FACTOR * 1000) / 1000);
});

test('strength is 0.8 at the threshold and 1 at p = 1', () => {
  const m = new UrlModel(new Float32Array(1 << 10), 0, { a: 1, b: 0 }, 0.5);
  assert.equal(judgeHost('example-shop.xyz', BRANDS, m)?.strength, 0.8);
  assert.equal(judgeHost('example-shop.xyz', BRANDS, new UrlModel(new Float32Array(1 << 10), 0, { a: 1, b: 0 }, 0.6)), null);
});

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: brand domains, shorteners, the model turned off, a top site #1: Sign in at https://www.amazon.com/ap/signin', message: { input: 'Sign in at https://www.amazon.com/ap/signin', channel: 'sms' }, options: { urlModel: always } },
    { name: 'near misses: brand domains, shorteners, the model turned off, a top site #2: Track it: https://bit.ly/3xYz', message: { input: 'Track it: https://bit.ly/3xYz', channel: 'sms' }, options: { urlModel: always } },
    { name: 'near misses: brand domains, shorteners, the model turned off, a top site #3: Your Amazon parcel: https://aczua-toapna.icu/…', message: { input: 'Your Amazon parcel: https://aczua-toapna.icu/track', channel: 'sms' }, options: { urlModel: false } },
    { name: 'near misses: brand domains, shorteners, the model turned off, a top site #4: Read https://en.wikipedia.org/wiki/Phishing', message: { input: 'Read https://en.wikipedia.org/wiki/Phishing', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'a link whose domain the model rates at its threshold, in a message that claims a brand',
      message: { input: 'Amazon: your Amazon order is on hold. Verify your Amazon account at https://aczua-toapna.icu/track', channel: 'sms' },
      options: { urlModel: always },
      hits: [
        { messageId: 'resembles', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://aczua-toapna.icu/track', text: 'https://aczua-toapna.icu/track' }], data: { domain: 'aczua-toapna.icu', probability: 0.5, percent: 50 }, strength: 0.9 },
      ],
    },
    {
      name: 'the same link without a brand claim, at reduced strength',
      message: { input: 'See https://aczua-toapna.icu/track', channel: 'sms' },
      options: { urlModel: always },
      hits: [
        { messageId: 'resembles', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://aczua-toapna.icu/track', text: 'https://aczua-toapna.icu/track' }], data: { domain: 'aczua-toapna.icu', probability: 0.5, percent: 50 }, strength: 0.54 },
      ],
    },
  ],
});
