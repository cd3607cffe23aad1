import { parsePhoneNumberFromString, PhoneNumberMatcher, type CountryCode } from 'libphonenumber-js/max';
import type { Entity } from '../types.js';

// Phone numbers with libphonenumber-js ("max" metadata, so number types such as TOLL_FREE and
// PREMIUM_RATE are known). National numbers are read as US first, then as UK when they start with 0,
// the two markets the brand packs cover.

const DIGITS7 = /\d(?:[\s().-]{0,3}\d){6}/;

export interface PhoneData {
  e164: string;
  country: string | null;
  type: string | null;
  national: string;
  [key: string]: unknown;
}

function describe(num: ReturnType<typeof parsePhoneNumberFromString>): PhoneData | null {
  if (!num || !num.isPossible()) return null;
  return {
    e164: num.number,
    country: num.country ?? null,
    type: num.getType() ?? null,
    national: num.formatNational(),
  };
}

// findPhoneNumbersInText parses every digit group of the text (dates, times, prices, version
// numbers), and a short group read as a +1 number is checked against each of the 25 NANPA countries:
// that was most of the cost of a long email. Only the parts of the text that can hold a number it
// would accept are handed to it, and what it finds is shifted back; the result is the same list.
//
// 1. Clusters. A candidate of the library (its PATTERN: a lead of at most 10 characters, "(", "[",
//    "+" and its punctuation; digit groups joined by at most 4 punctuation characters; then an
//    optional extension such as " ext. 12", ";ext=12", " x12", ",,12", "-12#") has all its digits in
//    one CLUSTER below, a superset of those groups and joiners (non-ASCII characters count as digits
//    and joiners both, so its Unicode digits and punctuation are covered). So a candidate lies within
//    [start - 10, end + 1) of its cluster (the 1 for an extension's "#"), and its context checks read
//    the character before it and the three after it (a following ":dd" marks a time stamp).
// 2. What to skip. Every digit of a number the library accepts comes from its candidate, and a
//    number it accepts is valid and possible: at least 7 digits when read as national (US numbers
//    have 10, the shortest +44 numbers 7) or behind an international prefix (011/00 + country code +
//    national number), and at least 6 when written with a plus (+43 and +49 have 4-digit numbers;
//    phones.test.ts checks both bounds against the metadata). A cluster with fewer digits (the plus
//    sign, if any, sits in its lead or is the fullwidth one inside it) yields no number.
// 3. Windows. Each cluster that may yield a number gets the window [start - 11, end + 4), merged
//    with its neighbours when they overlap; it holds every candidate of the cluster with what its
//    checks read. Whatever else a window holds is parts of other clusters, whose candidates are
//    rejected and end before the cluster's lead begins (a lead holds no digit), so the window's scan
//    reaches the cluster's first candidate as the whole-text scan does and then reads the same text.
//
// Digit groups (ASCII digits and any non-ASCII character) joined by: up to 4 punctuation characters;
// an extension label with its separators (" ext. ", " x ", "#", "~", ";ext=", ",,", ";", commas);
// dashes and spaces before an extension; or, after a non-ASCII label ("ｅｘｔ", "доб", "extensió"),
// its trailing separators. The joiners overlap, but each must be followed by a digit group, whose
// characters none of them contains, so a separator run is tried once per joiner: linear.
// eslint-disable-next-line regexp/no-dupe-disjunctions
const CLUSTER =
  /[0-9\u0080-\uFFFF]+(?:(?:[-./ ()[\]~]{1,4}|;ext=|[ \t,]*(?:e?xt(?:ensio?)?n?|anexo|int|[#x~])[.:]?[ \t,-]*|[- ]+|[ \t]*[,;][ \t,\-.:;]*|(?<=[^\x00-\x7F])(?:n[.:]?[ \t,-]*|[.:][ \t,-]*|[ \t,-]+))[0-9\u0080-\uFFFF]+)*/gi;
/** Digits libphonenumber reads as digits (its VALID_DIGITS). */
function isValidDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}
/** Fewest digits of a number libphonenumber accepts, without and with a plus sign. */
export const MIN_PHONE_DIGITS = { national: 7, plus: 6 } as const;

/** Windows [start, end) of the text that may hold a phone number, in order, not overlapping. */
export function phoneWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  CLUSTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLUSTER.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    let digits = 0;
    for (let i = s; i < e; i++) if (isValidDigit(text.charCodeAt(i))) digits++;
    if (digits < MIN_PHONE_DIGITS.plus) continue;
    if (digits < MIN_PHONE_DIGITS.national) {
      let plus = false;
      for (let i = Math.max(0, s - 10); i < e && !plus; i++) {
        const c = text.charCodeAt(i);
        plus = c === 0x2b || c === 0xff0b;
      }
      if (!plus) continue;
    }
    const w: [number, number] = [Math.max(0, s - 11), Math.min(n, e + 4)];
    const last = out[out.length - 1];
    if (last && w[0] < last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push(w);
  }
  return out;
}

type Found = { number: Parameters<typeof describe>[0]; startsAt: number; endsAt: number };

/**
 * How many rejected candidates libphonenumber may still try in this message (its `maxTries`), shared
 * by the US and UK passes. Text dense with number-like groups (statistics tables, logs, invoices)
 * makes it parse and reject hundreds of candidates, ≈ 30–60 µs each: one 6.7 KB mailing-list mail of
 * score tables cost 45 ms, nearly all of it there. On ../shared/corpus a text message needed at most
 * 19 tries and 99% of emails at most 48; the budget (limits.maxPhoneTries, default 128) stops only
 * the number tables, and `exhausted` tells the caller to say so in a warning.
 */
export interface PhoneBudget {
  tries: number;
  exhausted: boolean;
}

/** The matcher's remaining tries, or null if this version of the library does not expose them. */
function triesLeft(m: PhoneNumberMatcher): number | null {
  const left = (m as unknown as { maxTries?: unknown }).maxTries;
  return typeof left === 'number' ? left : null;
}

/**
 * The numbers libphonenumber finds in the windows (or the whole text), shifted back to text offsets.
 * This is what its findPhoneNumbersInText does (a PhoneNumberMatcher read to the end), with the
 * matcher kept so that the tries it spent can be read back into `budget`.
 */
function findIn(text: string, country: CountryCode, windows: readonly [number, number][] | null, budget: PhoneBudget | undefined): Found[] {
  const out: Found[] = [];
  for (const [a, b] of windows ?? [[0, text.length] as [number, number]]) {
    // maxTries 0 would mean "no limit" to the library: stop here instead.
    if (budget && budget.tries <= 0) {
      budget.exhausted = true;
      break;
    }
    const m = new PhoneNumberMatcher(text.slice(a, b), { defaultCountry: country, v2: true, maxTries: budget?.tries } as never);
    while (m.hasNext()) {
      const f = m.next() as unknown as Found;
      f.startsAt += a;
      f.endsAt += a;
      out.push(f);
    }
    if (!budget) continue;
    // The library can count one past zero (it decrements in more than one place per candidate).
    const left = triesLeft(m);
    if (left !== null) {
      budget.tries = left;
      if (left <= 0) budget.exhausted = true;
    }
  }
  return out;
}

/**
 * `windowed: false` scans the whole text (the reference the windowed scan is tested against).
 * `budget` caps the candidates libphonenumber may reject (see PhoneBudget); without it there is no cap.
 */
export function extractPhones(text: string, maxPerType: number, windowed = true, budget?: PhoneBudget): Entity[] {
  if (!DIGITS7.test(text)) return [];
  const windows = windowed ? phoneWindows(text) : null;
  if (windows && windows.length === 0) return [];
  const out: Entity[] = [];
  const taken: { start: number; end: number }[] = [];
  const passes: CountryCode[] = ['US', 'GB'];
  for (const country of passes) {
    if (country === 'GB' && !/(?:^|\D)0\d{2,4}[\s-]?\d{3}/.test(text) && !/\+44/.test(text)) continue;
    let found: Found[];
    // libphonenumber rejects most candidates (dates, order and tracking numbers) by throwing a
    // ParseError that it catches itself; capturing a stack trace for each was a large share of
    // phone extraction. The call is synchronous, so nothing else can observe the limit meanwhile.
    const stackLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      found = findIn(text, country, windows, budget);
    } catch {
      continue;
    } finally {
      Error.stackTraceLimit = stackLimit;
    }
    for (const f of found) {
      if (out.length >= maxPerType) return out;
      if (taken.some((t) => t.start < f.endsAt && f.startsAt < t.end)) continue;
      const data = describe(f.number);
      if (!data) continue;
      taken.push({ start: f.startsAt, end: f.endsAt });
      out.push({ type: 'phone', value: data.e164, span: { start: f.startsAt, end: f.endsAt }, data });
    }
  }
  out.sort((a, b) => a.span!.start - b.span!.start);
  return out;
}

/** Parse a sender/caller number given alongside the message. */
export function parseSenderNumber(sender: string): PhoneData | null {
  const s = sender.trim();
  if (!/\d/.test(s) || /[a-z@]/i.test(s)) return null;
  const digits = s.replace(/\D/g, '');
  // Short codes (4–6 digits) are not phone numbers; callers handle them separately.
  if (digits.length <= 6) return null;
  return describe(parsePhoneNumberFromString(s, 'US')) ?? describe(parsePhoneNumberFromString(s, 'GB'));
}
