import { promises as fs } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { messageIdOf, onOrAfter } from './headers.js';
import { SourceError, type MailSource, type RawMail, type ReadOptions } from './types.js';

// Maildir folders: one message per file in cur/ and new/ (tmp/ holds deliveries in progress and is
// never read). A file's unique name is the part before ":2,<flags>", so a flag change by a mail
// client (a rename) does not make --state scan the message again.

export const isMaildir = async (path: string): Promise<boolean> => {
  for (const sub of ['cur', 'new']) {
    const st = await fs.stat(join(path, sub)).catch(() => null);
    if (!st?.isDirectory()) return false;
  }
  return true;
};

const uniqueName = (file: string): string => basename(file).replace(/[:!]2,[A-Za-z]*$/, '');

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['cur', 'new']) {
    const entries = await fs.readdir(join(dir, sub), { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isFile() && !e.name.startsWith('.')) out.push(join(sub, e.name));
  }
  // Maildir names start with the delivery time in seconds: sorting them is oldest first, and a
  // stable order makes runs comparable.
  return out.sort((a, b) => (uniqueName(a) < uniqueName(b) ? -1 : uniqueName(a) > uniqueName(b) ? 1 : 0));
}

export async function openMaildir(path: string): Promise<MailSource> {
  const full = resolve(path);
  if (!(await isMaildir(full))) throw new SourceError(path, `${path} is not a Maildir folder (no cur/ and new/)`);
  return {
    kind: 'maildir',
    label: path,
    count: async () => (await listFiles(full)).length,
    async *messages(opts: ReadOptions): AsyncIterable<RawMail> {
      for (const rel of await listFiles(full)) {
        let buf: Buffer;
        let mtime: Date | null = null;
        try {
          buf = await fs.readFile(join(full, rel));
          if (opts.since) mtime = (await fs.stat(join(full, rel))).mtime;
        } catch (err) {
          // A message moved or deleted by a mail client while the scan ran: not an error of the scan.
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw err;
        }
        const raw = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        if (!onOrAfter(raw, opts.since, mtime)) continue;
        yield { raw, key: `maildir:${full}:${uniqueName(rel)}`, source: { kind: 'maildir', file: rel, messageId: messageIdOf(raw) } };
      }
    },
    close: async () => {},
  };
}
