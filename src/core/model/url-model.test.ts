import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BRANDS } from '../brands/index.js';
import { checkDomain, checkUrl } from '../url-check.js';
import { committedUrlModel } from './assets.js';
import { modelDomainOf, urlFeatures, UrlModel } from './url-model.js';

/** A stand-in model that reports on every domain it is allowed to judge (threshold 0). */
const always = new UrlModel(new Float32Array(1 << 10), 0, { a: 1, b: 0 }, 0);

test('the featuriser is deterministic and sorted', () => {
  const name = { label: 'secure-amaz0n-login', suffix: 'co.jp' };
  const a = urlFeatures(name, 16, BRANDS);
  const b = urlFeatures(name, 16, BRANDS);
  assert.deepEqual(a, b);
  assert.ok(a.indices.length > 20);
  for (let i = 1; i < a.indices.length; i++) assert.ok(a.indices[i]! > a.indices[i - 1]!);
  for (const v of a.values) assert.ok(Number.isFinite(v) && v > 0);
  assert.notDeepEqual(urlFeatures({ label: 'secure-amaz0n-login', suffix: 'com' }, 16, BRANDS), a);
});

test('no scheme, subdomain, path or query features: only the registrable domain is read', () => {
  const bare = modelDomainOf('example-shop.xyz', BRANDS);
  const deep = modelDomainOf('login.secure.www.example-shop.xyz', BRANDS);
  assert.deepEqual(bare, { label: 'example-shop', suffix: 'xyz', registrable: 'example-shop.xyz' });
  assert.deepEqual(deep, bare);
  const m = committedUrlModel();
  const pUrl = checkUrl('http://login.secure.example-shop.xyz:8080/wp-admin/signin.php?cmd=_login', { urlModel: always }).findings.find((f) => f.ruleId === 'learned-url-model');
  const pDom = checkDomain('example-shop.xyz', { urlModel: always }).findings.find((f) => f.ruleId === 'learned-url-model');
  assert.equal(pUrl?.data.domain, 'example-shop.xyz');
  assert.equal(pDom?.data.domain, 'example-shop.xyz');
  assert.equal(m.probability(bare!, BRANDS), m.probability(deep!, BRANDS));
});

test('the committed model loads, is small, and scores', () => {
  const m = committedUrlModel();
  assert.equal(committedUrlModel(), m, 'read once');
  assert.ok(m.bits >= 16 && m.bits <= 18);
  assert.ok(2 << m.bits < 300_000, 'asset over ~300 KB');
  assert.ok(m.threshold > 0.5 && m.threshold < 1);
  const p = (h: string) => m.probability(modelDomainOf(h, BRANDS)!, BRANDS);
  for (const h of ['wikipedia.org', 'bbc.co.uk', 'github.com', 'stackoverflow.com']) assert.ok(p(h) < m.threshold, `${h} ${p(h)}`);
  // Names of the kind the phishing feeds are full of score higher than top sites.
  assert.ok(p('aczua-toapna.icu') > p('wikipedia.org'));
  assert.ok(p('rakuten-co.top') > p('rakuten.co.jp.example.org'));
});

test('shared platforms, shorteners, IP hosts and brand domains are not judged', () => {
  for (const h of ['foo.duckdns.org', 'x.workers.dev', 'bit.ly', '203.0.113.5', 'www.amazon.co.jp', 'paypal.com', 'login.microsoftonline.com']) {
    assert.equal(modelDomainOf(h, BRANDS), null, h);
  }
});
