import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

// `npm run eval -- --jobs N` gives the same figures, per-rule tallies and --scores lines (in the
// same order) as one job: the analyses run on worker threads, the tallies are made in source order.

const CORPUS = '../shared/corpus';

test('eval --jobs 2 equals --jobs 1', { skip: !existsSync(CORPUS) && 'no ../shared/corpus' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'impostor-eval-jobs-'));
  try {
    const runs = [1, 2].map((jobs) => {
      const scores = join(dir, `scores-${jobs}.jsonl`);
      const r = spawnSync(process.execPath, ['dist/scripts/eval.js', '--corpus', CORPUS, '--limit', '30', '--json', '--jobs', String(jobs), '--scores', scores], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.equal(out.jobs, jobs);
      delete out.seconds;
      delete out.jobs;
      return { out, scores: readFileSync(scores, 'utf8') };
    });
    assert.ok(runs[0]!.scores.split('\n').length > 100, 'a few hundred records were scored');
    assert.deepEqual(runs[1]!.out, runs[0]!.out);
    assert.equal(runs[1]!.scores, runs[0]!.scores);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
