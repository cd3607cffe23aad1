import rule from './mail-system-report.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

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

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: a fake "pending messages" bounce from a look-alike system sender, and ordinary mail #1: Mail Delivery System', message: { input: eml({ from: 'Mail Delivery System <support@mailbox-quota.example>', subject: 'Delivery failure: 5 messages pending', html: '<p>Release your messages <a href="http://mail-release.top/login">here</a></p>' }), channel: 'email' } },
    { name: 'near miss: a fake "pending messages" bounce from a look-alike system sender, and ordinary mail #2: ana@example.org', message: { input: eml({ from: 'ana@example.org', subject: 'lunch', body: 'See you at noon.' }), channel: 'email' } },
  ],
  invalid: [
    {
      name: 'genuine: a delivery-status report',
      message: { input: DSN, channel: 'email' },
      hits: [
        { messageId: 'reportStructure', evidence: [{ kind: 'header', header: 'content-type', value: 'multipart/report; report-type=delivery-status; boundary="b1"' }], data: { part: 'report-type=delivery-status' }, effect: 'lower' },
      ],
    },
    {
      name: 'genuine, weaker: a plain-text bounce from MAILER-DAEMON with the null return path',
      message: { input: eml({ from: 'MAILER-DAEMON@mx.example.net', subject: 'Mail delivery failed: returning message to sender', body: 'This message was created automatically by mail delivery software.', headers: { 'Return-Path': '<>' } }), channel: 'email' },
      hits: [
        { messageId: 'systemBounce', evidence: [{ kind: 'header', header: 'from', value: 'MAILER-DAEMON@mx.example.net' }, { kind: 'header', header: 'return-path', value: '<>' }], data: { sender: 'mailer-daemon@mx.example.net' }, strength: 0.7, effect: 'lower' },
      ],
    },
  ],
});
