import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLimits } from '../limits.js';
import { parseInput } from './index.js';
import { msgToRfc822 } from './msg.js';

const limits = resolveLimits();

test('msgToRfc822: transport headers kept, bodies and attachments as MIME parts', async () => {
  const eml = msgToRfc822(
    {
      headers: 'Received: from a by b; Mon, 7 Dec 2026 10:00:00 +0000\r\nFrom: Amazon <no-reply@amaz0n-x.top>\r\nSubject: Your account is on hold\r\nContent-Type: text/plain;\r\n charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n',
      body: 'Dear customer, verify at http://amaz0n-x.top/v now. Zollgebühr',
    },
    [{ fileName: 'invoice.pdf.exe', mimeType: null, content: new Uint8Array([77, 90, 0, 1]) }],
  );
  const m = await parseInput({ input: eml, origin: 'outlook-msg' }, limits);
  assert.equal(m.extras?.origin, 'outlook-msg');
  assert.equal(m.from?.domain, 'amaz0n-x.top');
  assert.equal(m.subject, 'Your account is on hold');
  assert.ok(m.text.includes('Zollgebühr'));
  assert.equal(m.attachments[0]?.filename, 'invoice.pdf.exe');
  assert.equal(m.attachments[0]?.size, 4);
  assert.ok(!m.warnings.some((w) => w.startsWith('outlook_msg_no_headers')));
});

test('msgToRfc822 without transport headers: the sender Outlook shows, and a warning that authentication is unknown', async () => {
  const eml = msgToRfc822({ senderName: 'PayPal', senderEmail: 'service@paypa1.top', subject: 'Konto eingeschränkt', body: 'Bitte bestätigen.', clientSubmitTime: '2026-12-07T10:00:00Z' });
  const m = await parseInput({ input: eml, origin: 'outlook-msg' }, limits);
  assert.equal(m.from?.address, 'service@paypa1.top');
  assert.equal(m.subject, 'Konto eingeschränkt');
  assert.ok(m.warnings.some((w) => w.startsWith('outlook_msg_no_headers:')));
});
