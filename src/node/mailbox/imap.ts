import { ImapFlow } from 'imapflow';
import { messageIdOf } from './headers.js';
import { SourceError, type MailSource, type RawMail, type ReadOptions } from './types.js';

// IMAP mailboxes through imapflow: imap://user@host[:port]/MAILBOX (STARTTLS when the server offers
// it) or imaps://… (TLS from the start). The password never comes from the command line (a flag or
// the URL is visible in `ps` and shell history): the caller passes it from IMPOSTOR_IMAP_PASSWORD or
// a terminal prompt. Messages are fetched by UID in batches, so memory stays bounded on big folders.

export interface ImapTarget {
  url: string;
  secure: boolean;
  host: string;
  port: number;
  user: string;
  mailbox: string;
}

export const isImapUrl = (s: string): boolean => /^imaps?:\/\//i.test(s);

/** Parse imap(s)://user@host[:port]/MAILBOX; a password inside the URL is refused. */
export function parseImapUrl(s: string): ImapTarget {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new SourceError(s, `${s} is not a valid imap:// or imaps:// address`);
  }
  const secure = u.protocol === 'imaps:';
  if (u.password) throw new SourceError(s, 'put the IMAP password in IMPOSTOR_IMAP_PASSWORD (or type it at the prompt), not in the address');
  if (!u.username) throw new SourceError(s, `${s} names no user: write imap://USER@host/MAILBOX`);
  if (!u.hostname) throw new SourceError(s, `${s} names no host`);
  const mailbox = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX';
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = u.port ? Number(u.port) : secure ? 993 : 143;
  const shown = `${u.protocol}//${u.username}@${u.host}/${mailbox}`;
  return { url: shown, secure, host, port, user: decodeURIComponent(u.username), mailbox };
}

const BATCH = 50;

export interface ImapActions {
  /** Move these UIDs to a folder (created when missing). */
  move(uids: number[], folder: string): Promise<number>;
  /** Add flags (\Flagged, a keyword) to these UIDs. */
  flag(uids: number[], flags: string[]): Promise<number>;
}

export async function openImap(target: ImapTarget, password: string, opts: { timeoutMs?: number } = {}): Promise<MailSource & ImapActions> {
  const client = new ImapFlow({
    host: target.host,
    port: target.port,
    secure: target.secure,
    auth: { user: target.user, pass: password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: opts.timeoutMs ?? 20_000,
    greetingTimeout: opts.timeoutMs ?? 20_000,
    socketTimeout: 5 * 60_000,
  });
  // A dropped connection is reported by the command that needed it; the 'error' event would
  // otherwise be an uncaught exception.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    const e = err as Error & { responseText?: string; authenticationFailed?: boolean };
    const why = e.authenticationFailed ? 'login failed (user or password wrong)' : (e.responseText ?? e.message);
    throw new SourceError(target.url, `cannot open ${target.url}: ${why}`);
  }
  let lock: { release: () => void } | null = null;
  try {
    lock = await client.getMailboxLock(target.mailbox);
  } catch (err) {
    await client.logout().catch(() => {});
    throw new SourceError(target.url, `cannot open mailbox "${target.mailbox}" on ${target.host}: ${(err as { responseText?: string }).responseText ?? (err as Error).message}`);
  }
  const box = client.mailbox;
  const uidValidity = box ? String(box.uidValidity) : '0';
  const keyOf = (uid: number) => `imap:${target.user}@${target.host}:${target.port}/${target.mailbox}:${uidValidity}:${uid}`;

  const uidsFor = async (o: ReadOptions): Promise<number[]> => {
    const found = await client.search(o.since ? { since: o.since } : { all: true }, { uid: true });
    return (Array.isArray(found) ? found : []).sort((a, b) => a - b);
  };

  return {
    kind: 'imap',
    label: target.url,
    count: async (o) => (await uidsFor(o)).length,
    async *messages(o: ReadOptions): AsyncIterable<RawMail> {
      const uids = await uidsFor(o);
      for (let i = 0; i < uids.length; i += BATCH) {
        const batch = uids.slice(i, i + BATCH);
        // fetchAll, not the fetch() generator: no other command may run while a FETCH streams, and
        // the caller analyses messages (and may be slow) between two yields.
        const got = await client.fetchAll(batch.join(','), { uid: true, source: true }, { uid: true });
        got.sort((a, b) => a.uid - b.uid);
        for (const m of got) {
          if (!m.source) continue;
          const raw = new Uint8Array(m.source.buffer, m.source.byteOffset, m.source.byteLength);
          yield { raw, key: keyOf(m.uid), source: { kind: 'imap', uid: m.uid, mailbox: target.mailbox, messageId: messageIdOf(raw) } };
        }
      }
    },
    async move(uids, folder) {
      if (!uids.length) return 0;
      await client.mailboxCreate(folder).catch(() => {});
      const r = await client.messageMove(uids.join(','), folder, { uid: true });
      return r ? uids.length : 0;
    },
    async flag(uids, flags) {
      if (!uids.length) return 0;
      return (await client.messageFlagsAdd(uids.join(','), flags, { uid: true })) ? uids.length : 0;
    },
    async close() {
      lock?.release();
      await client.logout().catch(() => client.close());
    },
  };
}
