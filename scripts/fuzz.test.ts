import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze, clearContentCaches } from '../src/core/index.js';
import { checkInput, GENERATORS, reportProblem, type FuzzInput } from './lib/fuzz.js';

// Property-based fuzzing in `npm test`: a fixed seed, so a failure is the same on every machine and
// the printed counterexample replays it. Long runs: `npm run fuzz -- --runs 1000000`.

const SEED = 20_261_208;
// About 800 inputs in all (≈ 15 s on one busy core); the long mode runs the same generators.
const RUNS: Record<string, number> = { bytes: 100, unicode: 120, mime: 60, 'mime as bytes': 30, html: 80, urls: 120, phones: 120, texts: 80, capped: 60 };

for (const [name, arb] of Object.entries(GENERATORS)) {
  test(`fuzz (seed ${SEED}): ${name} — a report or a documented input error, never a crash`, async () => {
    clearContentCaches();
    await fc.assert(
      fc.asyncProperty(arb, async (f: FuzzInput) => {
        const problem = await checkInput(f);
        if (problem) throw new Error(problem);
      }),
      { seed: SEED, numRuns: RUNS[name] ?? 100, endOnFailure: false },
    );
  });
}

test('the property catches what it should: complete: true after a cut, a capped input not flagged', async () => {
  const f: FuzzInput = { kind: 't', input: 'Amazon: verify at https://a.example-shop.top/x https://b.example-shop.top/y', channel: 'sms', options: { limits: { maxLinks: 1 } }, mustBeIncomplete: true };
  const r = await analyze({ input: f.input, channel: f.channel }, f.options);
  assert.equal(reportProblem(r, f), null);
  assert.match(reportProblem({ ...r, complete: true }, f) ?? '', /complete: true/);
  assert.match(reportProblem({ ...r, score: 2 }, f) ?? '', /score/);
  assert.match(reportProblem({ ...r, verdict: 'fine' as never }, f) ?? '', /verdict/);
  // A documented input error is no crash; an empty input is one.
  assert.equal(await checkInput({ kind: 't', input: '   ', channel: 'sms' }), null);
  assert.equal(await checkInput({ kind: 't', input: 'x', channel: 'fax' as never }), null);
});

test('the adversarial corpus at 16 kB: every shape gives a well-formed report', async () => {
  const { ADVERSARIAL } = await import('./lib/adversarial.js');
  for (const c of ADVERSARIAL) {
    const problem = await checkInput({ kind: c.name, input: c.build(16 * 1024), channel: c.channel });
    assert.equal(problem, null, c.name);
  }
});
