import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/core/index.js';
import { openCaseStore } from '../src/node/store/index.js';

// `npm run eval -- --feedback` on a real embedded store with corrected cases: the figures are the
// engine's verdicts against the people's labels.

test('eval --feedback scores the engine on the corrected cases', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'impostor-fbeval-'));
  const dataDir = join(parent, 'data');
  const store = await openCaseStore({ dataDir });
  const add = async (text: string, channel: string, label: 'scam' | 'not_scam', brand?: string) => {
    const id = await store.create({ text, report: await analyze({ input: text, channel, from: null }) });
    await store.addFeedback(id, { label, brand });
  };
  const call = 'Caller: This is Amazon support. Please install AnyDesk so I can fix your account, then buy Google Play gift cards for the refund.';
  await add(call, 'call', 'scam');
  await add('Hi, lunch at noon tomorrow? Ana', 'sms', 'not_scam');
  // A scam the engine does not flag: a false negative in the figures.
  await add('Hi, lunch at noon tomorrow? Bo', 'sms', 'scam');
  await store.close();
  const r = spawnSync(process.execPath, ['dist/scripts/eval.js', '--feedback', '--json'], { encoding: 'utf8', env: { ...process.env, IMPOSTOR_DATA_DIR: dataDir, DATABASE_URL: '' } });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { feedback: number; all: { tp: number; fp: number; fn: number; tn: number }; brand: { correct: number; total: number } };
  assert.equal(out.feedback, 3);
  assert.deepEqual([out.all.tp, out.all.fp, out.all.fn, out.all.tn], [1, 0, 1, 1]);
  assert.deepEqual(out.brand, { correct: 1, total: 1 });
  rmSync(parent, { recursive: true, force: true });
});
