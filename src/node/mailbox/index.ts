import { promises as fs } from 'node:fs';
import { isImapUrl, openImap, parseImapUrl, type ImapActions } from './imap.js';
import { isMaildir, openMaildir } from './maildir.js';
import { openMbox } from './mbox.js';
import { SourceError, type MailSource } from './types.js';

export { isImapUrl, parseImapUrl, type ImapActions, type ImapTarget } from './imap.js';
export { SourceError, type MailSource, type RawMail, type ReadOptions, type SourceRef } from './types.js';

/**
 * Open SOURCE as `impostor scan` reads it: an imap(s):// address, a Maildir folder (has cur/ and
 * new/), or an mbox file. `password` is asked for only for IMAP.
 */
export async function openSource(spec: string, password: () => Promise<string>): Promise<MailSource & Partial<ImapActions>> {
  if (isImapUrl(spec)) return openImap(parseImapUrl(spec), await password());
  const st = await fs.stat(spec).catch((err: NodeJS.ErrnoException) => {
    throw new SourceError(spec, `cannot read ${spec}: ${err.code === 'ENOENT' ? 'no such file or folder' : err.message}`);
  });
  if (st.isDirectory()) {
    if (await isMaildir(spec)) return openMaildir(spec);
    throw new SourceError(spec, `${spec} is a folder but not a Maildir (no cur/ and new/ inside)`);
  }
  return openMbox(spec);
}
