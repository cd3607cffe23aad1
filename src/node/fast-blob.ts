// postal-mime joins every decoded MIME part through `new Blob(chunks).arrayBuffer()`, with two
// chunks per body line. Node's Blob (v20) keeps each chunk as its own part and reads them back one
// microtask at a time, which made that round trip about 60% of parsing an email. This subclass joins
// the chunks into one buffer up front, so the Blob has a single part. Its bytes, size, type and
// methods are those of a native Blob (it is one: `instanceof Blob` holds), so the parsed email is
// identical. Installed by the Node entry points (CLI, server, scripts); browsers' Blob is fast and
// the core itself never touches globals.

const encoder = new TextEncoder();
// postal-mime's line separator, one part in two: encoded once.
const NEWLINE = encoder.encode('\n');
let installed = false;

function joinParts(parts: readonly unknown[]): Uint8Array<ArrayBuffer> | null {
  const bufs: Uint8Array[] = [];
  let size = 0;
  for (const p of parts) {
    let u: Uint8Array;
    if (p === '\n') u = NEWLINE;
    else if (typeof p === 'string') u = encoder.encode(p);
    else if (p instanceof ArrayBuffer) u = new Uint8Array(p);
    else if (ArrayBuffer.isView(p)) u = new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
    else return null; // Blob parts and anything else: let the native constructor handle them
    bufs.push(u);
    size += u.byteLength;
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const u of bufs) {
    all.set(u, at);
    at += u.byteLength;
  }
  return all;
}

/** Replace the global Blob with a single-part subclass (idempotent; Node only). */
export function installFastBlob(): void {
  if (installed || typeof globalThis.Blob !== 'function' || typeof process === 'undefined' || !process.versions?.node) return;
  installed = true;
  const Native = globalThis.Blob;
  class SinglePartBlob extends Native {
    constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
      // endings: "native" rewrites line ends in string parts; leave that to the native code.
      const joined = Array.isArray(parts) && parts.length > 1 && (options?.endings ?? 'transparent') === 'transparent' ? joinParts(parts) : null;
      super(joined ? [joined] : parts, options);
    }
  }
  globalThis.Blob = SinglePartBlob as typeof Blob;
}

installFastBlob();
