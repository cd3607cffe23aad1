import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

// The page is a handful of flat files built into one folder. They are read once into memory and
// served by exact name, so no request path ever reaches the file system (no traversal to guard).

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/;

export interface StaticFile {
  body: Uint8Array;
  type: string;
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
    files.set(name, { body: new Uint8Array(readFileSync(p)), type });
  }
  return files;
}
