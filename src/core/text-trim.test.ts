import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripTrailingComment, trailingRunLength, trimEndChars, trimStartChars } from './text-trim.js';

// The loops that replace quadratic /[…]+$/ trims give the regexes' answers. (Their speed is in
// `npm run bench:adversarial`; the lint rule regexp/no-super-linear-move keeps such regexes out.)

test('trimEndChars / trimStartChars agree with the regexes they replace', () => {
  const samples = ['', 'a', '...', 'www.amazon.com).,', 'x)).,y', ')(x', '[<(www.a.com', 'a b ; ,', '.'.repeat(50) + 'x'];
  for (const s of samples) {
    assert.equal(trimEndChars(s, '.,;:)>]'), s.replace(/[.,;:)>\]]+$/, ''), s);
    assert.equal(trimStartChars(s, '<(['), s.replace(/^[<([]+/, ''), s);
    assert.equal(trailingRunLength(s, '.,;'), /[.,;]*$/.exec(s)![0].length, s);
  }
});

test('stripTrailingComment removes one trailing (comment) like /\\s*\\([^)]*\\)\\s*$/', () => {
  const samples = ['Mon, 1 Jan 2024 00:00:00 +0000 (UTC)', 'x (a) (b)  ', 'no comment', ')', '()', 'a (b (c)', 'a (b) c', ' (x)'];
  for (const s of samples) assert.equal(stripTrailingComment(s), s.replace(/\s*\([^)]*\)\s*$/, ''), s);
  const long = `date (${'z'.repeat(60)})`;
  assert.equal(stripTrailingComment(long, 40), long.replace(/\s*\([^)]{0,40}\)\s*$/, ''));
  assert.equal(stripTrailingComment('date (short)', 40), 'date');
});
