// A cap on the number of MIME parts, applied before the MIME parser sees the message. postal-mime
// builds a node and a Blob per part: 26,000 tiny parts in 1 MB took over a second. Past the cap the
// message is cut at the boundary line that opens the next part (postal-mime closes what is open at
// the end of its input), and the report says so.

const BOUNDARY = /\bboundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi;
const MAX_BOUNDARIES = 64;

export interface MimeCap<T> {
  raw: T;
  /** Parts seen before the cut (the cap), or 0 when nothing was cut. */
  cutAfter: number;
}

/** `raw` cut before its (maxParts + 1)th MIME part, if it has that many. */
export function capMimeParts<T extends string | Uint8Array>(raw: T, maxParts: number): MimeCap<T> {
  // Byte input is read as latin1: one character per byte, so positions are byte offsets.
  const s = typeof raw === 'string' ? raw : new TextDecoder('latin1').decode(raw);
  const boundaries = new Set<string>();
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m && boundaries.size < MAX_BOUNDARIES; m = BOUNDARY.exec(s)) boundaries.add(`--${m[1] ?? m[2]}`);
  if (!boundaries.size) return { raw, cutAfter: 0 };
  const list = [...boundaries];
  let parts = 0;
  let pos = 0;
  while (pos < s.length) {
    if (s.charCodeAt(pos) === 45 && s.charCodeAt(pos + 1) === 45 && list.some((b) => s.startsWith(b, pos))) {
      // A closing delimiter ("--b--") opens no part.
      const b = list.find((x) => s.startsWith(x, pos))!;
      const closing = s.startsWith('--', pos + b.length);
      if (!closing && ++parts > maxParts) {
        const cut = (typeof raw === 'string' ? raw.slice(0, pos) : (raw as Uint8Array).subarray(0, pos)) as T;
        return { raw: cut, cutAfter: maxParts };
      }
    }
    const nl = s.indexOf('\n', pos);
    if (nl < 0) break;
    pos = nl + 1;
  }
  return { raw, cutAfter: 0 };
}
