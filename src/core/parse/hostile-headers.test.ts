import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { capHeaderFields } from './header-cap.js';
import { detectChannel, looksLikeEmail } from './index.js';

// Header blocks an attacker shapes: a first header longer than any read-ahead window, and header
// fields of a megabyte. (Their speed is in `npm run bench:adversarial`.)

const LURE = 'Your Amazon account is locked. Verify now at http://amaz0n-secure-login.example.ru/verify or it will be closed in 24 hours.';
const withFrom = (from: string) => `From: ${from}\r\nTo: you@example.com\r\nSubject: hi\r\nDate: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\n${LURE}`;

test('an email whose first header is over 64 KB is still an email, and its header checks run', async () => {
  const input = withFrom(`"Amazon${' '.repeat(100_000)}" <a@amaz0n.example.ru>`);
  assert.equal(looksLikeEmail(input), true);
  assert.equal(detectChannel(input), 'email');
  const r = await analyze({ input });
  assert.equal(r.channel, 'email');
  assert.equal(r.message.from?.address, 'a@amaz0n.example.ru');
  const ids = r.findings.map((f) => f.ruleId);
  assert.ok(ids.includes('lookalike-sender-domain'), ids.join(', '));
  assert.ok(ids.includes('auth-not-checked'), ids.join(', '));
  assert.notEqual(r.verdict, 'no_red_flags');
});

test('a 1 MB From display name is cut in the middle: the address at its end is kept, and the report says so', async () => {
  for (const from of [`"${'Amazon Security '.repeat(65_000)}" <a@amaz0n.example.ru>`, `${'Amazon, '.repeat(130_000)} <a@amaz0n.example.ru>`]) {
    const input = withFrom(from);
    const r = await analyze({ input });
    assert.equal(r.channel, 'email');
    // The unquoted one is a list of mailboxes ("Amazon", "Amazon", …, <a@…>) and reads as such.
    if (from.startsWith('"')) assert.equal(r.message.from?.address, 'a@amaz0n.example.ru');
    assert.ok(r.warnings.some((w) => w.startsWith('header_truncated') && w.includes('from')), r.warnings.join('; '));
    assert.equal(r.complete, false);
    assert.ok(r.findings.some((f) => f.ruleId === (from.startsWith('"') ? 'lookalike-sender-domain' : 'brand-sender-mismatch')), r.findings.map((f) => f.ruleId).join(', '));
  }
});

test('capHeaderFields leaves ordinary headers alone and cuts strings and bytes alike', () => {
  const plain = withFrom('"Amazon" <a@amaz0n.example.ru>');
  assert.equal(capHeaderFields(plain, 1000).raw, plain);
  assert.equal(capHeaderFields(plain, 1000).cutCount, 0);
  const long = `Received: from a\r\n${'\tvia relay.example\r\n'.repeat(500)}${withFrom(`"${'é'.repeat(5000)}" <a@b.example>`)}\r\n\r\nX-Not-A-Header: ${'z'.repeat(5000)}`;
  const s = capHeaderFields(long, 1000);
  assert.equal(s.cutCount, 2);
  assert.deepEqual(s.cut, ['received', 'from']);
  assert.ok(s.raw.endsWith(`X-Not-A-Header: ${'z'.repeat(5000)}`), 'the body is never cut');
  assert.ok(s.raw.includes('" <a@b.example>\r\n'));
  const b = capHeaderFields(new TextEncoder().encode(long), 1000);
  assert.equal(b.cutCount, 2);
  const text = new TextDecoder().decode(b.raw);
  assert.ok(!text.includes('\ufffd'), 'no UTF-8 sequence is split');
  assert.ok(text.includes('" <a@b.example>\r\n'));
  for (const line of s.raw.split('\r\n\r\n')[0]!.split('\r\n')) assert.match(line, /^(?:[\t ]|[\x21-\x39\x3b-\x7e]+:)/, 'every header line is a field or a continuation');
});
