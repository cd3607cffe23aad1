// A cap on the length of each header field of the top-level header block, applied before the MIME
// parser sees it. postal-mime's address parser works character by character and allocates per
// token: a 1 MB From display name took most of a second there. A field longer than the cap keeps
// its start and its end (a From keeps the display name's start and the address at its end; a
// Received keeps its "from" and its date) and loses the middle; the report says so.

import { trimEndChars } from '../text-trim.js';

/** Default cap per header field, in characters (bytes for byte input). */
export const DEFAULT_MAX_HEADER_FIELD_CHARS = 32 * 1024;

export interface HeaderCap<T> {
  raw: T;
  /** Names of the fields that were cut (at most 5), lowercased. */
  cut: string[];
  /** How many fields were cut. */
  cutCount: number;
}

interface Src {
  length: number;
  at(i: number): number;
  indexOfNl(from: number): number;
  name(start: number, end: number): string;
}

function srcOf(raw: string | Uint8Array): Src {
  if (typeof raw === 'string') {
    return {
      length: raw.length,
      at: (i) => raw.charCodeAt(i),
      indexOfNl: (from) => raw.indexOf('\n', from),
      name: (s, e) => raw.slice(s, e),
    };
  }
  return {
    length: raw.byteLength,
    at: (i) => raw[i]!,
    indexOfNl: (from) => raw.indexOf(10, from),
    name: (s, e) => String.fromCharCode(...raw.subarray(s, Math.min(e, s + 80))),
  };
}

/** [start, end) of each field longer than `cap` in the top-level header block. */
function longFields(src: Src, cap: number): [number, number][] {
  const out: [number, number][] = [];
  let pos = src.length > 0 && src.at(0) === 0xfeff ? 1 : 0;
  let fieldStart = pos;
  for (;;) {
    let nl = src.indexOfNl(pos);
    if (nl < 0) nl = src.length;
    const lineLen = nl - pos - (nl > pos && src.at(nl - 1) === 13 ? 1 : 0);
    const next = nl + 1;
    // Blank line: the header block ends (the field before it ends here too).
    if (lineLen === 0) {
      if (pos - fieldStart > cap) out.push([fieldStart, pos]);
      return out;
    }
    const cont = next < src.length && (src.at(next) === 32 || src.at(next) === 9);
    if (!cont) {
      const end = Math.min(next, src.length);
      if (end - fieldStart > cap) out.push([fieldStart, end]);
      fieldStart = end;
    }
    if (next >= src.length) return out;
    pos = next;
  }
}

/** `raw` with each top-level header field longer than `cap` cut in the middle to about `cap`. */
export function capHeaderFields<T extends string | Uint8Array>(raw: T, cap = DEFAULT_MAX_HEADER_FIELD_CHARS): HeaderCap<T> {
  const src = srcOf(raw);
  const fields = longFields(src, cap);
  if (!fields.length) return { raw, cut: [], cutCount: 0 };
  const half = Math.floor(cap / 2);
  const cut: string[] = [];
  for (const [s] of fields) {
    if (cut.length >= 5) break;
    const head = src.name(s, s + 80);
    const colon = head.indexOf(':');
    cut.push((colon > 0 ? head.slice(0, colon) : head.slice(0, 40)).trim().toLowerCase());
  }
  // Pieces: up to the field and its first half, then its last half. The join is a space, so a cut
  // that lands at a line break never starts a new header line.
  if (typeof raw === 'string') {
    const parts: string[] = [];
    let last = 0;
    for (const [s, e] of fields) {
      parts.push(trimEndChars(raw.slice(last, s + half), '\r\n'), ' ', raw.slice(e - half, e));
      last = e;
    }
    parts.push(raw.slice(last));
    return { raw: parts.join('') as T, cut, cutCount: fields.length };
  }
  const bytes = raw as Uint8Array;
  const parts: Uint8Array[] = [];
  let last = 0;
  // Keep UTF-8 sequences whole: a cut never lands on a continuation byte.
  const boundary = (i: number): number => {
    while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
    return i;
  };
  for (const [s, e] of fields) {
    let headEnd = boundary(s + half);
    while (headEnd > s && (bytes[headEnd - 1] === 10 || bytes[headEnd - 1] === 13)) headEnd--;
    parts.push(bytes.subarray(last, headEnd), Uint8Array.of(32), bytes.subarray(boundary(e - half), e));
    last = e;
  }
  parts.push(bytes.subarray(last));
  const size = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return { raw: out as T, cut, cutCount: fields.length };
}
