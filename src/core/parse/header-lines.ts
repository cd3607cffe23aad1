// The first lines of an input, each cut to its first characters, found without splitting the whole
// input or cutting it to a fixed window first: a header line can be longer than any window (a
// 100 KB From), and the lines after it still decide whether the input is an email.

/** The first `max` lines of `s` ("\n" or "\r\n" ends a line; a leading BOM is skipped), each cut to `width` characters. */
export function firstLines(s: string, max: number, width = 256): string[] {
  const out: string[] = [];
  let pos = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (out.length < max && pos <= s.length) {
    let nl = s.indexOf('\n', pos);
    if (nl < 0) nl = s.length;
    let end = nl;
    if (end > pos && s.charCodeAt(end - 1) === 13) end--;
    out.push(s.slice(pos, Math.min(end, pos + width)));
    pos = nl + 1;
  }
  return out;
}
