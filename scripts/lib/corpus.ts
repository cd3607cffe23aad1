import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';

// Reading a corpus directory: every *.jsonl below it, one record per line, streamed (the phishing
// file alone is 23 MB). A bad line is reported with its line number, never thrown.

export interface CorpusRecord {
  id: string;
  channel: string;
  label: 'scam' | 'legit';
  brand: string | null;
  text: string;
  format?: string;
  /** The SMS sender ID or number the phone showed (newer files), passed to the engine as `from`. */
  sender?: string;
  /** The source's own category (SmishTank's "Wrong Number/Romance Scam", …), for recall per lure family. */
  origLabel?: string;
  /** The corpus builder's own kind (bank-alert, otp, delivery…), where a file has one. */
  kind?: string;
}

export type LineResult = { ok: true; record: CorpusRecord; line: number } | { ok: false; error: string; line: number };

export async function listJsonl(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.endsWith('.jsonl')) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/** Path relative to the corpus root, with forward slashes (stable JSON keys on every OS). */
export function relPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

export function parseRecord(line: string): CorpusRecord | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return 'invalid JSON';
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 'not an object';
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'missing id';
  if (typeof o.channel !== 'string') return 'missing channel';
  if (o.label !== 'scam' && o.label !== 'legit') return `bad label ${JSON.stringify(o.label)?.slice(0, 30)}`;
  if (typeof o.text !== 'string') return 'missing text';
  return {
    id: String(o.id),
    channel: o.channel,
    label: o.label,
    brand: typeof o.brand === 'string' ? o.brand.toLowerCase() : null,
    text: o.text,
    ...(typeof o.format === 'string' ? { format: o.format } : {}),
    ...(typeof o.sender === 'string' && o.sender.trim() ? { sender: o.sender.trim() } : {}),
    ...(typeof o.orig_label === 'string' && o.orig_label.trim() ? { origLabel: o.orig_label.trim() } : {}),
    ...(typeof o.kind === 'string' && o.kind.trim() ? { kind: o.kind.trim() } : {}),
  };
}

export async function* readJsonl(file: string): AsyncGenerator<LineResult> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (raw.trim() === '') continue;
    const r = parseRecord(raw);
    if (typeof r === 'string') yield { ok: false, error: r, line };
    else yield { ok: true, record: r, line };
  }
}

/**
 * What to hand to analyze() for a record. HTML-only bodies (`format: "html-body-only"`) are wrapped
 * in a minimal MIME message with no From, Subject or other headers: the sender and authentication
 * rules then have nothing to judge (a missing header is not evidence), and only the body is tested.
 */
export function toRequest(rec: CorpusRecord): { input: string; channel: string; from?: string } {
  if (rec.format === 'html-body-only') {
    const input = `MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${rec.text}`;
    return { input, channel: 'email' };
  }
  return { input: rec.text, channel: rec.channel, ...(rec.sender ? { from: rec.sender } : {}) };
}

/** Run `fn` over an async source with at most `limit` calls in flight; results keep no order. */
export async function forEachLimit<T>(source: AsyncIterable<T>, limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  for await (const item of source) {
    const p: Promise<void> = fn(item).finally(() => running.delete(p));
    running.add(p);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
}
