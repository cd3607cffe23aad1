import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
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

export function extractPhones(text: string, maxPerType: number): Entity[] {
  if (!DIGITS7.test(text)) return [];
  const out: Entity[] = [];
  const taken: { start: number; end: number }[] = [];
  const passes: CountryCode[] = ['US', 'GB'];
  for (const country of passes) {
    if (country === 'GB' && !/(?:^|\D)0\d{2,4}[\s-]?\d{3}/.test(text) && !/\+44/.test(text)) continue;
    let found: ReturnType<typeof findPhoneNumbersInText>;
    // libphonenumber rejects most candidates (dates, order and tracking numbers) by throwing a
    // ParseError that it catches itself; capturing a stack trace for each was a large share of
    // phone extraction. The call is synchronous, so nothing else can observe the limit meanwhile.
    const stackLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      found = findPhoneNumbersInText(text, { defaultCountry: country, v2: true } as never) as never;
    } catch {
      continue;
    } finally {
      Error.stackTraceLimit = stackLimit;
    }
    for (const f of found as unknown as { number: Parameters<typeof describe>[0]; startsAt: number; endsAt: number }[]) {
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
