import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecord, toRequest } from './corpus.js';
import { addCounts, emptyCounts, metricsOf, recallAtFpr, tally } from './metrics.js';
import { bucketOf, foldOf, splitOf } from './split.js';

test('tally puts each decision in the right cell', () => {
  const c = emptyCounts();
  tally(c, true, true);
  tally(c, true, false);
  tally(c, false, true);
  tally(c, false, false);
  tally(c, false, false);
  assert.deepEqual(c, { tp: 1, fp: 1, fn: 1, tn: 2 });
});

test('precision, recall, F1 and FPR from counts', () => {
  const m = metricsOf({ tp: 8, fp: 2, fn: 4, tn: 86 });
  assert.equal(m.precision, 0.8);
  assert.equal(m.recall, 8 / 12);
  assert.ok(Math.abs(m.f1! - (2 * 0.8 * (8 / 12)) / (0.8 + 8 / 12)) < 1e-12);
  assert.equal(m.fpr, 2 / 88);
});

test('undefined ratios are null, and F1 is 0 when nothing is right', () => {
  const onlyHam = metricsOf({ tp: 0, fp: 0, fn: 0, tn: 10 });
  assert.equal(onlyHam.precision, null);
  assert.equal(onlyHam.recall, null);
  assert.equal(onlyHam.f1, null);
  assert.equal(onlyHam.fpr, 0);
  const allWrong = metricsOf({ tp: 0, fp: 3, fn: 5, tn: 0 });
  assert.equal(allWrong.f1, 0);
  assert.equal(allWrong.fpr, 1);
});

test('addCounts sums cell by cell', () => {
  const a = { tp: 1, fp: 2, fn: 3, tn: 4 };
  addCounts(a, { tp: 10, fp: 20, fn: 30, tn: 40 });
  assert.deepEqual(a, { tp: 11, fp: 22, fn: 33, tn: 44 });
});

test('recallAtFpr picks the lowest threshold within the false-positive budget, flagging ties together', () => {
  const s = [
    { score: 0.9, scam: true },
    { score: 0.8, scam: true },
    { score: 0.7, scam: false },
    { score: 0.6, scam: true },
    { score: 0.1, scam: false },
  ];
  assert.deepEqual(recallAtFpr(s, 0), { threshold: 0.8, recall: 2 / 3, fpr: 0 });
  assert.deepEqual(recallAtFpr(s, 0.5), { threshold: 0.6, recall: 1, fpr: 0.5 });
  const tie = [
    { score: 0.5, scam: true },
    { score: 0.5, scam: false },
    { score: 0.2, scam: false },
  ];
  assert.equal(recallAtFpr(tie, 0.1).recall, 0);
});

test('splits are deterministic by id and close to 70/15/15', () => {
  const counts = { train: 0, val: 0, test: 0 };
  for (let i = 0; i < 20000; i++) counts[splitOf(`rec-${i}`)]++;
  assert.ok(Math.abs(counts.train / 20000 - 0.7) < 0.02);
  assert.ok(Math.abs(counts.val / 20000 - 0.15) < 0.02);
  assert.equal(splitOf('abc'), splitOf('abc'));
  const folds = new Set(Array.from({ length: 200 }, (_, i) => foldOf(`x${i}`, 5)));
  assert.deepEqual([...folds].sort(), [0, 1, 2, 3, 4]);
  assert.ok(bucketOf('a') >= 0 && bucketOf('a') < 100);
});

test('records: bad lines are reported as strings, HTML bodies are wrapped without sender headers', () => {
  assert.equal(parseRecord('{not json'), 'invalid JSON');
  assert.match(String(parseRecord('{"id":"1","channel":"sms","label":"spam","text":"x"}')), /bad label/);
  const rec = parseRecord('{"id":"1","channel":"email","label":"legit","brand":"Amazon","text":"<p>Hi</p>","format":"html-body-only"}');
  assert.ok(typeof rec === 'object');
  assert.equal(rec.brand, 'amazon');
  const req = toRequest(rec);
  assert.equal(req.channel, 'email');
  assert.match(req.input, /^MIME-Version: 1\.0\r\nContent-Type: text\/html/);
  assert.doesNotMatch(req.input, /^From:/m);
  assert.ok(req.input.endsWith('<p>Hi</p>'));
});

test('records: the sender ID reaches the engine as `from`, the source category is kept', () => {
  const rec = parseRecord('{"id":"2","channel":"sms","label":"legit","text":"OTP is 123456","sender":" VM-ICICIB ","orig_label":"OTP"}');
  assert.ok(typeof rec === 'object');
  assert.equal(rec.origLabel, 'OTP');
  assert.deepEqual(toRequest(rec), { input: 'OTP is 123456', channel: 'sms', from: 'VM-ICICIB' });
  const bare = parseRecord('{"id":"3","channel":"sms","label":"scam","text":"hi","sender":""}');
  assert.ok(typeof bare === 'object');
  assert.equal('from' in toRequest(bare), false);
});
