import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { capMimeParts } from './mime-cap.js';

// Many MIME parts: postal-mime's cost grows with each part, so past maxMimeParts the message is cut
// (its speed is in `npm run bench:adversarial`, "many MIME parts").

const FROM = 'From: "Amazon" <alerts@amaz0n-mail.example.ru>\r\nTo: you@example.com\r\nSubject: x\r\n';
const multipart = (n: number, last = '') =>
  `${FROM}Content-Type: multipart/mixed; boundary="b-1"\r\n\r\n${'--b-1\r\nContent-Type: text/plain\r\n\r\nHello\r\n'.repeat(n)}${last}--b-1--\r\n`;

test('more MIME parts than the cap: cut with a warning, incomplete, and not fully checked', async () => {
  const input = multipart(600, '--b-1\r\nContent-Type: text/plain\r\n\r\nVerify your account now at http://amaz0n.example.ru/login\r\n');
  const r = await analyze({ input, channel: 'email' });
  assert.ok(r.warnings.some((w) => w.startsWith('mime_parts_truncated')), r.warnings.join('; '));
  assert.equal(r.complete, false);
  assert.ok(r.findings.some((f) => f.ruleId === 'not-fully-checked'));
  assert.notEqual(r.verdict, 'no_red_flags');
});

test('a message within the cap is passed on whole', async () => {
  const input = multipart(10);
  assert.equal(capMimeParts(input, 500).raw, input);
  assert.equal(capMimeParts(input, 500).cutAfter, 0);
  const r = await analyze({ input, channel: 'email' });
  assert.ok(!r.warnings.some((w) => w.startsWith('mime_parts_truncated')));
});

test('capMimeParts cuts strings and bytes at the same boundary line, and closing delimiters open no part', () => {
  const input = multipart(20);
  const s = capMimeParts(input, 5);
  assert.equal(s.cutAfter, 5);
  assert.ok(s.raw.endsWith('Hello\r\n'));
  assert.equal((s.raw.match(/^--b-1\r$/gm) ?? []).length, 5);
  const b = capMimeParts(new TextEncoder().encode(input), 5);
  assert.equal(new TextDecoder().decode(b.raw), s.raw);
  assert.equal(capMimeParts(input, 20).cutAfter, 0, 'the closing --b-1-- is not a 21st part');
});
