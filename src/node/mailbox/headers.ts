// The two header fields a mailbox reader needs before the message is analysed (Message-ID for the
// report's source, Date for --since), read from the header block only. Full parsing stays in the
// core (postal-mime); this is a bounded look at the first 64 KiB.

import { stripTrailingComment } from '../../core/index.js';

const HEADER_WINDOW = 64 * 1024;

function headerBlock(raw: Uint8Array): string {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, HEADER_WINDOW)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  return end >= 0 ? head.slice(0, end) : head;
}

/** Value of the first header `name` (unfolded), or null. */
export function headerValue(raw: Uint8Array, name: string): string | null {
  const lines = headerBlock(raw).split(/\r?\n/);
  const want = `${name.toLowerCase()}:`;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.slice(0, want.length).toLowerCase() !== want) continue;
    let value = line.slice(want.length);
    while (i + 1 < lines.length && /^[ \t]/.test(lines[i + 1]!)) value += ` ${lines[++i]!.trim()}`;
    return value.trim();
  }
  return null;
}

export function messageIdOf(raw: Uint8Array): string | null {
  const v = headerValue(raw, 'message-id');
  if (!v) return null;
  const m = /<([^<>\s]{1,998})>/.exec(v);
  return m ? m[1]! : v.slice(0, 998) || null;
}

export function dateOf(raw: Uint8Array): Date | null {
  const v = headerValue(raw, 'date');
  if (!v) return null;
  const d = new Date(stripTrailingComment(v));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Whether a message passes --since (an undated message is kept: it cannot be shown to be older). */
export function onOrAfter(raw: Uint8Array, since: Date | null | undefined, fallback?: Date | null): boolean {
  if (!since) return true;
  const d = dateOf(raw) ?? fallback ?? null;
  return !d || d.getTime() >= since.getTime();
}
