import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_MARKS, segmentText } from './highlight.js';

const cover = (segs: ReturnType<typeof segmentText>) => segs.map((s) => [s.start, s.end, s.findings.join('+')]);

test('no spans: one plain segment', () => {
  assert.deepEqual(cover(segmentText(10, [])), [[0, 10, '']]);
});

test('overlapping spans of two findings split into flat runs', () => {
  const segs = segmentText(20, [
    { start: 2, end: 8, finding: 0 },
    { start: 5, end: 12, finding: 1 },
  ]);
  assert.deepEqual(cover(segs), [
    [0, 2, ''],
    [2, 5, '0'],
    [5, 8, '0+1'],
    [8, 12, '1'],
    [12, 20, ''],
  ]);
  assert.deepEqual(segs.find((s) => s.end === 8)!.endsHere, [0]);
  assert.deepEqual(segs.find((s) => s.end === 12)!.endsHere, [1]);
});

test('segments tile the text exactly', () => {
  const segs = segmentText(50, [
    { start: 0, end: 50, finding: 3 },
    { start: 10, end: 10, finding: 1 },
    { start: 40, end: 45, finding: 2 },
  ]);
  let at = 0;
  for (const s of segs) {
    assert.equal(s.start, at);
    at = s.end;
  }
  assert.equal(at, 50);
});

test('out-of-range, reversed and non-finite spans are clamped or dropped', () => {
  const segs = segmentText(10, [
    { start: -5, end: 3, finding: 0 },
    { start: 8, end: 99, finding: 1 },
    { start: 6, end: 4, finding: 2 },
    { start: Number.NaN, end: 5, finding: 3 },
  ]);
  assert.deepEqual(cover(segs), [
    [0, 3, '0'],
    [3, 8, ''],
    [8, 10, '1'],
  ]);
});

test('marks are capped', () => {
  const spans = Array.from({ length: MAX_MARKS + 200 }, (_, i) => ({ start: i, end: i + 1, finding: i }));
  const marked = segmentText(MAX_MARKS + 200, spans).filter((s) => s.findings.length);
  assert.equal(marked.length, MAX_MARKS);
});
