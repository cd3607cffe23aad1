import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

// The page is a handful of flat files built into one folder. Their names are listed once at start
// and files are served by exact name from that list, so no request path ever reaches the file system
// (no traversal to guard). Each file is read on its first request and kept: an API-only server never
// holds the page (≈ 2.7 MB of script, ≈ 10 MB of RSS with the read buffers). The page's
// script is split into app.js and content-hashed chunk-*.js files (scripts/build-web.mjs); sw.js is
// the service worker, served from the root so that its scope is the whole page. Source maps (*.map)
// are built next to the scripts for local debugging but never served: they would hand out the whole
// engine's source with its rule thresholds, and the scripts carry no sourceMappingURL to them.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  // OCR language data (eng.traineddata.gz …): tesseract.js unpacks it itself, so no Content-Encoding.
  '.gz': 'application/octet-stream',
  // The learned models' weights (text-model.bin, url-model.bin: int16, fetched by the page's engine).
  '.bin': 'application/octet-stream',
};

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/;

export interface StaticFile {
  type: string;
  /** The file's bytes, read on first use; null when it can no longer be read. */
  body(): Uint8Array | null;
}

function lazyFile(path: string, type: string): StaticFile {
  let body: Uint8Array | undefined;
  return {
    type,
    body() {
      if (body === undefined) {
        try {
          const b = readFileSync(path);
          body = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
        } catch {
          return null;
        }
      }
      return body;
    },
  };
}

export function loadStaticFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return files;
  }
  for (const name of names) {
    const type = TYPES[extname(name).toLowerCase()];
    if (!type || !SAFE_NAME.test(name)) continue;
    const p = join(dir, name);
    if (!statSync(p).isFile()) continue;
    files.set(name, lazyFile(p, type));
  }
  return files;
}
