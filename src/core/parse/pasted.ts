// Mail that reached us as text a mail app showed, not as its source: a paste that starts with the
// From/Subject/Date lines the app displays, or a forward ("---------- Forwarded message ---------",
// "Begin forwarded message:", Outlook's "From: … Sent: …" block). Both carry the sender and subject
// as plain text and none of the original headers, so authentication can never be checked. This
// module only finds the block and reads its fields; parseEmail builds the Message.

import { trimEndChars } from '../text-trim.js';
import { firstLines } from './header-lines.js';

export type PastedKind = 'pasted-headers' | 'forwarded';

export interface PastedMail {
  kind: PastedKind;
  /** The From line's value as shown ("Amazon <no-reply@example.com>", "Amazon [mailto:…]"). */
  from: string | null;
  subject: string | null;
  /** The Date/Sent line as shown (mail apps print it in the reader's locale; kept as text). */
  date: string | null;
  to: string | null;
  /** Where the block (or its forward marker) starts in the input. */
  start: number;
  /** Where the inner message's body starts in the input. */
  bodyStart: number;
}

type Field = 'from' | 'subject' | 'date' | 'to' | 'cc' | 'replyTo';

// Field labels as mail apps print them in the six languages the lure lists cover, plus Dutch and
// Italian (common Outlook locales). "Sent" is Outlook's; "Date" Gmail's and Apple Mail's.
const LABELS: Record<string, Field> = {};
for (const [field, words] of [
  ['from', ['from', 'von', 'de', 'da', 'van', '差出人', '送信者', '发件人']],
  ['subject', ['subject', 'betreff', 'objet', 'asunto', 'assunto', 'oggetto', 'onderwerp', '件名', '主题']],
  ['date', ['date', 'sent', 'gesendet', 'datum', 'envoyé', 'enviado', 'enviada', 'fecha', 'data', 'inviato', 'verzonden', '送信日時', '日付', '日時', '发送时间']],
  ['to', ['to', 'an', 'à', 'a', 'para', 'aan', '宛先', '收件人']],
  ['cc', ['cc', 'bcc', 'kopie', 'cco']],
  ['replyTo', ['reply-to', 'antwort an', 'répondre à', 'responder a']],
] as const) {
  for (const w of words) LABELS[w] = field;
}

// "Label: value", also French "Objet : value" and full-width colons. Labels are short, so the line
// head is bounded and the test is linear.
const FIELD_LINE = /^[ \t]*([\p{L}][\p{L}\- ]{0,20}?)[ \t]*[:：](.*)$/u;

// Headers that only a message's source has: a block carrying one is a raw email, not a paste.
const TRANSPORT = /^(?:received|return-path|message-id|mime-version|content-type|content-transfer-encoding|dkim-signature|authentication-results|arc-[a-z-]+|delivered-to|x-[a-z0-9-]+|list-[a-z-]+|references|in-reply-to|thread-[a-z]+)[ \t]*:/i;

const FORWARD_MARKERS: RegExp[] = [
  // Gmail and apps that copy it, in several languages.
  /^[ \t]*-{3,}[ \t]*(?:forwarded message|weitergeleitete nachricht|mensaje reenviado|message transféré|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht|転送されたメッセージ)[ \t]*-{3,}[ \t]*$/imu,
  // Apple Mail.
  /^[ \t]*(?:begin forwarded message|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado|début du message réexpédié|início da mensagem reencaminhada|inizio messaggio inoltrato)[ \t]*[:：][ \t]*$/imu,
  // Outlook (older) and Thunderbird's "Original Message" separator.
  /^[ \t]*-{3,}[ \t]*(?:original message|ursprüngliche nachricht|mensaje original|message d'origine|mensagem original|messaggio originale|oorspronkelijk bericht)[ \t]*-{3,}[ \t]*$/imu,
  // Outlook's rule line above its From/Sent block.
  /^[ \t]*_{10,}[ \t]*$/m,
];

/** How far into a paste forward markers are looked for: a forward sits near the top. */
const SCAN_CHARS = 32 * 1024;
const MAX_BLOCK_LINES = 12;

interface Block {
  fields: Partial<Record<Field, string>>;
  labels: number;
  end: number;
  transport: boolean;
}

function labelOf(line: string): { field: Field; value: string } | null {
  if (line.length > 2000) return null;
  const m = FIELD_LINE.exec(line);
  if (!m) return null;
  const field = LABELS[m[1]!.trim().toLowerCase()];
  return field ? { field, value: m[2]!.trim() } : null;
}

/** Read display-header lines from `pos`: stops at the first line that is not one (or a blank line after some). */
function readBlock(text: string, pos: number): Block {
  const fields: Block['fields'] = {};
  let labels = 0;
  let transport = false;
  let end = pos;
  let last: Field | null = null;
  let i = pos;
  // Blank lines before the block (Apple Mail leaves one after its marker).
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const line = text.slice(i, nl < 0 ? text.length : nl);
    if (line.trim() !== '') break;
    i = nl < 0 ? text.length : nl + 1;
  }
  for (let n = 0; n < MAX_BLOCK_LINES && i < text.length; n++) {
    const nl = text.indexOf('\n', i);
    const line = text.slice(i, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const next = nl < 0 ? text.length : nl + 1;
    if (line.trim() === '') {
      // Outlook and Gmail put no blank line inside the block, so one ends it.
      end = next;
      break;
    }
    if (TRANSPORT.test(line)) {
      transport = true;
      break;
    }
    const f = labelOf(line);
    if (f) {
      if (fields[f.field] === undefined) fields[f.field] = f.value;
      labels++;
      last = f.field;
    } else if (last === 'subject' && /^[ \t]/.test(line)) {
      fields.subject = `${fields.subject ?? ''} ${line.trim()}`.trim(); // a wrapped subject line
    } else {
      break;
    }
    end = next;
    i = next;
  }
  return { fields, labels, end, transport };
}

function skipBlank(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text[i] === '\n' || text[i] === '\r' || text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function toMail(kind: PastedKind, b: Block, start: number, text: string): PastedMail {
  return {
    kind,
    from: b.fields.from ?? null,
    subject: b.fields.subject ?? null,
    date: b.fields.date ?? null,
    to: b.fields.to ?? null,
    start,
    bodyStart: skipBlank(text, b.end),
  };
}

/** A block that looks like a mail app's header lines: a sender or subject and one more field. */
function isDisplayBlock(b: Block): boolean {
  return !b.transport && b.labels >= 2 && (b.fields.from !== undefined || b.fields.subject !== undefined);
}

/**
 * Find pasted display headers at the top of `text`, or a forwarded message inside it; null when it
 * is neither. A forward wins over pasted headers: the forwarded message is the one to judge, and the
 * headers above it are the forwarder's.
 */
export function findPastedMail(text: string): PastedMail | null {
  const scan = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  let best: PastedMail | null = null;
  for (const marker of FORWARD_MARKERS) {
    const m = marker.exec(scan);
    if (!m) continue;
    const after = m.index + m[0].length;
    const b = readBlock(scan, after);
    // The rule line alone is common in signatures; it counts only with a From … Sent block under it.
    if (marker === FORWARD_MARKERS[3] && (b.fields.from === undefined || b.fields.date === undefined)) continue;
    if (!isDisplayBlock(b) && b.fields.from === undefined) continue;
    if (!best || m.index < best.start) best = toMail('forwarded', b, m.index, text);
  }
  if (best) return best;
  const topStart = skipBlank(scan, 0);
  const top = readBlock(scan, 0);
  const topIsBlock = isDisplayBlock(top) && firstLabelOffset(scan) === topStart;
  // Outlook's block without its rule line: "From: …" then "Sent: …" on the next line, below the top.
  const outlook = /^[ \t]*(?:from|von|de|da|van)[ \t]*:.*\n[ \t]*(?:sent|gesendet|envoyé|enviado|enviada|inviato|verzonden)[ \t]*:/gimu;
  for (let m = outlook.exec(scan); m; m = outlook.exec(scan)) {
    if (topIsBlock && m.index < top.end) continue;
    const b = readBlock(scan, m.index);
    if (isDisplayBlock(b)) return toMail('forwarded', b, m.index, text);
  }
  if (topIsBlock) return toMail('pasted-headers', top, topStart, text);
  return null;
}

function firstLabelOffset(text: string): number {
  const i = skipBlank(text, 0);
  const nl = text.indexOf('\n', i);
  return labelOf(text.slice(i, nl < 0 ? text.length : nl).replace(/\r$/, '')) ? i : -1;
}

/** Whether the first lines are a raw header block (source headers a mail app never shows). */
export function hasTransportHeaders(head: string): boolean {
  for (const line of firstLines(head, 60)) {
    if (line === '') return false;
    if (TRANSPORT.test(line)) return true;
  }
  return false;
}

/**
 * The From line as a mail app shows it, as "Name <address>" (what parseSenderAddress reads):
 * Outlook's "Amazon [mailto:x@example.com]" and "Amazon x@example.com" included. A line with only
 * a display name ("Amazon", Outlook's resolved contact) gives the name and no address.
 */
export function readShownSender(shown: string | null | undefined): { text: string; name: string; address: string | null } | null {
  const s = (shown ?? '').trim().slice(0, 320);
  if (!s) return null;
  // eslint-disable-next-line regexp/no-super-linear-move -- s is at most 320 characters (above)
  const addr = /<?\[?(?:mailto:)?([^\s<>[\]"()@]+@[^\s<>[\]"()@]+\.[^\s<>[\]"()@]+)\]?>?/i.exec(s);
  if (!addr) return { text: s, name: s.replace(/^"(.*)"$/, '$1').trim(), address: null };
  const address = trimEndChars(addr[1]!, '.,;');
  const name = (s.slice(0, addr.index) + s.slice(addr.index + addr[0].length)).replace(/[<>[\]]/g, '').trim().replace(/^"(.*)"$/, '$1').trim();
  return { text: name ? `${name} <${address}>` : address, name, address };
}
