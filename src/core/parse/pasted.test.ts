import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { resolveLimits } from '../limits.js';
import { detectChannel, parseInput } from './index.js';
import { findPastedMail, readShownSender } from './pasted.js';

const limits = resolveLimits();

const OUTLOOK_PASTE = [
  'From: Amazon <no-reply@amaz0n-support.net>',
  'Sent: Monday, December 7, 2026 10:02 AM',
  'To: me@example.org',
  'Subject: Your account is on hold',
  '',
  'Dear customer, your account is on hold. Verify your payment details at http://amaz0n-support.net/verify within 24 hours.',
].join('\n');

test('pasted display headers at the top: read as email, the From and Subject lines become sender and subject', async () => {
  assert.equal(detectChannel(OUTLOOK_PASTE), 'email');
  const m = await parseInput({ input: OUTLOOK_PASTE }, limits);
  assert.equal(m.channel, 'email');
  assert.equal(m.extras?.origin, 'pasted-headers');
  assert.equal(m.extras?.bodyOnly, true);
  assert.equal(m.from?.address, 'no-reply@amaz0n-support.net');
  assert.equal(m.from?.name, 'Amazon');
  assert.equal(m.subject, 'Your account is on hold');
  assert.equal(m.extras?.date, 'Monday, December 7, 2026 10:02 AM');
  assert.equal(m.headers.length, 0, 'pasted lines are not headers: header rules must not read them');
  assert.ok(m.text.startsWith('Subject: Your account is on hold\n\nDear customer'), m.text);
  assert.ok(!m.text.includes('Sent:'));
  const w = m.warnings.find((x) => x.startsWith('pasted_headers:'));
  assert.ok(w && /authentication \(SPF, DKIM, DMARC\) could not be checked/.test(w), m.warnings.join('; '));
  assert.ok(!m.warnings.some((x) => x.startsWith('no_headers:')));
});

test('a pasted email is judged as email and the report says the headers were pasted', async () => {
  const r = await analyze({ input: OUTLOOK_PASTE });
  assert.equal(r.channel, 'email');
  assert.equal(r.message.origin, 'pasted-headers');
  assert.notEqual(r.verdict, 'no_red_flags');
  assert.ok(r.advice.cannotKnow.some((c) => /without the email’s headers/.test(c)), r.advice.cannotKnow.join(' | '));
  // Evidence offsets point into the report's text.
  for (const f of r.findings) for (const e of f.evidence) if (e.kind === 'text') assert.equal(r.message.text.slice(e.start, e.end), e.text);
});

test('Gmail forward: the forwarded message is analysed, the forwarder’s note is not', async () => {
  const input = [
    'is this real??',
    '',
    '---------- Forwarded message ---------',
    'From: PayPal <service@paypa1-secure.com>',
    'Date: Mon, Dec 7, 2026 at 9:14 AM',
    'Subject: Unusual activity on your account',
    'To: <me@gmail.com>',
    '',
    '',
    'We noticed a login from a new device. Confirm your identity: https://paypa1-secure.com/confirm',
  ].join('\n');
  assert.equal(detectChannel(input), 'email');
  const m = await parseInput({ input }, limits);
  assert.equal(m.extras?.origin, 'forwarded');
  assert.equal(m.from?.domain, 'paypa1-secure.com');
  assert.equal(m.subject, 'Unusual activity on your account');
  assert.ok(!m.text.includes('is this real'), m.text);
  assert.ok(m.text.endsWith('https://paypa1-secure.com/confirm'));
  assert.ok(m.warnings.some((w) => w.startsWith('forwarded:') && w.includes('could not be checked')), m.warnings.join('; '));
});

test('Apple Mail and German Gmail forwards, and Outlook’s block under a pasted forward', async () => {
  const apple = await parseInput({ input: 'Begin forwarded message:\n\nFrom: "Apple" <noreply@apple-id-verify.co>\nSubject: Your Apple ID was locked\nDate: 7 December 2026 at 08:00:00 GMT\nTo: me@icloud.com\n\nUnlock it now at https://apple-id-verify.co/unlock' }, limits);
  assert.equal(apple.extras?.origin, 'forwarded');
  assert.equal(apple.from?.address, 'noreply@apple-id-verify.co');
  assert.equal(apple.subject, 'Your Apple ID was locked');

  const de = await parseInput({ input: 'Schau mal\n\n---------- Weitergeleitete Nachricht ---------\nVon: DHL Paket <info@dhl-zustellung.info>\nDatum: Mo., 7. Dez. 2026 um 09:00 Uhr\nBetreff: Ihre Sendung wartet\nAn: <ich@web.de>\n\nBitte zahlen Sie 1,99 EUR Zollgebühr.' }, limits);
  assert.equal(de.extras?.origin, 'forwarded');
  assert.equal(de.from?.domain, 'dhl-zustellung.info');
  assert.equal(de.subject, 'Ihre Sendung wartet');

  const outlook = [
    'From: Jo Smith <jo@example.org>',
    'Sent: Monday, December 7, 2026 11:00 AM',
    'To: IT Help <it@example.org>',
    'Subject: FW: Invoice overdue',
    '',
    'Got this, looks odd?',
    '',
    'From: Microsoft 365 [mailto:admin@m365-billing.co]',
    'Sent: Monday, December 7, 2026 9:00 AM',
    'To: Jo Smith <jo@example.org>',
    'Subject: Invoice overdue',
    '',
    'Your subscription payment failed. Update billing at https://m365-billing.co/pay',
  ].join('\n');
  const o = await parseInput({ input: outlook }, limits);
  assert.equal(o.extras?.origin, 'forwarded');
  assert.equal(o.from?.address, 'admin@m365-billing.co');
  assert.equal(o.from?.name, 'Microsoft 365');
  assert.equal(o.subject, 'Invoice overdue');
  assert.ok(!o.text.includes('looks odd'));
});

test('a raw email that forwards another: the inner message is judged, links keep exact spans, outer headers are set aside', async () => {
  const raw = [
    'Received: from mail.example.org by mx.example.org; Mon, 7 Dec 2026 10:00:00 +0000',
    'From: Jo <jo@example.org>',
    'To: abuse@example.org',
    'Subject: Fwd: Action required',
    'Message-ID: <1@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<div>See below</div><div>---------- Forwarded message ---------<br>From: Netflix &lt;billing@netflix-renew.top&gt;<br>Date: Mon, Dec 7, 2026<br>Subject: Payment declined<br>To: jo@example.org<br><br>Your membership is on hold. <a href="https://netflix-renew.top/pay">Update payment</a></div>',
  ].join('\r\n');
  const m = await parseInput({ input: raw }, limits);
  assert.equal(m.extras?.origin, 'forwarded');
  assert.equal(m.from?.domain, 'netflix-renew.top');
  assert.equal(m.subject, 'Payment declined');
  assert.equal(m.headers.length, 0);
  assert.equal(m.extras?.bodyOnly, true);
  assert.equal(m.links.length, 1);
  const span = m.links[0]!.span!;
  assert.equal(m.text.slice(span.start, span.end), 'Update payment');
  assert.ok(m.warnings.some((w) => w.startsWith('forwarded:') && w.includes('jo@example.org')), m.warnings.join('; '));
});

test('near misses: a raw email stays a raw email; one label, a rule line or a text message are not pastes', async () => {
  const raw = 'Received: from x by y; Mon, 7 Dec 2026 10:00:00 +0000\r\nFrom: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello';
  const m = await parseInput({ input: raw }, limits);
  assert.equal(m.extras?.origin, undefined);
  assert.ok(m.headers.some((h) => h.name === 'received'));
  assert.equal(findPastedMail('Subject: lunch?\nare you free'), null);
  assert.equal(findPastedMail('Thanks,\nJo\n__________________\nExample Ltd, 1 Road'), null);
  assert.equal(findPastedMail('From: your bank. Call 800 555 0100 now'), null);
  assert.equal(detectChannel('Amazon: your parcel is held. Pay the fee at http://x.top'), 'sms');
});

test('readShownSender: the forms mail apps show', () => {
  assert.deepEqual(readShownSender('Microsoft 365 [mailto:admin@m365-billing.co]'), { text: 'Microsoft 365 <admin@m365-billing.co>', name: 'Microsoft 365', address: 'admin@m365-billing.co' });
  assert.equal(readShownSender('"PayPal" <service@paypal.com>')?.text, 'PayPal <service@paypal.com>');
  assert.equal(readShownSender('service@paypal.com')?.text, 'service@paypal.com');
  assert.deepEqual(readShownSender('Amazon'), { text: 'Amazon', name: 'Amazon', address: null });
  assert.equal(readShownSender(''), null);
});

test('forwarded as an attachment: the attached email is analysed with its own headers, and the report says so', async () => {
  const innerEml = 'Received: from mx.example.net by mx.example.org; Mon, 7 Dec 2026 09:00:00 +0000\r\nFrom: "PayPal" <service@paypa1-secure.com>\r\nSubject: Your account is limited\r\nMessage-ID: <2@paypa1-secure.com>\r\n\r\nConfirm your identity at https://paypa1-secure.com/confirm today.';
  const outer = [
    'Received: from mail.example.org by mx.example.org; Mon, 7 Dec 2026 10:00:00 +0000',
    'From: Jo <jo@example.org>',
    'Subject: Fwd: Your account is limited',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Is this real?',
    '--b',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="original.eml"',
    '',
    innerEml,
    '--b--',
    '',
  ].join('\r\n');
  const m = await parseInput({ input: outer }, limits);
  assert.equal(m.extras?.origin, 'forwarded-attachment');
  assert.equal(m.from?.domain, 'paypa1-secure.com');
  assert.equal(m.subject, 'Your account is limited');
  assert.ok(m.headers.some((h) => h.name === 'message-id' && h.value.includes('paypa1')));
  assert.ok(!m.text.includes('Is this real'));
  assert.ok(m.warnings.some((w) => w.startsWith('forwarded_attachment:') && w.includes('jo@example.org')), m.warnings.join('; '));
});
