import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from '../types.js';
import { extractUrls, linkMatches, linkMatchesPlain, type TextLink } from './urls.js';

// The token scan (linkify on the tokens that can hold a link, each distinct token once) must find
// exactly what one linkify.match over the whole text finds.

const fields = (l: TextLink[]) => l.map((m) => ({ schema: m.schema, index: m.index, lastIndex: m.lastIndex, raw: m.raw, url: m.url }));
const same = (text: string) => assert.deepEqual(fields(linkMatches(text)), fields(linkMatchesPlain(text)), JSON.stringify(text));

test('links, bare domains, emails and IPs: the token scan equals the whole-text scan', () => {
  const cases = [
    'Visit https://amazon.com.verify-account.top/login?id=1 now, or amazon-support.xyz/x.',
    'Mail support@paypal.com or <billing@apple-id.help>; see //cdn.example.org/a and 192.168.0.1:8080/x',
    'Repeated: http://a.example.com/x http://a.example.com/x (http://a.example.com/x)',
    'Not links: 1.5, v2.0, e.g. U.S., file.txt, 22.5%, a..b',
    'Spaces\u00a0www.example.co.uk\u2003and\u3000mailto:x@y.com',
    'ftp://files.example.net/pub https://[::1]/ http://user:pass@evil.example/',
  ];
  for (const text of cases) same(text);
  assert.equal(linkMatches(cases[2]!).length, 3, 'a repeated token yields each occurrence');
});

test('the token scan equals the whole-text scan on random strings of link fragments', () => {
  const tokens = [
    'http://', 'https://', '//', 'ftp://', 'mailto:', 'www.', 'amazon', 'paypal', '.com', '.co.uk', '.top', '.xyz', '.zz', '.',
    '..', '/', '/path', '?q=1', '#frag', ':8080', '@', 'user', 'a', '1', '192.168.1.1', '[::1]', ' ', '  ', '\n', '\t', '\u00a0',
    '\u2003', '\u3000', '\u0085', '(', ')', '<', '>', '"', "'", ',', ';', '!', '|', '｜', '-', '_', 'é', 'xn--p1ai', 'рф',
  ];
  let seed = 2024;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let withLinks = 0;
  for (let k = 0; k < 3000; k++) {
    let text = '';
    const len = 1 + Math.floor(rnd() * 30);
    for (let i = 0; i < len; i++) text += tokens[Math.floor(rnd() * tokens.length)];
    // Repeat a slice sometimes, so the per-token memo is exercised.
    if (k % 3 === 0) text += ` ${text.slice(0, Math.floor(rnd() * text.length))} ${text}`;
    const plain = linkMatchesPlain(text);
    if (plain.length) withLinks++;
    assert.deepEqual(fields(linkMatches(text)), fields(plain), JSON.stringify(text));
  }
  assert.ok(withLinks > 500, `the strings hold links (${withLinks})`);
});

test('past the cap on web links, email addresses are still found (the scan reads only tokens with "@")', () => {
  const urls = (from: number, n: number) => Array.from({ length: n }, (_, i) => `https://shop${from + i}.example.com/p`).join(' ');
  const text = `${urls(0, 250)} write to help@example.org or ${urls(250, 50)} sales@example.net, see mailto:x@example.co.uk`;
  const message = { text, links: [] } as unknown as Message;
  const capped = extractUrls(message, 200);
  const count = (e: typeof capped, t: string) => e.entities.filter((x) => x.type === t).length;
  assert.equal(count(capped, 'url'), 200);
  assert.equal(capped.textLinks.length, 200);
  assert.equal(capped.textLinks[199]!.href, 'https://shop199.example.com/p', 'the first 200 in text order');
  assert.deepEqual(
    capped.entities.filter((x) => x.type === 'email').map((x) => x.value),
    ['help@example.org', 'sales@example.net', 'x@example.co.uk'],
  );
  // Without the cap in the way every link is kept: the cap, not the scan, dropped the rest.
  const all = extractUrls(message, 1000);
  assert.equal(count(all, 'url'), 300);
  assert.deepEqual(all.entities.filter((x) => x.type === 'email'), capped.entities.filter((x) => x.type === 'email'));
  assert.deepEqual(all.entities.filter((x) => x.type === 'url').slice(0, 200), capped.entities.filter((x) => x.type === 'url'));
});

test('a link with user info ("brand.com@" before the real host) is read to the host a browser opens', () => {
  const cases: Array<[string, string, string]> = [
    ['To reschedule, go to https://usps.com@bit.ly/30FnJ7c now.', 'https://usps.com@bit.ly/30FnJ7c', 'bit.ly'],
    ['Log in: http://www.netflix.com:911@s955341113.onlinehome.us/ven', 'http://www.netflix.com:911@s955341113.onlinehome.us/ven', 'onlinehome.us'],
    ['See (https://paypal.com@paypal-login.help/x).', 'https://paypal.com@paypal-login.help/x', 'paypal-login.help'],
  ];
  for (const [text, raw, domain] of cases) {
    same(text);
    const msg: Message = { text, links: [] } as unknown as Message;
    const urls = extractUrls(msg, 50).entities.filter((e) => e.type === 'url');
    assert.deepEqual(urls.map((e) => e.value), [raw], text);
    assert.equal((urls[0]!.data as { domain: string }).domain, domain, text);
  }
  // An email address right after a link's end is not folded in when it is a separate token.
  assert.deepEqual(linkMatches('see https://example.com. mail bob@example.org').map((m) => m.raw), ['https://example.com', 'bob@example.org']);
});

test('a clock time\'s "PM" run into the next word ("6:45:49 PM.info") is not a link', () => {
  const urlsOf = (text: string) =>
    extractUrls({ text, links: [] } as unknown as Message, 50).entities.filter((e) => e.type === 'url').map((e) => e.value);
  assert.deepEqual(urlsOf('Your a/c is credited Rs. 5.00 on 4/26/2022 6:45:49 PM.info :UPI/P2A/2116 -KVB'), []);
  assert.deepEqual(urlsOf('Debited at 10:48 AM.info ref 12'), []);
  // Without the clock in front it is still a domain, and real links after a time stay links.
  assert.deepEqual(urlsOf('see pm.info for the notes'), ['http://pm.info']);
  assert.deepEqual(urlsOf('at 6:45 PM visit amaz0n-help.info now'), ['http://amaz0n-help.info']);
});
