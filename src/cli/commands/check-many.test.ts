import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SCAM_EML, SCAM_SMS } from '../../server/test-fixtures.js';
import { memoryIo } from '../io.js';
import { run } from '../run.js';

// impostor check with many inputs: files and folders (-r), one line per message and a summary,
// JSON Lines and CSV, and the exit code of the worst message; files that cannot be checked say why.

const dir = mkdtempSync(join(tmpdir(), 'impostor-check-many-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const CLEAN = 'Are we still on for lunch at noon tomorrow?';
const files = {
  scamText: join(dir, 'inbox', 'a-scam.txt'),
  scamMail: join(dir, 'inbox', 'b-scam.eml'),
  clean: join(dir, 'inbox', 'sub', 'c-clean.txt'),
  gif: join(dir, 'other', 'shot.gif'),
  badPng: join(dir, 'other', 'cut.png'),
};
mkdirSync(join(dir, 'inbox', 'sub'), { recursive: true });
mkdirSync(join(dir, 'other'));
writeFileSync(files.scamText, SCAM_SMS);
writeFileSync(files.scamMail, SCAM_EML);
writeFileSync(files.clean, CLEAN);
writeFileSync(join(dir, 'inbox', '.hidden'), SCAM_SMS);
writeFileSync(files.gif, Buffer.from('GIF89a\x10\x00\x10\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!', 'latin1'));
// A PNG cut after its header: the size is readable, the pixels are not.
const ihdr = Buffer.from('0000000d49484452000001000000010008020000009f1a2e3b', 'hex');
writeFileSync(files.badPng, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), ihdr, Buffer.from('00001000494441547801', 'hex')]));

function fsIo(stdin = '') {
  const io = memoryIo(stdin);
  io.readFile = async (p: string) => new Uint8Array(await readFile(p));
  return io;
}

test('several files: one line each, a summary, exit 1 when any is flagged', async () => {
  const io = fsIo();
  assert.equal(await run(['check', files.scamText, files.scamMail, files.clean], io), 1);
  const out = io.out.trim().split('\n');
  assert.equal(out.length, 4, io.out);
  assert.match(out[0]!, /^(LIKELY SCAM|SUSPICIOUS).*a-scam\.txt/);
  assert.match(out[1]!, /^(LIKELY SCAM|SUSPICIOUS).*b-scam\.eml/);
  assert.match(out[2]!, /^NO RED FLAGS FOUND.*c-clean\.txt/i);
  assert.match(out[3]!, /^Checked 3 messages in [\d.]+ s: \d likely scam, \d suspicious, 1 no red flags found\.$/);
  const clean = fsIo();
  assert.equal(await run(['check', files.clean, files.clean], clean), 0);
});

test('-r DIR: every file below it (hidden ones skipped), --json as JSON Lines with the file name', async () => {
  const io = fsIo();
  assert.equal(await run(['check', '-r', join(dir, 'inbox'), '--json'], io), 1);
  const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; verdict: string; schemaVersion: string });
  assert.deepEqual(
    lines.map((l) => l.file),
    [files.scamText, files.scamMail, files.clean],
  );
  assert.ok(lines.every((l) => l.schemaVersion && l.verdict));
  assert.equal(lines[2]!.verdict, 'no_red_flags');
  assert.match(io.err, /Checked 3 messages/);
});

test('--format csv: a header and one row per message', async () => {
  const io = fsIo();
  assert.equal(await run(['check', files.scamText, files.clean, '--format', 'csv'], io), 1);
  const rows = io.out.trim().split('\n');
  assert.equal(rows[0], 'file,verdict,score,brand,channel,from,subject,rules,complete,ocr_confidence,error');
  assert.equal(rows.length, 3);
  assert.match(rows[2]!, /c-clean\.txt,no_red_flags,/);
  assert.equal(await run(['check', files.clean, '--format', 'xml'], fsIo()), 2);
});

test('files that cannot be checked: named kind, damaged image; the batch goes on and exits 2', async () => {
  const io = fsIo();
  assert.equal(await run(['check', files.gif, files.badPng, files.scamText], io), 2);
  const out = io.out.split('\n');
  assert.match(out[0]!, /could not be checked .*shot\.gif: This is a GIF image, which cannot be checked\. Send a screenshot as PNG, JPEG or WebP/);
  assert.match(out[1]!, /could not be checked .*cut\.png: The image could not be read/);
  assert.match(out[2]!, /a-scam\.txt/);
  assert.match(io.out, /2 could not be checked/);
  // One unsupported file alone: exit 2 and the reason on stderr.
  const one = fsIo();
  assert.equal(await run(['check', files.gif], one), 2);
  assert.match(one.err, /GIF image, which cannot be checked/);
  assert.equal(one.out, '');
});

test('a folder without -r, and a missing -r folder, are usage errors', async () => {
  const io = fsIo();
  assert.equal(await run(['check', join(dir, 'inbox')], io), 2);
  assert.match(io.err, /is a folder: use -r/);
  // Also among other files, before any is checked.
  const mixed = fsIo();
  assert.equal(await run(['check', files.scamText, join(dir, 'inbox')], mixed), 2);
  assert.equal(mixed.out, '');
  const missing = fsIo();
  assert.equal(await run(['check', '-r', join(dir, 'nope')], missing), 2);
  assert.match(missing.err, /-r .*nope/);
});

test('--jobs: the same lines in the same order on two threads as on one', async () => {
  const outputs: string[] = [];
  for (const jobs of ['1', '2']) {
    const io = fsIo();
    const args = ['check', files.scamText, files.clean, files.scamMail, files.gif, files.clean, '--json', '--jobs', jobs];
    assert.equal(await run(args, io), 2);
    outputs.push(io.out);
  }
  assert.equal(outputs[0]!.trim().split('\n').length, 5);
  assert.equal(outputs[1], outputs[0]);
  const bad = fsIo();
  assert.equal(await run(['check', files.clean, files.clean, '--jobs', '0'], bad), 2);
  assert.match(bad.err, /--jobs must be a whole number/);
});
