import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './mail-system-report.js';
import { eml, ids, runRule } from './test-utils.js';

const DSN = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
  'To: you@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'Return-Path: <>',
  'Date: Mon, 2 Jun 2025 10:00:00 +0000',
  'Message-ID: <dsn1@mx.example.net>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain',
  '',
  'Delivery to the following recipient failed permanently: someone@example.com',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; someone@example.com',
  'Action: failed',
  'Status: 5.1.1',
  '--b1--',
  '',
].join('\r\n');

test('genuine: a delivery-status report', async () => {
  const hits = await runRule(rule, { input: DSN, channel: 'email' });
  assert.deepEqual(hits.map((h) => [h.messageId, h.effect, h.data?.part]), [['reportStructure', 'lower', 'report-type=delivery-status']]);
  assert.equal(hits[0]!.evidence[0]!.kind, 'header');
});

test('genuine, weaker: a plain-text bounce from MAILER-DAEMON with the null return path', async () => {
  const raw = eml({ from: 'MAILER-DAEMON@mx.example.net', subject: 'Mail delivery failed: returning message to sender', body: 'This message was created automatically by mail delivery software.', headers: { 'Return-Path': '<>' } });
  const hits = await runRule(rule, { input: raw, channel: 'email' });
  assert.deepEqual(hits.map((h) => h.messageId), ['systemBounce']);
  assert.equal(hits[0]!.strength, 0.7);
  assert.deepEqual(hits[0]!.evidence.map((e) => e.kind === 'header' && e.header), ['from', 'return-path']);
});

test('near miss: a fake "pending messages" bounce from a look-alike system sender, and ordinary mail', async () => {
  const fake = eml({ from: 'Mail Delivery System <support@mailbox-quota.example>', subject: 'Delivery failure: 5 messages pending', html: '<p>Release your messages <a href="http://mail-release.top/login">here</a></p>' });
  assert.deepEqual(await ids(rule, { input: fake, channel: 'email' }), []);
  assert.deepEqual(await ids(rule, { input: eml({ from: 'ana@example.org', subject: 'lunch', body: 'See you at noon.' }), channel: 'email' }), []);
});
