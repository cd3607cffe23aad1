import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../core/index.js';
import { filesContaining, hasPostgres, required, skipUnless, startPostgres, type Service } from '../test-services.js';
import { MIGRATIONS, openCaseStore, openDb, type CaseStore, type OpenOptions } from './index.js';

// The case store on both backends, with the same tests: embedded PGlite in a temporary folder, and a
// real PostgreSQL cluster started here (Debian postgresql; skipped without it unless
// IMPOSTOR_REQUIRE_SERVICES=1).

const EMAIL = `From: "Amazon" <support@amaz0n-account-restore.top>\nTo: you@example.org\nSubject: Your account is on hold\nDate: Mon, 7 Dec 2026 09:00:00 +0000\nMessage-ID: <s1@amaz0n-account-restore.top>\n\nYour Amazon account is on hold. Confirm your card at http://amaz0n-account-restore.top/verify within 24 hours.\nTo confirm, reply with your card 4111 1111 1111 1111 and your password is Tr0ub4dor-zz9 thanks.\n`;
const CALL = 'Caller: This is Amazon support about the order in the email we sent. Please install AnyDesk so I can fix your account, then buy Google Play gift cards for the refund.';
const NOTE = 'Hi, lunch at noon tomorrow? Ana';

async function message(text: string, channel?: string) {
  return { text, report: await analyze({ input: text, channel, from: null }) };
}

function suite(name: string, open: () => Promise<{ options: OpenOptions; dir?: string; done(): Promise<void> }>, skip: string | false) {
  describe(`case store: ${name}`, { skip }, () => {
    let store: CaseStore;
    let env: Awaited<ReturnType<typeof open>>;
    before(async () => {
      env = await open();
      store = await openCaseStore(env.options);
    });
    after(async () => {
      await store?.close();
      await env?.done();
    });

    it('keeps one incident across channels, re-judges it, and stores feedback with who gave it', async () => {
      const id = await store.create(await message(EMAIL, 'email'));
      const first = await store.get(id);
      assert.equal(first?.messages.length, 1);
      assert.equal(first?.brand, 'amazon');
      await store.addMessage(id, await message(CALL, 'call'));
      await store.addFeedback(id, { label: 'scam', by: 'bar', token: 'analyst:abc' });
      const c = (await store.get(id))!;
      assert.deepEqual(c.messages.map((m) => m.channel), ['email', 'call']);
      assert.deepEqual(c.channels, ['email', 'call']);
      assert.equal(c.verdict, 'likely_scam');
      assert.ok(c.messages[1]!.rules.some((r) => /remote|gift/.test(r)), c.messages[1]!.rules.join(','));
      assert.equal(c.messages[1]!.report.channel, 'call');
      assert.deepEqual(c.feedback.map((f) => [f.label, f.by, f.token]), [['scam', 'bar', 'analyst:abc']]);
    });

    it('redacts secrets before storage: not in the case, nor anywhere in the data files', async () => {
      const id = await store.create(await message(EMAIL, 'email'));
      const c = (await store.get(id))!;
      const all = JSON.stringify(c);
      assert.ok(!all.includes('4111 1111 1111 1111') && !all.includes('Tr0ub4dor-zz9'), 'secret in the stored case');
      assert.match(c.messages[0]!.text, /\[card number removed\]/);
      assert.match(c.messages[0]!.text, /amaz0n-account-restore/, 'the rest of the message is kept');
      if (env.dir) {
        await store.db.query('CHECKPOINT');
        assert.deepEqual(filesContaining(env.dir, 'Tr0ub4dor-zz9'), []);
        assert.deepEqual(filesContaining(env.dir, '4111 1111 1111 1111'), []);
      }
    });

    it('lists by brand, verdict, rule and date', async () => {
      const scam = await store.create(await message(CALL, 'call'));
      const note = await store.create(await message(NOTE, 'sms'));
      const ids = async (q: Parameters<CaseStore['list']>[0]) => (await store.list(q)).map((c) => c.id);
      assert.ok((await ids({ brand: 'amazon' })).includes(scam));
      assert.ok(!(await ids({ brand: 'amazon' })).includes(note));
      assert.ok((await ids({ verdict: 'no_red_flags' })).includes(note));
      const rule = (await store.get(scam))!.messages[0]!.rules[0]!;
      assert.ok((await ids({ rule })).includes(scam));
      assert.ok(!(await ids({ rule })).includes(note));
      assert.deepEqual(await ids({ since: new Date(Date.now() + 60_000) }), []);
      assert.equal((await store.list({ limit: 1 })).length, 1);
      const s = (await store.list({ brand: 'amazon' })).find((c) => c.id === scam)!;
      assert.deepEqual([s.messageCount, s.channels], [1, ['call']]);
    });

    it('stores a queue job once, however often it is handed in', async () => {
      const m = { ...(await message(NOTE, 'sms')), jobId: `job-${name}-1`, source: { kind: 'mbox', index: 7, messageId: null } };
      const a = await store.create(m);
      const b = await store.create(m);
      assert.equal(a, b);
      const rows = await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_messages WHERE job_id = $1', [m.jobId]);
      assert.equal(Number(rows[0]!.n), 1);
      assert.deepEqual((await store.get(a))!.messages[0]!.source, m.source);
    });

    it('the feedback set labels every message of a corrected case by its newest feedback', async () => {
      const a = await store.create(await message(NOTE, 'sms'));
      await store.addFeedback(a, { label: 'scam' });
      await store.addFeedback(a, { label: 'not_scam' });
      const b = await store.create(await message(CALL, 'call'));
      await store.addMessage(b, await message(NOTE, 'sms'));
      await store.addFeedback(b, { label: 'wrong_brand', brand: 'microsoft' });
      const set = await store.feedbackSet();
      const mine = (id: string) => set.filter((f) => f.id.startsWith(`feedback-${id}-`)).map((f) => [f.channel, f.label, f.scam, f.brand]);
      assert.deepEqual(mine(a), [['sms', 'not_scam', false, null]]);
      assert.deepEqual(mine(b), [['call', 'wrong_brand', true, 'microsoft'], ['sms', 'wrong_brand', true, 'microsoft']]);
    });

    it('feedback on an unknown case is refused', async () => {
      await assert.rejects(store.addFeedback('00000000-0000-4000-8000-000000000000', { label: 'scam' }), /no case/);
      assert.equal(await store.get('not-a-uuid'), null);
    });

    it('deletes a case with its messages and feedback; embedded, its text leaves the data files', async () => {
      const marker = `delete-marker-${name}-${Date.now()}`;
      const id = await store.create(await message(`${CALL} Reference ${marker}.`, 'call'));
      await store.addFeedback(id, { label: 'not_scam', by: marker });
      if (env.dir) assert.ok(filesContaining(env.dir, marker).length > 0, 'the marker is on disk before the delete (the check can fail)');
      assert.equal(await store.delete(id), true);
      assert.equal(await store.get(id), null);
      assert.equal(await store.delete(id), false);
      const left = await store.db.query<{ n: number }>('SELECT (SELECT count(*) FROM case_messages WHERE case_id = $1) + (SELECT count(*) FROM case_feedback WHERE case_id = $1) AS n', [id]);
      assert.equal(Number(left[0]!.n), 0);
      if (env.dir) assert.deepEqual(filesContaining(env.dir, marker), []);
    });

    it('erases cases older than the retention period', async () => {
      const id = await store.create(await message(NOTE, 'sms'));
      await store.db.query("UPDATE cases SET updated_at = now() - interval '40 days' WHERE id = $1", [id]);
      assert.ok((await store.eraseOlderThan(30)) >= 1);
      assert.equal(await store.get(id), null);
    });

    it('applies each migration once, however often the store is opened', async () => {
      // Embedded: one handle on a folder at a time, so the store is closed and opened again; on
      // PostgreSQL a second pool beside the first migrates nothing.
      if (env.dir) {
        await assert.rejects(openDb(env.options), /already open in this process/);
        await store.close();
      }
      const again = await openDb(env.options);
      const rows = await again.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(rows.map((r) => Number(r.version)), MIGRATIONS.map((m) => m.version));
      await again.close();
      if (env.dir) store = await openCaseStore(env.options);
    });
  });
}

suite(
  'embedded PGlite',
  async () => {
    const parent = mkdtempSync(join(tmpdir(), 'impostor-store-'));
    const dir = join(parent, 'data');
    return { options: { dataDir: dir }, dir, done: async () => rmSync(parent, { recursive: true, force: true }) };
  },
  false,
);

let pg: Service | null = null;
suite(
  'PostgreSQL',
  async () => {
    assert.ok(hasPostgres || !required, 'IMPOSTOR_REQUIRE_SERVICES=1 but PostgreSQL is not installed');
    pg = await startPostgres();
    return { options: { databaseUrl: pg.url }, done: () => pg!.stop() };
  },
  skipUnless(hasPostgres, 'PostgreSQL (postgresql)'),
);

describe('embedded data folder lock', () => {
  it('refuses a folder another live process holds, and takes over one a killed process left', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'impostor-lock-'));
    const dir = join(parent, 'data');
    const first = await openDb({ dataDir: dir });
    await first.close();
    writeFileSync(join(dir, 'impostor.lock'), `${process.ppid}\n`);
    await assert.rejects(openDb({ dataDir: dir }), /in use by process/);
    writeFileSync(join(dir, 'impostor.lock'), '999999999\n');
    const db = await openDb({ dataDir: dir });
    await db.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('a first start killed while creating the database leaves no half-made folder behind', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'impostor-init-'));
    // What a process killed during its first start leaves: a side folder named by its (dead) pid.
    mkdirSync(join(parent, 'data.init-999999999', 'base'), { recursive: true });
    const db = await openDb({ dataDir: join(parent, 'data') });
    await db.close();
    assert.deepEqual(readdirSync(parent).sort(), ['data']);
    rmSync(parent, { recursive: true, force: true });
  });
});
