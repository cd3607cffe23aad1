import { latinLookalikeOf } from '../signals/confusables.js';
import { trimEndChars } from '../text-trim.js';

// Text normalisation shared by every channel. Spans index into the *normalised* text, so every
// chunk is normalised before it is appended and offsets stay exact.

// Zero-width characters, soft hyphen and bidi controls hide words from filters ("Am\u200Bazon",
// "gift\u00ADcard") and reorder what the reader sees; they carry no meaning for the reader.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
// Non-breaking and exotic spaces become plain spaces.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7F]/;

/** NFKC (fullwidth "ＡＭＡＺＯＮ" → "AMAZON", ligatures, compatibility forms), strip invisibles. */
export function normalizeChunk(s: string): string {
  // Every character this changes is outside ASCII (invisibles, exotic spaces, lone surrogates, and
  // what NFKC rewrites), so pure ASCII, most HTML text nodes and headers, is returned as it is.
  if (!NON_ASCII.test(s)) return s;
  let out = s.isWellFormed() ? s : s.toWellFormed();
  out = out.replace(INVISIBLE, '').replace(SPACES, ' ');
  // NFKC is cheap on ASCII but allocates; skip it when nothing outside ASCII is left.
  if (NON_ASCII.test(out)) out = out.normalize('NFKC');
  return out;
}

/** Normalise line endings and trim trailing whitespace runs; used for SMS and transcripts. */
export function normalizeText(s: string): string {
  return normalizeChunk(s.replace(/\r\n?/g, '\n'))
    // Trailing blanks of each line, by a loop: /[ \t]+\n/ is quadratic on a long run of blanks.
    .split('\n')
    .map((line) => trimEndChars(line, ' \t'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Share of binary-looking characters in the first `sample` characters: control bytes other than
 * whitespace, and U+FFFD replacement characters (undecodable bytes). A few U+FFFD are common in
 * real texts whose encoding broke in transit, so callers use a generous threshold.
 */
export function binaryRatio(s: string, sample = 4096): number {
  const n = Math.min(s.length, sample);
  if (n === 0) return 0;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) replacement++;
  }
  // Short texts with one broken character are not binary.
  return (control + (n >= 64 ? replacement : 0)) / n;
}

export interface Disguise {
  start: number;
  end: number;
  /** The word as it was written, with its look-alike letters. */
  original: string;
  /** The word as the reader sees it (what rules match). */
  folded: string;
}

// A word that mixes Latin letters with Cyrillic, Greek or Armenian look-alikes ("Cryрto", "Аmazon")
// is a filter-evasion trick: real words are written in one script. Letters are mapped 1:1, so every
// offset stays valid.
const MIXED_CANDIDATE = /[\u0370-\u03FF\u0400-\u04FF\u0500-\u052F\u0530-\u058F]/;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;

export function foldMixedScriptWords(text: string, max = 200): { text: string; disguises: Disguise[] } {
  if (!MIXED_CANDIDATE.test(text)) return { text, disguises: [] };
  const disguises: Disguise[] = [];
  const out = text.replace(WORD, (word, offset: number) => {
    if (disguises.length >= max || !LATIN.test(word) || !MIXED_CANDIDATE.test(word)) return word;
    // Mis-decoded text (windows-1251 read for windows-1252) turns a dash or quote after a word into a
    // Cyrillic letter ("bisonВ"): a lone foreign letter at the end is an encoding accident, not a disguise.
    if (!MIXED_CANDIDATE.test(word.slice(0, -1))) return word;
    let folded = '';
    for (const ch of word) folded += latinLookalikeOf(ch) ?? ch;
    if (folded.length !== word.length || folded === word) return word;
    // Keep the case of the imitated letter where the original was upper case.
    let cased = '';
    for (let i = 0; i < word.length; i++) {
      const o = word[i]!;
      const f = folded[i]!;
      cased += o !== f && o === o.toUpperCase() && o !== o.toLowerCase() ? f.toUpperCase() : f;
    }
    disguises.push({ start: offset, end: offset + word.length, original: word, folded: cased });
    return cased;
  });
  return { text: out, disguises };
}
