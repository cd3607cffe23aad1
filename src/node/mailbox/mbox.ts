import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { mboxReader } from 'mbox-reader';
import { messageIdOf, onOrAfter } from './headers.js';
import { SourceError, type MailSource, type RawMail, type ReadOptions } from './types.js';

// mbox files (mboxrd and mboxo: "From " separator lines, body lines ">From " unquoted by one ">"),
// optionally gzip-compressed (.gz, as Google Takeout exports them). Splitting is mbox-reader's
// (postalsys, the author of imapflow and postal-mime); this adds keys, --since and a cheap count.

export const digest = (raw: Uint8Array): string => createHash('sha256').update(raw).digest('hex').slice(0, 20);

async function countSeparators(path: string, gz: boolean): Promise<number | null> {
  if (gz) return null;
  // Separator lines are "From " at the start of a line. The carried tail is 5 bytes, one less than
  // "\nFrom ", so a match across chunks is counted once; the leading "\n" makes line 1 count.
  let n = 0;
  let carry = '\n';
  for await (const chunk of createReadStream(path)) {
    const s = carry + (chunk as Buffer).toString('latin1');
    for (let i = s.indexOf('\nFrom '); i >= 0; i = s.indexOf('\nFrom ', i + 1)) n++;
    carry = s.slice(-5);
  }
  return n;
}

export async function openMbox(path: string): Promise<MailSource> {
  const full = resolve(path);
  let st;
  try {
    st = await fs.stat(full);
  } catch (err) {
    throw new SourceError(path, `cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
  }
  if (!st.isFile()) throw new SourceError(path, `${path} is not an mbox file`);
  const fh = await fs.open(full, 'r').catch((err: Error) => {
    throw new SourceError(path, `cannot read ${path}: ${err.message}`);
  });
  await fh.close();
  const gz = /\.gz$/i.test(full);
  return {
    kind: 'mbox',
    label: path,
    count: () => countSeparators(full, gz),
    async *messages(opts: ReadOptions): AsyncIterable<RawMail> {
      let index = 0;
      for await (const m of mboxReader(createReadStream(full), { gz })) {
        const raw = new Uint8Array(m.content.buffer, m.content.byteOffset, m.content.byteLength);
        const i = index++;
        if (!onOrAfter(raw, opts.since, m.time || null)) continue;
        yield { raw, key: `mbox:${full}:${i}:${digest(raw)}`, source: { kind: 'mbox', index: i, messageId: messageIdOf(raw) } };
      }
    },
    close: async () => {},
  };
}
