import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDomain, checkUrl } from './url-check.js';

test('checkDomain names the imitated brand for a lookalike', () => {
  const r = checkDomain('arnazon-refunds.com');
  assert.notEqual(r.verdict, 'no_red_flags');
  assert.equal(r.lookalikeOf?.brand, 'amazon');
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['lookalike-link-domain']);
  const idn = checkDomain('xn--pple-43d.com');
  assert.equal(idn.lookalikeOf?.technique, 'idn-homoglyph');
  assert.equal(idn.host, 'аpple.com');
});

test('checkDomain: brand and unrelated domains are not flagged', () => {
  const own = checkDomain('pay.amazon.co.uk');
  assert.equal(own.verdict, 'no_red_flags');
  assert.equal(own.officialBrand, 'amazon');
  assert.equal(checkDomain('wikipedia.org').verdict, 'no_red_flags');
  assert.equal(checkDomain('https://www.paypal.com/signin').officialBrand, 'paypal');
});

test('checkUrl reports link tricks and unwraps wrappers', () => {
  const r = checkUrl('http://www.amazon.co.jp@203.0.113.5/ap/signin');
  assert.deepEqual(r.findings.map((f) => f.ruleId).sort(), ['ip-address-link', 'userinfo-link']);
  assert.notEqual(r.verdict, 'no_red_flags');
  const w = checkUrl(`https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://paypa1.com/x')}`);
  assert.equal(w.wrapper, 'safelinks');
  assert.equal(w.lookalikeOf?.brand, 'paypal');
  assert.equal(checkUrl('https://www.amazon.com/gp/your-account').verdict, 'no_red_flags');
  assert.equal(checkUrl('https://en.wikipedia.org/wiki/Phishing').findings.length, 0);
});
