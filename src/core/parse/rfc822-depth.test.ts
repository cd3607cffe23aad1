import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { MAX_RFC822_DEPTH } from './email.js';

// Nested message/rfc822 parts: each level is parsed again from its bytes, so only a few are opened
// (the speed is in `npm run bench:adversarial`, "nested message/rfc822").

const LURE = 'Your Amazon account is locked. Verify now at http://amaz0n-secure-login.example.ru/verify';
const nested = (levels: number) =>
  `${Array.from({ length: levels }, (_, i) => `From: "Fwd ${i}" <fwd${i}@example.org>\r\nTo: you@example.org\r\nSubject: Fwd ${i}\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n`).join('')}From: "Amazon" <alerts@amaz0n-mail.example.ru>\r\nSubject: locked\r\nContent-Type: text/plain\r\n\r\n${LURE}\r\n`;

test(`messages nested up to ${MAX_RFC822_DEPTH} deep are opened without a depth warning`, async () => {
  const r = await analyze({ input: nested(MAX_RFC822_DEPTH - 1), channel: 'email' });
  assert.ok(!r.warnings.some((w) => w.startsWith('rfc822_depth_exceeded')), r.warnings.join('; '));
});

// The attached email of a forward is analysed on its own (forwarded_attachment), which opens as many
// levels again: ten levels are past both (postal-mime's default of 10 opened them all).
test('a message nested ten deep is listed as an attachment, with a warning and complete: false', async () => {
  const r = await analyze({ input: nested(10), channel: 'email' });
  assert.ok(r.warnings.some((w) => w.startsWith('rfc822_depth_exceeded')), r.warnings.join('; '));
  assert.equal(r.complete, false);
});
