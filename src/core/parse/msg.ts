// An Outlook .msg file, already read into its properties by a parser (@kenjiuno/msgreader in the node
// adapter), rebuilt as one RFC 5322 message so that every email rule reads it the same way: the
// transport headers Outlook kept (Received, Authentication-Results) stay, and the bodies and
// attachments become MIME parts. Pure and browser-safe: it takes the parser's fields, not the file.

/** The .msg properties used here (a subset of msgreader's FieldsData). */
export interface MsgFields {
  subject?: string;
  senderName?: string;
  senderEmail?: string;
  senderSmtpAddress?: string;
  senderAddressType?: string;
  /** PidTagTransportMessageHeaders: the headers as received, when Outlook kept them. */
  headers?: string;
  body?: string;
  bodyHtml?: string;
  /** PidTagHtml as bytes (when bodyHtml is absent). */
  html?: Uint8Array;
  clientSubmitTime?: string;
  messageDeliveryTime?: string;
  recipients?: { name?: string; email?: string; smtpAddress?: string; recipType?: string }[];
}

export interface MsgAttachment {
  fileName: string | null;
  mimeType: string | null;
  content: Uint8Array;
  /** An embedded Outlook message (forwarded as an attachment), already rebuilt as RFC 5322. */
  message?: string;
}

// Headers that describe the original body's MIME structure: the rebuilt message has its own.
const BODY_HEADERS = /^(?:content-[a-z-]+|mime-version)[ \t]*:/i;

function keptHeaders(raw: string): string[] {
  const head = raw.replace(/\r\n?/g, '\n').split('\n\n', 1)[0]!;
  const out: string[] = [];
  let dropping = false;
  for (const line of head.split('\n')) {
    if (line === '') continue;
    if (/^[ \t]/.test(line)) {
      if (!dropping && out.length) out[out.length - 1] += `\r\n${line}`;
      continue;
    }
    dropping = BODY_HEADERS.test(line);
    if (!dropping) out.push(line);
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let out = '';
  // btoa on 3 KiB binary strings (a multiple of 3, so no padding in the middle); lines of 76.
  for (let i = 0; i < bytes.length; i += 3072) {
    let bin = '';
    const end = Math.min(bytes.length, i + 3072);
    for (let j = i; j < end; j++) bin += String.fromCharCode(bytes[j]!);
    out += btoa(bin);
  }
  return out.replace(/.{76}/g, '$&\r\n');
}

/** RFC 2047 encoded-word for a header value that is not plain ASCII. */
function encodeWord(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  return `=?UTF-8?B?${base64(new TextEncoder().encode(s)).replace(/\r\n/g, '')}?=`;
}

function mailbox(name: string | undefined, address: string | undefined): string {
  const a = (address ?? '').trim();
  const n = (name ?? '').replace(/["\r\n]/g, '').trim();
  if (!a) return n ? `"${encodeWord(n)}" <>` : '';
  return n && n !== a ? `"${encodeWord(n)}" <${a}>` : `<${a}>`;
}

function safeName(s: string): string {
  return encodeWord(s.replace(/["\r\n\\]/g, '_'));
}

/** Rebuild an Outlook message as RFC 5322 text (ASCII: every body is base64). */
export function msgToRfc822(f: MsgFields, attachments: readonly MsgAttachment[] = []): string {
  let head = f.headers ? keptHeaders(f.headers) : [];
  if (!head.some((h) => /^from[ \t]*:/i.test(h))) {
    // No transport headers (a draft, a sent item, or Outlook dropped them): the sender Outlook shows.
    // An Exchange sender has an X.500 path as its address; its SMTP address is a separate property.
    const address = f.senderSmtpAddress || (f.senderAddressType && f.senderAddressType !== 'SMTP' ? '' : f.senderEmail);
    const from = mailbox(f.senderName, address);
    head = head.filter((h) => !/^(?:subject|to|date)[ \t]*:/i.test(h));
    if (from) head.push(`From: ${from}`);
    const to = (f.recipients ?? []).filter((r) => (r.recipType ?? 'to') === 'to').map((r) => mailbox(r.name, r.smtpAddress || r.email)).filter(Boolean);
    if (to.length) head.push(`To: ${to.join(', ')}`);
    if (f.subject) head.push(`Subject: ${encodeWord(f.subject.replace(/[\r\n]+/g, ' '))}`);
    const date = f.clientSubmitTime || f.messageDeliveryTime;
    const d = date ? new Date(date) : null;
    if (d && !Number.isNaN(d.getTime())) head.push(`Date: ${d.toUTCString().replace('GMT', '+0000')}`);
  }
  const mixed = 'impostor-msg-mixed';
  const alt = 'impostor-msg-alt';
  const enc = new TextEncoder();
  const parts: string[] = [];
  const html = f.bodyHtml ?? (f.html ? new TextDecoder('utf-8', { fatal: false }).decode(f.html) : undefined);
  const alternative: string[] = [];
  if (f.body) alternative.push(`Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(enc.encode(f.body))}`);
  if (html) alternative.push(`Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(enc.encode(html))}`);
  if (alternative.length) {
    parts.push(`Content-Type: multipart/alternative; boundary="${alt}"\r\n\r\n${alternative.map((p) => `--${alt}\r\n${p}\r\n`).join('')}--${alt}--`);
  }
  for (const a of attachments) {
    if (a.message !== undefined) {
      const name = a.fileName ? `; filename="${safeName(a.fileName.replace(/\.msg$/i, '.eml'))}"` : '';
      parts.push(`Content-Type: message/rfc822\r\nContent-Disposition: attachment${name}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(enc.encode(a.message))}`);
      continue;
    }
    const name = a.fileName ? safeName(a.fileName) : null;
    parts.push(
      `Content-Type: ${(a.mimeType || 'application/octet-stream').replace(/[\r\n;"]/g, '')}${name ? `; name="${name}"` : ''}\r\n` +
        `Content-Disposition: attachment${name ? `; filename="${name}"` : ''}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(a.content)}`,
    );
  }
  head.push('MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${mixed}"`);
  return `${head.join('\r\n')}\r\n\r\n${parts.map((p) => `--${mixed}\r\n${p}\r\n`).join('')}--${mixed}--\r\n`;
}
