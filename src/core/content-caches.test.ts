import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, clearContentCaches } from './analyze.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ownString } from './bounded-memo.js';
import { urlInfo, urlInfoCacheStats } from './extract/urls.js';
import { classifyHost, hostStatusCacheStats } from './signals/lookalike.js';
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

// Hostile traffic: the memos are bounded in bytes, and a cached link never keeps its message alive.

test('the URL and host memos stay within their byte budgets with huge distinct keys', () => {
  clearContentCaches();
  const path = 'p'.repeat(2000);
  for (let i = 0; i < 20_000; i++) urlInfo(`https://h${i}.example-shop.test/${path}`);
  const u = urlInfoCacheStats();
  assert.ok(u.bytes <= 4 * 1024 * 1024, `URL memo ${u.bytes} bytes`);
  assert.ok(u.entries > 100 && u.entries <= 5000, `${u.entries} entries`);
  // One key over an eighth of the budget is never kept.
  const huge = `https://huge.example-shop.test/${'x'.repeat(1024 * 1024)}`;
  urlInfo(huge);
  assert.ok(urlInfoCacheStats().bytes <= 4 * 1024 * 1024);
  for (let i = 0; i < 20_000; i++) classifyHost(`${'sub'.repeat(60)}.h${i}.example-shop.test`, BRANDS);
  const h = hostStatusCacheStats(BRANDS);
  assert.ok(h.bytes > 0 && h.bytes <= 4 * 1024 * 1024, `host memo ${h.bytes} bytes`);
  clearContentCaches();
});

test('ownString copies a slice away from its parent', () => {
  const parent = `${'a'.repeat(100)}https://example.org/${'b'.repeat(100)}`;
  const s = ownString(parent.slice(100, 140));
  assert.equal(s, parent.slice(100, 140));
});

test('analysing many large messages with links does not keep the messages alive', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  clearContentCaches();
  const filler = (i: number) => Array.from({ length: 25_000 }, (_, j) => `word${(i * 7 + j) % 997}`).join(' ');
  await analyze({ channel: 'sms', input: 'warm up https://warm.example-shop.test/a' });
  gc();
  const base = process.memoryUsage().heapUsed;
  // 60 distinct messages of ≈ 220 kB (≈ 13 MB in all), one fresh link and host each.
  for (let i = 0; i < 60; i++) await analyze({ channel: 'sms', input: `${filler(i)} visit https://host${i}.example-shop.top/path/${i}/abcdefghijklmnop now` });
  gc();
  gc();
  const grownMb = (process.memoryUsage().heapUsed - base) / 1048576;
  assert.ok(grownMb < 6, `heap grew by ${grownMb.toFixed(1)} MB after 60 messages`);
  clearContentCaches();
});
