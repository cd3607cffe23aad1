// What kind of file a person gave us, by its first bytes (never by its name): a screenshot, an
// Outlook .msg, a named kind that cannot be checked, or text (an .eml, a pasted message). Kept apart
// from the readers so that the CLI loads OCR and msgreader only for files that need them.

export type FileKind = 'png' | 'jpeg' | 'webp' | 'outlook-msg' | 'text';

const SIGNATURES: { kind: FileKind | string; test: (b: Uint8Array) => boolean }[] = [
  { kind: 'png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { kind: 'jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { kind: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  // Compound File Binary (OLE2): Outlook .msg (also old Word/Excel files, told apart by msgreader).
  { kind: 'outlook-msg', test: (b) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((x, i) => b[i] === x) },
  { kind: 'GIF image', test: (b) => ascii(b, 0, 4) === 'GIF8' },
  { kind: 'BMP image', test: (b) => ascii(b, 0, 2) === 'BM' && b.length > 26 && b[14]! >= 12 && b[15] === 0 && b[16] === 0 },
  { kind: 'TIFF image', test: (b) => ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*' },
  { kind: 'HEIC/AVIF image', test: (b) => ascii(b, 4, 8) === 'ftyp' && /^(?:heic|heix|hevc|mif1|msf1|avif)$/.test(ascii(b, 8, 12)) },
  { kind: 'PDF document', test: (b) => ascii(b, 0, 5) === '%PDF-' },
  { kind: 'ZIP archive (or Word/Excel document)', test: (b) => ascii(b, 0, 4) === 'PK\u0003\u0004' },
];

function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** The kind of a file by its first bytes (not its name): an accepted kind, or a named unsupported one. */
export function sniffFile(bytes: Uint8Array): FileKind | { unsupported: string } {
  const hit = SIGNATURES.find((s) => s.test(bytes));
  if (!hit) return 'text';
  if (['png', 'jpeg', 'webp', 'outlook-msg'].includes(hit.kind)) return hit.kind as FileKind;
  return { unsupported: hit.kind };
}
