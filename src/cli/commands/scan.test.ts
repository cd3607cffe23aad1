import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../core/index.js';
import { memoryIo } from '../io.js';
import { progressLine } from '../progress.js';
import { scanCommand } from './scan.js';

// impostor scan over real files on disk: mbox (with mboxrd quoting), Maildir, --state, --limit,
// --jobs, CSV and the exit codes. The IMAP path runs against a real Dovecot in scan-imap.test.ts.

const PHISH = `From: "PayPal Service" <service@paypa1-secure-login.top>
To: you@example.org
Subject: Your account is limited
Date: Mon, 7 Dec 2026 09:00:00 +0000
Message-ID: <p1@paypa1-secure-login.top>

Dear customer, we noticed unusual activity. Your PayPal account has been limited.
Verify your identity within 24 hours at http://paypa1-secure-login.top/verify or it will be closed.
`;
const NOTE = `From: Ana <ana@example.org>
To: me@example.org
Subject: lunch
Date: Sun, 6 Dec 2026 10:00:00 +0000
Message-ID: <lunch1@example.org>

See you at noon.
From the office, Ana
>From the archive: nothing.
`;

function mboxOf(msgs: string[]): string {
  return msgs.map((m) => `From sender@example.org Mon Dec  7 10:00:00 2026\n${m.replace(/^(>*From )/gm, '>$1')}\n`).join('');
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'impostor-scan-'));
  const mbox = join(dir, 'box.mbox');
  writeFileSync(mbox, mboxOf([PHISH, NOTE, PHISH.replace('<p1@', '<p2@')]));
  const md = join(dir, 'Maildir');
  for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(md, sub), { recursive: true });
  writeFileSync(join(md, 'cur', '1700000001.1.host:2,S'), PHISH);
  writeFileSync(join(md, 'new', '1700000002.1.host'), NOTE);
  writeFileSync(join(md, 'tmp', '1700000003.1.host'), PHISH); // a delivery in progress: never read
  return { dir, mbox, md };
}

const lines = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l));

test('scan mbox --json: one report per message, in order, same verdicts as analyze(), mboxrd unquoted', async () => {
  const { mbox } = setup();
  const io = memoryIo();
  const code = await scanCommand([mbox, '--json', '--jobs', '1'], io);
  const recs = lines(io.out);
  assert.equal(recs.length, 3);
  assert.deepEqual(recs.map((r) => r.source), [
    { kind: 'mbox', index: 0, messageId: 'p1@paypa1-secure-login.top' },
    { kind: 'mbox', index: 1, messageId: 'lunch1@example.org' },
    { kind: 'mbox', index: 2, messageId: 'p2@paypa1-secure-login.top' },
  ]);
  const direct = [await analyze({ input: PHISH }, { country: 'US' }), await analyze({ input: NOTE }, { country: 'US' })];
  assert.equal(recs[0].verdict, direct[0]!.verdict);
  assert.equal(recs[1].verdict, direct[1]!.verdict);
  assert.notEqual(recs[0].verdict, 'no_red_flags');
  // ">From the archive" was stored as ">>From" and comes back with one ">" removed.
  assert.match(recs[1].message.text, /^>From the archive/m);
  assert.equal(code, 1, 'worst verdict decides the exit code');
});

test('scan Maildir reads cur/ and new/, never tmp/, and names the file', async () => {
  const { md } = setup();
  const io = memoryIo();
  await scanCommand([md, '--json', '--jobs', '1'], io);
  const recs = lines(io.out);
  assert.deepEqual(recs.map((r) => r.source.file), ['cur/1700000001.1.host:2,S', 'new/1700000002.1.host']);
});

test('--jobs 2 (worker threads) writes the same bytes as one job: JSON lines, CSV rows, text listing', async () => {
  const { mbox } = setup();
  // Only the timing line of the summary ("in 0.1 s (20 messages/s, 2 jobs)") may differ.
  const untimed = (s: string) => s.replace(/^Scanned .*$/m, 'Scanned');
  for (const format of [['--json'], ['--format', 'csv'], []]) {
    const a = memoryIo();
    const b = memoryIo();
    await scanCommand([mbox, ...format, '--jobs', '1'], a);
    await scanCommand([mbox, ...format, '--jobs', '2'], b);
    assert.ok(a.out.length > 100, format.join(' '));
    assert.equal(untimed(b.out), untimed(a.out), format.join(' ') || 'text');
    assert.equal(untimed(b.err), untimed(a.err), format.join(' ') || 'text');
  }
  // Made in a worker, a JSON line is still check --json's report plus source.
  const b = memoryIo();
  await scanCommand([mbox, '--json', '--jobs', '2'], b);
  const direct = await analyze({ input: PHISH }, { country: 'US' });
  assert.deepEqual(lines(b.out)[0], JSON.parse(JSON.stringify({ ...direct, source: { kind: 'mbox', index: 0, messageId: 'p1@paypa1-secure-login.top' } })));
});

test('--state: a second run skips what was done; --limit stops early and the rest is done later', async () => {
  const { mbox, dir } = setup();
  const state = join(dir, 'state');
  const one = memoryIo();
  await scanCommand([mbox, '--json', '--jobs', '1', '--state', state, '--limit', '2'], one);
  assert.equal(lines(one.out).length, 2);
  const two = memoryIo();
  await scanCommand([mbox, '--json', '--jobs', '1', '--state', state], two);
  assert.deepEqual(lines(two.out).map((r) => r.source.index), [2]);
  const three = memoryIo();
  await scanCommand([mbox, '--json', '--jobs', '1', '--state', state], three);
  assert.equal(three.out, '');
  assert.equal(readFileSync(state, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).length, 3);
});

test('--since keeps messages dated on or after the day', async () => {
  const { mbox } = setup();
  const io = memoryIo();
  await scanCommand([mbox, '--json', '--jobs', '1', '--since', '2026-12-07'], io);
  assert.deepEqual(lines(io.out).map((r) => r.source.index), [0, 2]);
});

test('--format csv: a header and one row per message; text mode lists flagged messages and a summary', async () => {
  const { mbox } = setup();
  const csv = memoryIo();
  await scanCommand([mbox, '--format', 'csv', '--jobs', '1'], csv);
  const rows = csv.out.trimEnd().split('\r\n');
  assert.equal(rows[0], 'source,id,message_id,verdict,score,brand,from,subject,rules,complete,error');
  assert.equal(rows.length, 4);
  assert.match(rows[2]!, /^mbox,1,lunch1@example\.org,/);
  const text = memoryIo();
  await scanCommand([mbox, '--jobs', '1'], text);
  assert.match(text.out, /Scanned 3 messages from .*box\.mbox/);
  assert.match(text.out, /Verdict\s+messages/);
  assert.match(text.out, /Flagged messages:\n {2}(LIKELY SCAM|SUSPICIOUS)/);
  assert.doesNotMatch(text.out.split('Flagged messages:')[1]!.split('\n\n')[0]!, /lunch/);
});

test('a missing or unusable SOURCE is exit 2 naming it; bad options are usage errors', async () => {
  const { dir } = setup();
  const io = memoryIo();
  assert.equal(await scanCommand([join(dir, 'nope.mbox')], io), 2);
  assert.match(io.err, /nope\.mbox/);
  const folder = memoryIo();
  assert.equal(await scanCommand([dir], folder), 2);
  assert.match(folder.err, /not a Maildir/);
  const imap = memoryIo();
  assert.equal(await scanCommand(['imap://bar:secret@127.0.0.1:1/INBOX'], imap), 2);
  assert.match(imap.err, /IMPOSTOR_IMAP_PASSWORD/);
  await assert.rejects(scanCommand([join(dir, 'box.mbox'), '--jobs', '0'], memoryIo()), /--jobs/);
  await assert.rejects(scanCommand([join(dir, 'box.mbox'), '--since', 'yesterday-ish'], memoryIo()), /--since/);
  await assert.rejects(scanCommand([join(dir, 'box.mbox'), '--move-to', 'Junk'], memoryIo()), /IMAP mailboxes only/);
});

test('progress line: count, rate and time left', () => {
  assert.equal(progressLine(50, 200, 10_000, 10), '[###-------] 50/200 25%  5.0 msg/s  ETA 0:30');
  assert.equal(progressLine(7, null, 2_000), '7 messages  3.5 msg/s  0:02');
});
