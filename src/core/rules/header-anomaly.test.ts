import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './header-anomaly.js';
import { eml, ids } from './test-utils.js';

const raw = (lines: string[], body = 'Your Amazon account needs attention.') => ({ input: [...lines, 'MIME-Version: 1.0', 'Content-Type: text/plain', '', body].join('\r\n'), channel: 'email' as const });

test('flags a Message-ID minted on a lookalike domain', async () => {
  assert.deepEqual(await ids(rule, raw(['From: "Amazon" <a@notice.example>', 'To: you@example.org', 'Subject: Your Amazon account', 'Message-ID: <123@amaz0n-mail.com>'])), ['messageIdLookalike']);
});

test('flags a brand claim without Message-ID, and a Message-ID from free mail', async () => {
  assert.deepEqual(await ids(rule, raw(['Received: from x.example by mx.example.org; Mon, 2 Jun 2025 10:00:00 +0000', 'From: "Amazon" <a@notice.example>', 'To: you@example.org', 'Subject: Your Amazon account'])), ['missingMessageId']);
  assert.deepEqual(await ids(rule, raw(['Subject: Your Amazon account'])), []);
  assert.deepEqual(await ids(rule, raw(['From: "Amazon" <a@notice.example>', 'To: you@example.org', 'Subject: Your Amazon account', 'Message-ID: <CAF1234@mail.gmail.com>'])), ['messageIdFreemail']);
});

test('flags a Date far from the first Received time', async () => {
  const lines = ['Received: from mx.example.net by mx.example.org; Tue, 10 Jun 2025 10:00:00 +0000', 'From: Bob <bob@example.net>', 'To: you@example.org', 'Subject: hi', 'Date: Mon, 2 Jun 2025 10:00:00 +0000', 'Message-ID: <1@example.net>'];
  assert.deepEqual(await ids(rule, raw(lines, 'hello')), ['dateSkew']);
});

test('near misses: ordinary mail with consistent headers', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: '"Amazon.com" <auto-confirm@amazon.com>', subject: 'Your Amazon order', body: 'Thanks' }), channel: 'email' }), []);
  const lines = ['Received: from mx.example.net by mx.example.org; Mon, 2 Jun 2025 10:01:00 +0000', 'From: Bob <bob@gmail.com>', 'To: you@example.org', 'Subject: hi', 'Date: Mon, 2 Jun 2025 10:00:00 +0000', 'Message-ID: <CA1@mail.gmail.com>'];
  assert.deepEqual(await ids(rule, raw(lines, 'hello')), []);
});
