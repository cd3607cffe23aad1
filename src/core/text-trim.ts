// Linear-time trims of a character set at either end of a string. A regex such as /[.,]+$/ is tried
// at every position of a long run of those characters and fails at each when the run is followed by
// anything else: quadratic time on "x.,.,.,…,y". These walk the string once from the end.

/** `s` without the trailing characters that are in `chars`. */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without the leading characters that are in `chars`. */
export function trimStartChars(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start]!)) start++;
  return start === 0 ? s : s.slice(start);
}

/** Length of the run of `chars` that ends `s`. */
export function trailingRunLength(s: string, chars: string): number {
  return s.length - trimEndChars(s, chars).length;
}

const WS = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** The whitespace characters of /\s/. */
export const WHITESPACE = WS;

/**
 * `s` without a trailing parenthesised comment and the white space around it ("… +0000 (UTC)" →
 * "… +0000"), as /\s*\([^)]{0,max}\)\s*$/ would remove it, in linear time. `s` unchanged when it
 * does not end in one.
 */
export function stripTrailingComment(s: string, maxInner = Infinity): string {
  const t = trimEndChars(s, WHITESPACE);
  if (!t.endsWith(')')) return s;
  const close = t.length - 1;
  const from = Math.max(close > 0 ? t.lastIndexOf(')', close - 1) + 1 : 0, close - maxInner - 1);
  const open = t.indexOf('(', from);
  if (open < 0 || open >= close) return s;
  return trimEndChars(t.slice(0, open), WHITESPACE);
}
