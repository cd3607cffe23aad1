// Text normalisation shared by every channel. Spans index into the *normalised* text, so every
// chunk is normalised before it is appended and offsets stay exact.

// Zero-width characters, soft hyphen and bidi controls hide words from filters ("Am\u200Bazon",
// "gift\u00ADcard") and reorder what the reader sees; they carry no meaning for the reader.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
// Non-breaking and exotic spaces become plain spaces.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** NFKC (fullwidth "ＡＭＡＺＯＮ" → "AMAZON", ligatures, compatibility forms), strip invisibles. */
export function normalizeChunk(s: string): string {
  let out = s.isWellFormed() ? s : s.toWellFormed();
  out = out.replace(INVISIBLE, '').replace(SPACES, ' ');
  // NFKC is cheap on ASCII but allocates; skip it when nothing outside ASCII is present.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7F]/.test(out)) out = out.normalize('NFKC');
  return out;
}

/** Normalise line endings and trim trailing whitespace runs; used for SMS and transcripts. */
export function normalizeText(s: string): string {
  return normalizeChunk(s.replace(/\r\n?/g, '\n'))
    .replace(/[ \t]+\n/g, '\n')
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
