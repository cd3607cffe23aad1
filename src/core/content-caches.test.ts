import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, clearContentCaches } from './analyze.js';
import { urlInfo } from './extract/urls.js';
import { classifyHost } from './signals/lookalike.js';
import { BRANDS } from './brands/index.js';

// The URL and host memos carry work from one message to the next; clearing them must change nothing
// but the time it takes.

const MESSAGES = [
  { channel: 'sms' as const, input: 'Amazon: your parcel is on hold. Pay the fee at https://amaz0n-parcel.top/pay?id=7 within 24h' },
  { channel: 'sms' as const, input: 'Your Apple ID was locked. Visit http://apple.com.id-verify.xyz/login or call +1 888 555 0100' },
  {
    channel: 'email' as const,
    input:
      'From: "PayPal" <service@paypa1-support.com>\r\nTo: you@example.org\r\nSubject: Account limited\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Confirm your details <a href="https://paypal.com.secure-login.icu/verify">here</a> or visit https://www.paypal.com/signin.</p>',
  },
];

test('clearContentCaches empties the URL and host memos', () => {
  const a = urlInfo('https://example-shop.test/a');
  assert.equal(urlInfo('https://example-shop.test/a'), a, 'memoised');
  const h = classifyHost('login.example-shop.test', BRANDS);
  assert.equal(classifyHost('login.example-shop.test', BRANDS), h, 'memoised');
  clearContentCaches();
  assert.notEqual(urlInfo('https://example-shop.test/a'), a, 'parsed again after clearing');
  assert.deepEqual(urlInfo('https://example-shop.test/a'), a);
  assert.notEqual(classifyHost('login.example-shop.test', BRANDS), h, 'classified again after clearing');
});

test('reports are the same with warm memos and with memos cleared before every message', async () => {
  const warm = [];
  for (let round = 0; round < 2; round++) for (const m of MESSAGES) warm.push(await analyze(m));
  const cold = [];
  for (let round = 0; round < 2; round++) {
    for (const m of MESSAGES) {
      clearContentCaches();
      cold.push(await analyze(m));
    }
  }
  assert.deepEqual(cold, warm);
  assert.ok(warm.some((r) => r.findings.some((f) => f.category === 'link')), 'the messages exercise the link rules');
});
