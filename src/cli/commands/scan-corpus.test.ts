import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryIo } from '../io.js';
import { checkCommand } from './check.js';
import { scanCommand } from './scan.js';

// `impostor scan --jobs 2` over real corpus mail (phishing_pot and genuine, interleaved) gives each
// message the very report `impostor check --json` gives the same bytes: the analysis in a worker
// thread, after other messages, must not depend on what that worker saw before or on which worker
// it ran in. Maildir keeps each message's bytes exactly; the mbox hands messages back with LF line
// ends and >From unquoted, and its reports must still equal check's on the original bytes.

const CORPUS = '../shared/corpus/email';
const have = existsSync(CORPUS);

interface Rec {
  id: string;
  text: string;
  format?: string;
}

function every(file: string, step: number, count: number): Rec[] {
  const recs = readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Rec)
    .filter((r) => !r.format);
  const out: Rec[] = [];
  for (let i = 0; i < recs.length && out.length < count; i += step) out.push(recs[i]!);
  return out;
}

const withoutSource = (line: string) => {
  const { source, ...report } = JSON.parse(line) as { source: unknown };
  return { source, report };
};

describe('scan --jobs 2 on corpus mail: each message gets the report check --json gives it', { skip: !have && 'no ../shared/corpus' }, () => {
  let dir = '';
  const files = new Map<string, Uint8Array>();
  let mails: Rec[] = [];
  const names: string[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'impostor-scan-corpus-'));
    const phish = every('phishing-pot.jsonl', 37, 20);
    const genuine = [
      ...every('spamassassin-ham.jsonl', 211, 10),
      ...every('amazon-genuine-auto-categorizer.jsonl', 1, 1),
      ...every('modern-brand-domain-microsoft-hyperv.jsonl', 27, 3),
      ...every('modern-brand-domain-amazon-kselftest.jsonl', 26, 3),
      ...every('modern-bounces-sisimai.jsonl', 50, 3),
    ];
    mails = [];
    for (let i = 0; i < Math.max(phish.length, genuine.length); i++) {
      if (phish[i]) mails.push(phish[i]!);
      if (genuine[i]) mails.push(genuine[i]!);
    }
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(dir, 'Maildir', sub), { recursive: true });
    mails.forEach((m, i) => {
      const name = `cur/${1_000_000 + i}.${m.id}:2,S`;
      const bytes = new TextEncoder().encode(m.text);
      writeFileSync(join(dir, 'Maildir', name), bytes);
      files.set(name, bytes);
      names.push(name);
    });
    // mboxrd: body lines starting with (quoted) "From " get one more ">".
    writeFileSync(join(dir, 'box.mbox'), mails.map((m) => `From corpus@example.org Mon Dec  7 10:00:00 2026\n${m.text.replace(/^(>*From )/gm, '>$1')}${m.text.endsWith('\n') ? '' : '\n'}\n`).join(''));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const check = async (bytes: Uint8Array) => {
    const io = memoryIo('', { msg: bytes });
    await checkCommand(['msg', '--json'], io);
    return JSON.parse(io.out) as Record<string, unknown>;
  };

  it('Maildir: every JSON line equals check --json on the file', async () => {
    assert.ok(mails.length >= 40, `only ${mails.length} corpus messages`);
    const io = memoryIo();
    await scanCommand([join(dir, 'Maildir'), '--json', '--jobs', '2', '--quiet'], io);
    const lines = io.out.split('\n').filter(Boolean);
    assert.equal(lines.length, mails.length, io.err);
    const verdicts = new Set<string>();
    for (const line of lines) {
      const { source, report } = withoutSource(line);
      const file = (source as { file: string }).file;
      const want = await check(files.get(file)!);
      assert.equal((report as { verdict: string }).verdict, want.verdict, `${file}: verdict`);
      assert.equal((report as { score: number }).score, want.score, `${file}: score`);
      assert.deepEqual(report, want, `${file}: report`);
      verdicts.add(want.verdict as string);
    }
    // The set is mixed enough to mean something: flagged and clean messages both.
    assert.ok(verdicts.has('no_red_flags') && verdicts.size >= 2, [...verdicts].join(','));
  });

  it('mbox: every JSON line equals check --json on the original message', async () => {
    const io = memoryIo();
    await scanCommand([join(dir, 'box.mbox'), '--json', '--jobs', '2', '--quiet'], io);
    const lines = io.out.split('\n').filter(Boolean);
    assert.equal(lines.length, mails.length, io.err);
    for (const line of lines) {
      const { source, report } = withoutSource(line);
      const i = (source as { index: number }).index;
      // The mbox hands the message back with LF line ends and >From unquoted; the report is still the one
      // check gives the original bytes.
      assert.deepEqual(report, await check(files.get(names[i]!)!), `mbox #${i} (${mails[i]!.id})`);
    }
  });

  it('a fresh `impostor check --json` process agrees on a flagged and a clean message', async () => {
    const io = memoryIo();
    await scanCommand([join(dir, 'Maildir'), '--json', '--jobs', '2', '--quiet'], io);
    const recs = io.out.split('\n').filter(Boolean).map(withoutSource);
    const pick = [recs.find((r) => (r.report as { verdict: string }).verdict !== 'no_red_flags'), recs.find((r) => (r.report as { verdict: string }).verdict === 'no_red_flags')];
    for (const r of pick) {
      assert.ok(r);
      const file = join(dir, 'Maildir', (r.source as { file: string }).file);
      const out = await new Promise<string>((res, rej) =>
        execFile(process.execPath, ['bin/impostor.js', 'check', '--json', file], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => (err && err.code !== 1 ? rej(err) : res(stdout))),
      );
      assert.deepEqual(r.report, JSON.parse(out), file);
    }
  });
});
