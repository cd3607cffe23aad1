import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImpostorError } from '../errors.js';
import { resolveLimits } from '../limits.js';
import { detectChannel, parseInput, parseSenderAddress } from './index.js';
import { renderHtml } from './html.js';

const limits = resolveLimits();

const EMAIL = [
  'Return-Path: <bounce@mailer.example.net>',
  'Received: from mailer.example.net (mailer.example.net [203.0.113.9]) by mx.example.org; Mon, 2 Jun 2025 10:00:00 +0000',
  'From: "Amazon.com" <no-reply@amaz0n-alerts.example.net>',
  'Reply-To: help@freemail.example',
  'To: you@example.org',
  'Subject: =?UTF-8?B?WW91ciBhY2NvdW50IGlzIG9uIGhvbGQ=?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p>Dear customer,</p><p>Please <a href="http://203.0.113.9/login">sign in to amazon.com</a> now.</p><script>alert(1)</script></body></html>',
  '--b1',
  'Content-Type: application/zip; name="invoice.pdf.zip"',
  'Content-Disposition: attachment; filename="invoice.pdf.zip"',
  'Content-Transfer-Encoding: base64',
  '',
  'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
  '--b1--',
  '',
].join('\r\n');

test('email: headers, addresses, decoded subject, html links with shown text, attachments', async () => {
  const m = await parseInput({ input: EMAIL }, limits);
  assert.equal(m.channel, 'email');
  assert.equal(m.subject, 'Your account is on hold');
  assert.equal(m.from?.name, 'Amazon.com');
  assert.equal(m.from?.domain, 'amaz0n-alerts.example.net');
  assert.equal(m.replyTo?.[0]?.domain, 'freemail.example');
  assert.equal(m.returnPath, 'bounce@mailer.example.net');
  assert.ok(m.headers.some((h) => h.name === 'received'));
  assert.equal(m.links.length, 1);
  assert.equal(m.links[0]!.href, 'http://203.0.113.9/login');
  assert.equal(m.links[0]!.text, 'sign in to amazon.com');
  const span = m.links[0]!.span!;
  assert.equal(m.text.slice(span.start, span.end), 'sign in to amazon.com');
  assert.ok(!m.text.includes('alert(1)'), 'script content is not reader-visible text');
  assert.equal(m.attachments.length, 1);
  assert.equal(m.attachments[0]!.filename, 'invoice.pdf.zip');
  assert.equal(m.attachments[0]!.mimeType, 'application/zip');
  assert.equal(m.text.slice(m.subjectSpan!.start, m.subjectSpan!.end), 'Your account is on hold');
});

test('channel detection: email by headers, call by speaker tags, otherwise sms', () => {
  assert.equal(detectChannel(EMAIL), 'email');
  assert.equal(detectChannel('Caller: Hi, this is Amazon security.\nMe: Hello?\nCaller: Your account was used.'), 'call');
  assert.equal(detectChannel('Amazon: your parcel is held. Pay the fee at http://x.top'), 'sms');
  assert.equal(detectChannel('Note: call me later\nok'), 'sms');
});

test('call transcript: turns with speakers; untagged text is one caller turn', async () => {
  const m = await parseInput({ input: 'Caller: This is Amazon.\nMe: Who?\nCaller: Press 1 now.', channel: 'call', from: '+1 202 555 0143' }, limits);
  assert.deepEqual(m.turns.map((t) => t.speaker), ['caller', 'recipient', 'caller']);
  assert.equal(m.text.slice(m.turns[1]!.span.start, m.turns[1]!.span.end), 'Who?');
  assert.equal(m.sender, '+1 202 555 0143');
  const v = await parseInput({ input: 'Your order of an iPhone was placed. Press 1.', channel: 'call' }, limits);
  assert.equal(v.turns.length, 1);
  assert.equal(v.turns[0]!.speaker, 'caller');
});

test('sms: sender kept; an email-address sender becomes From', async () => {
  const m = await parseInput({ input: 'Your Amazon account is locked', channel: 'sms', from: 'alerts@example.com' }, limits);
  assert.equal(m.sender, 'alerts@example.com');
  assert.equal(m.from?.domain, 'example.com');
});

test('odd unicode: zero-width characters removed, fullwidth folded, lone surrogates repaired', async () => {
  const m = await parseInput({ input: 'Am\u200Bazon ＡＭＡＺＯＮ gift\u00ADcard \uD800 end', channel: 'sms' }, limits);
  assert.match(m.text, /^Amazon AMAZON giftcard \uFFFD end$/);
});

test('bad calls throw typed errors: empty, binary, too large, unknown channel', async () => {
  await assert.rejects(parseInput({ input: '   \n ' }, limits), (e: unknown) => e instanceof ImpostorError && e.code === 'empty_input');
  const junk = new Uint8Array(4096).map((_, i) => (i * 7) % 32);
  await assert.rejects(parseInput({ input: junk }, limits), (e: unknown) => e instanceof ImpostorError && e.code === 'invalid_input');
  await assert.rejects(
    parseInput({ input: 'x'.repeat(2000) }, resolveLimits({ maxInputBytes: 1000 })),
    (e: unknown) => e instanceof ImpostorError && e.code === 'input_too_large',
  );
  await assert.rejects(parseInput({ input: 'hi', channel: 'fax' }, limits), (e: unknown) => e instanceof ImpostorError && e.code === 'unsupported_channel');
});

test('MIME nested deeper than the cap gives a partial message with a warning, not a crash', async () => {
  const depth = 100;
  const parts: string[] = ['From: a@example.com', 'Subject: deep', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b0"', ''];
  for (let i = 1; i <= depth; i++) parts.push(`--b${i - 1}`, `Content-Type: multipart/mixed; boundary="b${i}"`, '');
  parts.push(`--b${depth}`, 'Content-Type: text/plain', '', 'Your account is locked', `--b${depth}--`);
  for (let i = depth - 1; i >= 0; i--) parts.push(`--b${i}--`);
  const m = await parseInput({ input: parts.join('\r\n') }, limits);
  assert.equal(m.channel, 'email');
  assert.equal(m.subject, 'deep');
  assert.ok(m.warnings.some((w) => w.startsWith('mime_parse_failed')), m.warnings.join('; '));
  assert.match(m.text, /Your account is locked/);
});

test('broken headers still parse into a message', async () => {
  const m = await parseInput({ input: 'From: <<<broken@@\r\nSubject: =?bogus?Q?==\r\nReceived: x\r\n\r\nhello', channel: 'email' }, limits);
  assert.equal(m.channel, 'email');
  assert.match(m.text, /hello/);
});

test('html rendering: anchors keep exact offsets with a base; anchors are capped', () => {
  const r = renderHtml('<p>a <a href="https://x.example/1">one</a> and <a href="https://y.example">two <b>bold</b></a></p>', { maxLinks: 10, base: 5 });
  assert.equal(r.anchors.length, 2);
  assert.equal(r.anchors[1]!.text, 'two bold');
  assert.equal(r.text.slice(r.anchors[1]!.start - 5, r.anchors[1]!.end - 5), 'two bold');
  const many = '<a href="https://e.example/x">link</a> '.repeat(20000);
  const big = renderHtml(many, { maxLinks: 500 });
  assert.equal(big.anchors.length, 500);
});

test('an email body without headers is analysed as a body, with no sender and a warning', async () => {
  const m = await parseInput({ input: '<html><body><p>Your order <a href="https://www.amazon.co.uk/x">View</a></p></body></html>', channel: 'email' }, limits);
  assert.equal(m.extras?.bodyOnly, true);
  assert.equal(m.headers.length, 0);
  assert.equal(m.from, null);
  assert.equal(m.links[0]?.text, 'View');
  assert.ok(m.warnings.some((w) => w.startsWith('no_headers')));
  const withHeaders = await parseInput({ input: EMAIL }, limits);
  assert.equal(withHeaders.extras?.bodyOnly, false);
});

// Issue 15: a pasted email body with the sender typed beside it was read as a text message.
const PASTED_BODY = 'Dear customer,\n\nYour PayPal account is limited. Confirm your details within 24 hours at https://paypal-resolve.example/login\n\nPayPal Team';

test('a pasted body whose given sender is an email address is an email body, with that sender and a warning', async () => {
  const m = await parseInput({ input: PASTED_BODY, from: '  service@paypa1-support.example ' }, limits);
  assert.equal(m.channel, 'email');
  assert.equal(m.extras?.bodyOnly, true);
  assert.deepEqual(m.headers, []);
  assert.deepEqual(m.from, { name: '', address: 'service@paypa1-support.example', domain: 'paypa1-support.example' });
  assert.equal(m.sender, 'service@paypa1-support.example');
  const w = m.warnings.find((x) => x.startsWith('no_headers:'));
  assert.ok(w, m.warnings.join('; '));
  assert.match(w, /service@paypa1-support\.example/);
  assert.match(w, /SPF, DKIM, DMARC\) could not be checked/);
  // The body is the text (after the empty subject line), so evidence spans still index into it.
  assert.equal(m.text, `Subject: \n\n${PASTED_BODY}`);
});

test('a given sender as a mail app shows it ("Name <address>") keeps the display name', async () => {
  const m = await parseInput({ input: PASTED_BODY, from: '"PayPal Service" <service@paypa1-support.example>' }, limits);
  assert.equal(m.channel, 'email');
  assert.deepEqual(m.from, { name: 'PayPal Service', address: 'service@paypa1-support.example', domain: 'paypa1-support.example' });
});

test('a given sender that is not an email address leaves the channel to detection', async () => {
  for (const from of ['+1 202 555 0143', 'AMAZON', '262966', 'not an address@', 'a@b', '<>']) {
    assert.equal(detectChannel(PASTED_BODY, from), 'sms', from);
    assert.equal(parseSenderAddress(from), null, from);
  }
  assert.equal(detectChannel(PASTED_BODY, 'ana@example.com'), 'email');
  assert.equal(detectChannel(PASTED_BODY), 'sms');
});

test('an explicit channel wins over the sender: an iMessage from an address stays a text message', async () => {
  const m = await parseInput({ input: 'Your code is 123456', channel: 'sms', from: 'ana@example.com' }, limits);
  assert.equal(m.channel, 'sms');
  assert.equal(m.from?.address, 'ana@example.com');
});

test('real headers win over a typed sender', async () => {
  const m = await parseInput({ input: EMAIL, from: 'someone@else.example' }, limits);
  assert.equal(m.channel, 'email');
  assert.equal(m.extras?.bodyOnly, false);
  assert.equal(m.from?.address, 'no-reply@amaz0n-alerts.example.net');
  assert.equal(m.sender, null);
  assert.ok(!m.warnings.some((w) => w.startsWith('no_headers')));
});

test('channel email with a given sender and a body only: the sender is used; without one, the old warning', async () => {
  const given = await parseInput({ input: PASTED_BODY, channel: 'email', from: 'ana@example.com' }, limits);
  assert.equal(given.from?.address, 'ana@example.com');
  const none = await parseInput({ input: PASTED_BODY, channel: 'email' }, limits);
  assert.equal(none.from, null);
  assert.ok(none.warnings.includes('no_headers: no header block; analysed as an email body, so sender and authentication checks were skipped'));
});

test('hidden HTML text is not reader text; it is counted', () => {
  const r = renderHtml('<p>Re<span style="display:none">xq7</span>newal <a href="https://h.example" style="display: none">hidden link</a>failed<div hidden>junk</div></p>', { maxLinks: 10 });
  assert.equal(r.text, 'Renewal failed');
  assert.equal(r.anchors.length, 0);
  assert.equal(r.hiddenChars, 'xq7'.length + 'hidden link'.length + 'junk'.length);
});
