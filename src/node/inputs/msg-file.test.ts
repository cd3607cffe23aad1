import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { Report } from '../../core/index.js';
import { memoryIo } from '../../cli/io.js';
import { run } from '../../cli/run.js';
import { sniffFile } from './sniff.js';

// Outlook .msg files end to end: a real Compound File written with msgreader's own CFB writer
// (Burner), with the MAPI property streams Outlook stores (subject, body, sender, transport
// headers, an attachment), read back by `impostor check` through @kenjiuno/msgreader.

const require = createRequire(import.meta.url);
const { burn } = require('@kenjiuno/msgreader/lib/Burner') as { burn: (entries: unknown[]) => Uint8Array };
const ROOT = 5;
const STORAGE = 1;
const STREAM = 2;

const utf16 = (s: string): number[] => Array.from(Buffer.from(s, 'utf16le'));

function stream(name: string, data: number[]) {
  return { name, type: STREAM, length: data.length, binaryProvider: () => data };
}

/** A .msg with the given string properties (tag → value) and, optionally, one attachment. */
function msgFile(props: Record<string, string>, attachment?: { name: string; data: number[] }): Uint8Array {
  const entries: { name: string; type: number; length: number; children?: number[]; binaryProvider?: () => number[] }[] = [{ name: 'Root Entry', type: ROOT, length: 0, children: [] }];
  for (const [tag, value] of Object.entries(props)) {
    entries[0]!.children!.push(entries.length);
    entries.push(stream(`__substg1.0_${tag}`, utf16(value)));
  }
  if (attachment) {
    const at = entries.length;
    entries[0]!.children!.push(at);
    entries.push({ name: '__attach_version1.0_#00000000', type: STORAGE, length: 0, children: [at + 1, at + 2] });
    entries.push(stream('__substg1.0_3707001F', utf16(attachment.name)));
    entries.push(stream('__substg1.0_37010102', attachment.data));
  }
  return burn(entries);
}

const HEADERS =
  'Received: from mail.amaz0n-x.top (mail.amaz0n-x.top [203.0.113.9]) by mx.example.com; Mon, 7 Dec 2026 10:00:00 +0000\r\n' +
  'Authentication-Results: mx.example.com; spf=fail smtp.mailfrom=amaz0n-x.top; dkim=none; dmarc=fail header.from=amaz0n-x.top\r\n' +
  'From: Amazon <no-reply@amaz0n-x.top>\r\nSubject: Your account is on hold\r\nMessage-ID: <1@amaz0n-x.top>\r\n\r\n';
const BODY = 'Dear customer, your Amazon account is on hold. Verify your payment details at http://amaz0n-x.top/verify within 24 hours or it will be closed.';

test('impostor check file.msg: read as the email Outlook received, with its transport headers', async () => {
  const msg = msgFile({ '0037001F': 'Your account is on hold', '1000001F': BODY, '0C1F001F': 'no-reply@amaz0n-x.top', '0C1A001F': 'Amazon', '007D001F': HEADERS }, { name: 'invoice.pdf.exe', data: [77, 90, 0, 1] });
  assert.equal(sniffFile(msg), 'outlook-msg');
  const io = memoryIo('', { 'mail.msg': msg });
  assert.equal(await run(['check', 'mail.msg', '--json'], io), 1, io.err);
  const r = JSON.parse(io.out) as Report;
  assert.equal(r.channel, 'email');
  assert.equal(r.message.origin, 'outlook-msg');
  assert.equal(r.message.from?.domain, 'amaz0n-x.top');
  assert.equal(r.message.subject, 'Your account is on hold');
  assert.ok(r.message.links.some((l) => l.href.startsWith('http://amaz0n-x.top/verify')));
  assert.deepEqual(
    r.message.attachments.map((a) => [a.filename, a.size]),
    [['invoice.pdf.exe', 4]],
  );
  assert.notEqual(r.verdict, 'no_red_flags');
  assert.equal(r.brand, 'amazon');
  // The received headers were kept: no "no transport headers" warning.
  assert.ok(!r.warnings.some((w) => w.startsWith('outlook_msg_no_headers')), r.warnings.join('; '));
});

test('impostor report file.msg: the pre-filled report is built from the rebuilt email', async () => {
  const msg = msgFile({ '0037001F': 'Your account is on hold', '1000001F': BODY, '0C1F001F': 'no-reply@amaz0n-x.top', '0C1A001F': 'Amazon', '007D001F': HEADERS });
  const io = memoryIo('', { 'mail.msg': msg });
  io.env.IMPOSTOR_NOW = '2026-12-07T12:00:00Z';
  assert.equal(await run(['report', 'mail.msg', '--format', 'csv'], io), 0, io.err);
  assert.match(io.out, /amaz0n-x\.top/);
  assert.match(io.out, /amazon/);
});

test('a .msg without transport headers says authentication cannot be checked; a cut .msg is unreadable', async () => {
  const msg = msgFile({ '0037001F': 'Hello', '1000001F': 'See you at lunch tomorrow.', '0C1F001F': 'friend@example.org', '0C1A001F': 'A friend' });
  const io = memoryIo('', { 'a.msg': msg });
  await run(['check', 'a.msg', '--json'], io);
  const r = JSON.parse(io.out) as Report;
  assert.equal(r.message.from?.address, 'friend@example.org');
  assert.ok(r.warnings.some((w) => w.startsWith('outlook_msg_no_headers')), r.warnings.join('; '));

  const cut = memoryIo('', { 'cut.msg': msg.slice(0, 700) });
  assert.equal(await run(['check', 'cut.msg'], cut), 2);
  assert.match(cut.err, /The Outlook .msg file could not be read/);
});

test('a .msg that forwards another Outlook message as an attachment is judged by the attached email', async () => {
  const entries = [
    { name: 'Root Entry', type: ROOT, length: 0, children: [1, 2, 3, 4] },
    stream('__substg1.0_0037001F', utf16('FW: Your account is on hold')),
    stream('__substg1.0_1000001F', utf16('Is this real? See the attached message.')),
    stream('__substg1.0_0C1F001F', utf16('colleague@example.org')),
    { name: '__attach_version1.0_#00000000', type: STORAGE, length: 0, children: [5, 6] },
    stream('__substg1.0_3707001F', utf16('Your account is on hold.msg')),
    { name: '__substg1.0_3701000D', type: STORAGE, length: 0, children: [7, 8, 9] },
    stream('__substg1.0_0037001F', utf16('Your account is on hold')),
    stream('__substg1.0_1000001F', utf16(BODY)),
    stream('__substg1.0_007D001F', utf16(HEADERS)),
  ];
  const io = memoryIo('', { 'fw.msg': burn(entries) });
  assert.equal(await run(['check', 'fw.msg', '--json'], io), 1, io.err);
  const r = JSON.parse(io.out) as Report;
  assert.equal(r.message.from?.domain, 'amaz0n-x.top', 'the attached email’s sender, not the colleague who forwarded it');
  assert.equal(r.message.origin, 'forwarded-attachment');
  assert.equal(r.brand, 'amazon');
});
