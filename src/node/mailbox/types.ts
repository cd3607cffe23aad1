// One reader, many sources: every mailbox kind turns into the same stream of raw messages, so a
// verdict never depends on how a message arrived (see ARCHITECTURE.md, src/node/mailbox).

/** Where a message came from, as written into each `impostor scan --json` line. */
export type SourceRef =
  | { kind: 'mbox'; index: number; messageId: string | null }
  | { kind: 'maildir'; file: string; messageId: string | null }
  | { kind: 'imap'; uid: number; mailbox: string; messageId: string | null };

export interface RawMail {
  raw: Uint8Array;
  source: SourceRef;
  /** Stable identity for --state: the same message in the same source gives the same key. */
  key: string;
}

export interface ReadOptions {
  /** Only messages dated on or after this (Date header; IMAP: the server's SEARCH SINCE). */
  since?: Date | null;
}

export interface MailSource {
  readonly kind: SourceRef['kind'];
  /** Human name for progress and errors ("box.mbox", "imap://bar@127.0.0.1:143/INBOX"). */
  readonly label: string;
  /** How many messages there are to read, when it is cheap to know (null otherwise). */
  count(opts: ReadOptions): Promise<number | null>;
  messages(opts: ReadOptions): AsyncIterable<RawMail>;
  close(): Promise<void>;
}

/** A source that cannot be opened or read: the CLI turns it into exit code 2 naming the source. */
export class SourceError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
  }
}
