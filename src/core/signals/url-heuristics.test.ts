import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BRANDS } from '../brands/index.js';
import { assessHost, assessUrl, looksRandom, SUSPICIOUS_TOTAL } from './url-heuristics.js';

const ids = (href: string) => assessUrl(href, BRANDS).signals.map((s) => s.id).sort();

test('random-looking labels: noise yes, words and brands no', () => {
  for (const s of ['xmjvei', 'bbbdsadqws', 'ewqfszas', 'sfghvc', '8x3k39nf', 'bbca156569a539', 'tghvmnss95545']) assert.equal(looksRandom(s), true, s);
  for (const s of ['amazon', 'wikipedia', 'google', 'microsoft', 'onlinebanking', 'cloudflare', 'stackoverflow', 'mercari', 'yahoo', 'rakuten', 'abc', 'web3']) assert.equal(looksRandom(s), false, s);
});

test('dynamic DNS, free hosting and abused TLDs need a subdomain or a TLD match', () => {
  assert.deepEqual(ids('http://bhvalkxq.duckdns.org/'), ['dynamic-dns', 'random-label']);
  assert.ok(ids('https://dry-limit-bdd6.8x3k39nf.workers.dev/').includes('free-hosting'));
  assert.deepEqual(ids('https://duckdns.org/'), []);
  assert.deepEqual(ids('https://pages.github.io/'), ['free-hosting']);
  assert.deepEqual(ids('https://www.github.com/'), []);
  assert.deepEqual(ids('https://example.xyz/'), ['abused-tld']);
  assert.deepEqual(ids('https://sites.google.com/view/x'), ['free-hosting']);
});

test('fake domain in front of the real one, deep subdomains and host keywords', () => {
  assert.ok(ids('https://www.amazon.co.jp.amipn.shop/').includes('domain-in-subdomain'));
  assert.ok(ids('https://www-annazon-co-jp.duketoken.co/').includes('domain-in-subdomain'));
  assert.ok(ids('https://appleid.apple.com-services.cancel-order.com/').includes('domain-in-subdomain'));
  // Country-code subdomains are ordinary.
  assert.deepEqual(ids('https://jp.mercari.com/'), []);
  assert.deepEqual(ids('https://de.wikipedia.org/wiki/Haus'), []);
  assert.ok(ids('https://a.b.c.d.example.com/').includes('deep-subdomain'));
  assert.deepEqual(ids('https://secure-login-service.example.net/').filter((x) => x === 'host-keyword'), ['host-keyword']);
  assert.deepEqual(ids('https://securityweek.com/'), []);
});

test('path, port and punycode traits', () => {
  assert.deepEqual(ids('https://example.com/ap/signin?openid=1'), ['credential-path']);
  assert.deepEqual(ids('https://example.com/wp-content/plugins/x/'), ['kit-path']);
  assert.deepEqual(ids('https://example.com:8443/'), ['odd-port']);
  assert.deepEqual(ids('https://example.com:443/'), []);
  assert.ok(ids('https://xn--80ak6aa92e.com/').includes('punycode-host'));
  assert.deepEqual(ids('https://myname.github.io/AMAZON/'), ['brand-in-path', 'free-hosting']);
  assert.deepEqual(ids('https://example.com/blog/first-post'), []);
});

test('one weak trait is never suspicious; two or three together are', () => {
  for (const u of ['https://example.xyz/', 'https://example.com/login', 'https://someone.github.io/', 'https://a.b.c.example.com/', 'https://example.com:8080/']) {
    assert.ok(assessUrl(u, BRANDS).total < SUSPICIOUS_TOTAL, u);
  }
  for (const u of ['http://bhvalkxq.duckdns.org/', 'https://bbbdsadqws.xyz/', 'https://www.amazon.co.jp.amipn.shop/', 'https://secure-login.example.top/verify']) {
    assert.ok(assessUrl(u, BRANDS).total >= SUSPICIOUS_TOTAL, u);
  }
  assert.equal(assessHost('wikipedia.org').total, 0);
  assert.equal(assessUrl('not a url').total, 0);
  assert.equal(assessUrl('mailto:a@b.xyz').total, 0);
});

test('linear time on long hostile input', () => {
  const long = `https://${'a-'.repeat(30)}b.${'x'.repeat(60)}.top/${'login/'.repeat(2000)}?${'q=1&'.repeat(5000)}`;
  const t = Date.now();
  assessUrl(long, BRANDS);
  assert.ok(Date.now() - t < 200);
});
