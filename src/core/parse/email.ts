import PostalMime from 'postal-mime';
import type { Address as PMAddress, Email } from 'postal-mime';
import type { Limits } from '../limits.js';
import type { Address, Attachment, EmailExtras, HeaderField, Link, Message } from '../types.js';
import { renderHtml, type HtmlForm } from './html.js';
import { capHeaderFields } from './header-cap.js';
import { capMimeParts } from './mime-cap.js';
import { firstLines } from './header-lines.js';
import { foldMixedScriptWords, normalizeChunk } from './normalize.js';
import { findPastedMail, hasTransportHeaders, readShownSender, type PastedKind, type PastedMail } from './pasted.js';
import { trimEndChars, WHITESPACE } from '../text-trim.js';

// Raw RFC 5322 → Message. postal-mime does the MIME work; this module only shapes the result and
// never throws on content: a message postal-mime refuses (too deep, oversized headers) is re-read
// as headers plus raw body, with a warning.

export type EmailMessage = Message & { channel: 'email'; extras: EmailExtras };

/** Nested message/rfc822 levels opened (see the PostalMime.parse call). */
export const MAX_RFC822_DEPTH = 3;

export function toAddress(a: { name?: string; address?: string } | null | undefined): Address | null {
  if (!a) return null;
  const address = (a.address ?? '').trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return {
    name: normalizeChunk(a.name ?? '').trim(),
    address,
    domain: at >= 0 ? trimEndChars(address.slice(at + 1), `>]${WHITESPACE}`) : '',
  };
}

const BARE_ADDRESS = /^[^\s@<>"]+@[^\s@.<>"]+(?:\.[^\s@.<>"]+)+$/;

/**
 * A sender the person typed, read as an email address: "ana@example.com", "<ana@example.com>" or
 * "Ana <ana@example.com>" (what a mail app shows). Null for anything else (a phone number, a short
 * code, an SMS sender name), so callers can tell an email sender from a text-message one.
 */
export function parseSenderAddress(sender: string | null | undefined): Address | null {
  const s = (sender ?? '').trim().slice(0, 320);
  if (!s) return null;
  if (BARE_ADDRESS.test(s)) return toAddress({ address: s });
  const lt = s.lastIndexOf('<');
  if (lt < 0 || !s.endsWith('>')) return null;
  const address = s.slice(lt + 1, -1).trim();
  if (!BARE_ADDRESS.test(address)) return null;
  const name = s.slice(0, lt).trim().replace(/^"(.*)"$/, '$1').trim();
  return toAddress({ name, address });
}

function firstMailbox(a: PMAddress | undefined): { name?: string; address?: string } | undefined {
  if (!a) return undefined;
  if ('group' in a && Array.isArray(a.group)) return a.group[0];
  return a as { name?: string; address?: string };
}

function splitHeaderBlock(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: '' };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

export interface EmailGiven {
  /**
   * The sender as the person's mail app showed it, given beside a pasted body. Used only when the
   * input has no header block: real headers always win over what was typed.
   */
  from?: string | null;
  /** The body came out of a paste or a forward: what it was, and the fields its header lines gave. */
  origin?: MailOrigin;
  subject?: string | null;
  date?: string | null;
  /** The forwarder, when the message was forwarded inside another one. */
  forwardedBy?: string | null;
}

export type MailOrigin = PastedKind | 'forwarded-attachment' | 'outlook-msg';

const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc)\s*:/i;

function decodeUtf8(raw: string | Uint8Array): string {
  return typeof raw === 'string' ? raw : new TextDecoder('utf-8', { fatal: false }).decode(raw);
}

/** Pasted display headers or a forward: the inner message is parsed as a body with those fields. */
function parsePasted(full: string, p: PastedMail, limits: Limits, given: EmailGiven, forwardedBy: string | null): Promise<EmailMessage> {
  return parseEmail(full.slice(p.bodyStart), limits, {
    from: p.from ?? given.from,
    subject: p.subject,
    date: p.date,
    origin: p.kind,
    forwardedBy,
  });
}

function originWarning(given: EmailGiven, sender: string | null): string {
  const who = sender ? ` (${sender})` : '';
  const auth = 'its authentication (SPF, DKIM, DMARC) could not be checked, so whether the sender shown really sent it is unknown';
  switch (given.origin) {
    case 'forwarded':
      return `forwarded: analysed the forwarded message${who}${given.forwardedBy ? `, not the forward from ${given.forwardedBy}` : ''}. A forward keeps the sender and subject only as text and drops the original headers, so ${auth}`;
    case 'forwarded-attachment':
      return `forwarded_attachment: analysed the email attached to this one${who}${given.forwardedBy ? `, forwarded as an attachment by ${given.forwardedBy}` : ''}. Its own headers came with it, but they reached you through the forwarder, so treat its authentication results with care`;
    default:
      return `pasted_headers: the From, Subject and Date lines were pasted as a mail app shows them${who}, not the email's source; ${auth}`;
  }
}

export async function parseEmail(raw: string | Uint8Array, limits: Limits, given: EmailGiven = {}): Promise<EmailMessage> {
  const warnings: string[] = [];
  const rawSize = typeof raw === 'string' ? raw.length : raw.byteLength;
  // A pasted email body (no header block) is analysed as a body: there is no sender to check, so
  // sender and authentication rules stay silent instead of accusing a missing From header.
  const head = typeof raw === 'string' ? raw.slice(0, 2048) : new TextDecoder('utf-8', { fatal: false }).decode(raw.slice(0, 2048));
  const pastedOrigin = given.origin === 'pasted-headers' || given.origin === 'forwarded';
  // Display headers a mail app shows (From, Sent, Subject: no Received, Message-ID, MIME-Version)
  // or a forward near the top: the message inside is the one to judge.
  const full = decodeUtf8(raw);
  if (!given.origin && !hasTransportHeaders(full)) {
    const p = findPastedMail(full);
    if (p) return parsePasted(full, p, limits, given, null);
  }
  const bodyOnly = pastedOrigin || !/^\uFEFF?[\x21-\x39\x3b-\x7e]+:/.test(head);
  const shown = bodyOnly ? readShownSender(given.from) : null;
  const givenFrom = shown?.address ? parseSenderAddress(shown.text) : null;
  if (bodyOnly) {
    const isHtml = /<(?:html|body|div|p|table|a|br|span|font|center)\b/i.test(head);
    // Said in the report: with only the body, nobody can tell whether the address is real, because
    // SPF, DKIM and DMARC live in the headers.
    warnings.push(
      pastedOrigin
        ? originWarning(given, givenFrom?.address ?? shown?.name ?? null)
        : givenFrom
          ? `no_headers: no header block; analysed as an email body from the sender you gave (${givenFrom.address}). Without the email's headers, its authentication (SPF, DKIM, DMARC) could not be checked, so whether that address really sent it is unknown`
          : 'no_headers: no header block; analysed as an email body, so sender and authentication checks were skipped',
    );
    const body = full;
    raw = `Content-Type: ${isHtml ? 'text/html' : 'text/plain'}; charset=utf-8\r\n\r\n${body}`;
  }
  if (!bodyOnly) {
    const capped = capHeaderFields(raw, limits.maxHeaderFieldChars);
    if (capped.cutCount > 0) {
      raw = capped.raw;
      warnings.push(
        `header_truncated: ${capped.cutCount} header field${capped.cutCount === 1 ? ' was' : 's were'} longer than ${limits.maxHeaderFieldChars} characters (${capped.cut.join(', ')}); the middle of each was not read`,
      );
    }
  }
  if (!bodyOnly) {
    const capped = capMimeParts(raw, limits.maxMimeParts);
    if (capped.cutAfter > 0) {
      raw = capped.raw;
      warnings.push(`mime_parts_truncated: the message has more than ${limits.maxMimeParts} MIME parts; the parts after the ${limits.maxMimeParts}th were not read`);
    }
  }
  let email: Email;
  let fallbackBody: string | null = null;
  try {
    email = await PostalMime.parse(raw, {
      maxNestingDepth: limits.maxMimeDepth,
      // Each nested message/rfc822 level is parsed again from its bytes by a sub-parser, so depth
      // costs a full pass over the rest of the message: postal-mime's default of 10 made 1 MB of
      // nested messages take ≈ 4 s (bench:adversarial "nested message/rfc822"). A forward of a
      // forward of a forward is opened; deeper ones are listed as attachments (rfc822_depth_exceeded).
      maxRfc822NestingDepth: MAX_RFC822_DEPTH,
      maxHeadersSize: 1024 * 1024,
      attachmentEncoding: 'arraybuffer',
    });
  } catch (err) {
    warnings.push(`mime_parse_failed: ${(err as Error).message}; analysed the top-level headers and raw body only`);
    const str = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { fatal: false }).decode(raw);
    const { head, body } = splitHeaderBlock(str);
    fallbackBody = body.slice(0, limits.maxTextChars);
    try {
      email = await PostalMime.parse(`${head.slice(0, 256 * 1024)}\r\n\r\n`, { maxNestingDepth: 1 });
    } catch {
      email = { headers: [], headerLines: [], attachments: [] } as unknown as Email;
    }
  }

  const headers: HeaderField[] = [];
  for (const h of bodyOnly ? [] : (email.headers ?? [])) {
    if (headers.length >= limits.maxHeaders) {
      warnings.push(`headers_truncated: kept the first ${limits.maxHeaders} header lines`);
      break;
    }
    headers.push({ name: h.key, value: h.value });
  }

  let subject = normalizeChunk((pastedOrigin ? given.subject : email.subject) ?? '').replace(/\s+/g, ' ').trim();
  const prefix = 'Subject: ';
  let text = `${prefix}${subject}\n\n`;
  let subjectSpan = { start: prefix.length, end: prefix.length + subject.length };
  const bodyBase = text.length;

  const links: Link[] = [];
  let forms: HtmlForm[] = [];
  let images: string[] = [];
  let hiddenTextChars = 0;
  const html = typeof email.html === 'string' ? email.html : undefined;

  if (fallbackBody !== null) {
    text += normalizeChunk(fallbackBody.replace(/\r\n?/g, '\n'));
  } else if (html && html.length <= limits.maxHtmlChars) {
    const rendered = renderHtml(html, { maxLinks: limits.maxLinks, base: text.length, maxDepth: limits.maxHtmlDepth });
    text += rendered.text;
    forms = rendered.forms;
    images = rendered.images;
    hiddenTextChars = rendered.hiddenChars;
    for (const a of rendered.anchors) {
      links.push({
        href: a.href,
        text: a.text,
        span: a.end > a.start ? { start: a.start, end: a.end } : undefined,
        origin: 'html',
        index: links.length,
      } as Link);
    }
    if (rendered.anchors.length >= limits.maxLinks) warnings.push(`links_truncated: kept the first ${limits.maxLinks} links`);
    if (rendered.depthCuts > 0) {
      warnings.push(`html_too_deep: the HTML nests more than ${limits.maxHtmlDepth} elements deep; past that depth (${rendered.depthCuts} time${rendered.depthCuts === 1 ? '' : 's'}) its text was read without the nesting, so hidden text there may have been shown`);
    }
  } else {
    if (html) warnings.push(`html_too_large: the HTML body (${html.length} chars) was not rendered; used the plain-text part`);
    text += normalizeChunk((email.text ?? '').replace(/\r\n?/g, '\n'));
  }

  // A real email whose body forwards another one ("---------- Forwarded message ---------"): the
  // forwarded message is judged, and the forwarder's headers say nothing about who wrote it.
  let inner: { sender: { text: string; name: string; address: string | null } | null; forwardedBy: string | null } | null = null;
  if (!bodyOnly) {
    const p = findPastedMail(text.slice(bodyBase, bodyBase + 64 * 1024));
    if (p && p.kind === 'forwarded') {
      const cut = bodyBase + p.bodyStart;
      subject = normalizeChunk(p.subject ?? '').replace(/\s+/g, ' ').trim();
      const head2 = `${prefix}${subject}\n\n`;
      const shift = head2.length - cut;
      text = head2 + text.slice(cut);
      subjectSpan = { start: prefix.length, end: prefix.length + subject.length };
      const kept = links.filter((l) => !l.span || l.span.start >= cut);
      links.length = 0;
      for (const l of kept) links.push({ ...l, index: links.length, ...(l.span ? { span: { start: l.span.start + shift, end: l.span.end + shift } } : {}) });
      inner = { sender: readShownSender(p.from), forwardedBy: toAddress(firstMailbox(email.from))?.address || null };
      headers.length = 0;
      warnings.push(originWarning({ origin: 'forwarded', forwardedBy: inner.forwardedBy }, inner.sender?.address ?? inner.sender?.name ?? null));
    }
  }

  // Trailing whitespace (trimEnd drops exactly what /\s+$/ matches, without a regex scan).
  text = text.trimEnd();
  const folded = foldMixedScriptWords(text);
  text = folded.text;
  if (text.length > limits.maxTextChars) {
    warnings.push(`text_truncated: analysed the first ${limits.maxTextChars} characters of ${text.length}`);
    text = text.slice(0, limits.maxTextChars);
    for (let i = links.length - 1; i >= 0; i--) {
      const l = links[i]!;
      if (l.span && l.span.end > text.length) delete l.span;
    }
  }

  const attachments: Attachment[] = [];
  for (const a of email.attachments ?? []) {
    if (attachments.length >= limits.maxAttachments) {
      warnings.push(`attachments_truncated: listed the first ${limits.maxAttachments} attachments`);
      break;
    }
    const content = a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : typeof a.content === 'string' ? new TextEncoder().encode(a.content) : (a.content as Uint8Array | undefined);
    const filename = a.filename ? normalizeChunk(a.filename) : null;
    attachments.push({
      index: attachments.length,
      filename,
      // The normaliser strips right-to-left overrides and collapses padding: keep what the sender
      // wrote (capped) for the disguised-name check.
      ...(a.filename && filename !== a.filename ? { rawFilename: a.filename.slice(0, 1000) } : {}),
      mimeType: (a.mimeType ?? 'application/octet-stream').toLowerCase(),
      size: content?.byteLength ?? 0,
      disposition: a.disposition === 'attachment' ? 'attachment' : a.disposition === 'inline' ? 'inline' : null,
      content,
    });
    if ((a as { rfc822DepthExceeded?: boolean }).rfc822DepthExceeded) {
      warnings.push('rfc822_depth_exceeded: a nested message was too deep to open; it is listed as an attachment');
    }
  }

  const replyTo = inner ? [] : (email.replyTo ?? []).map((r) => toAddress(firstMailbox(r))).filter((a): a is Address => !!a);
  const returnPath = !inner && email.returnPath ? email.returnPath.trim().toLowerCase().replace(/^<|>$/g, '') : null;

  if (!bodyOnly && !headers.some((h) => h.name === 'from')) warnings.push('no_from_header: the message has no From header');

  // The sender shown in a paste or a forward: an address when it had one, else the display name only.
  const shownFrom = inner ? inner.sender : pastedOrigin ? shown : null;
  const shownAddress = shownFrom?.address ? parseSenderAddress(shownFrom.text) : null;
  const from = inner || pastedOrigin
    ? (shownAddress ?? (shownFrom ? { name: normalizeChunk(shownFrom.name), address: '', domain: '' } : null))
    : (givenFrom ?? toAddress(firstMailbox(email.from)));
  const origin: MailOrigin | undefined = inner ? 'forwarded' : given.origin;

  // Forwarded as an attachment: a short note (or a "Fwd:" subject) carrying one message/rfc822
  // part. The attached message is the one to judge; a delivery report's returned message is not
  // (multipart/report, read by mail-system-report).
  // An Outlook .msg that forwards another message as an attachment is unwrapped the same way.
  if ((!given.origin || given.origin === 'outlook-msg') && !inner && !bodyOnly) {
    const attached = attachments.find((a) => a.content && (a.mimeType === 'message/rfc822' || /\.eml$/i.test(a.filename ?? '')));
    const report = /^multipart\/report\b/i.test(headers.find((h) => h.name === 'content-type')?.value ?? '');
    const note = text.length - bodyBase < 2000 || FORWARD_SUBJECT.test(subject);
    if (attached && !report && note) {
      const inner2 = await parseEmail(attached.content!, limits, { origin: 'forwarded-attachment', forwardedBy: toAddress(firstMailbox(email.from))?.address || null });
      inner2.rawSize = rawSize;
      return inner2;
    }
  }
  if (given.origin === 'forwarded-attachment') warnings.push(originWarning(given, from?.address || from?.name || null));
  // A .msg saved from Outlook usually keeps the transport headers; a draft or a sent item has none,
  // and then nothing says who really sent it.
  if (given.origin === 'outlook-msg' && !headers.some((h) => h.name === 'received' || h.name === 'authentication-results')) {
    warnings.push('outlook_msg_no_headers: the Outlook file carries no transport headers (Received, Authentication-Results), so the sender’s authentication (SPF, DKIM, DMARC) could not be checked');
  }

  return {
    channel: 'email',
    text,
    subject,
    subjectSpan,
    from,
    replyTo,
    returnPath,
    sender: shownFrom ? shownFrom.text : givenFrom ? given.from!.trim() : null,
    headers,
    links,
    attachments,
    turns: [],
    html: html && html.length <= limits.maxHtmlChars ? html : undefined,
    rawSize,
    warnings,
    extras: {
      forms,
      images,
      messageId: inner || pastedOrigin ? null : (email.messageId ?? null),
      date: pastedOrigin ? (given.date ?? null) : inner ? null : (email.date ?? null),
      bodyOnly: bodyOnly || !!inner,
      hiddenTextChars,
      ...(origin ? { origin } : {}),
    },
    ...(folded.disguises.length ? { disguised: folded.disguises.filter((d) => d.end <= text.length).map(({ start, end, original }) => ({ start, end, original })) } : {}),
  };
}

const KNOWN_HEADERS = /^(?:from|to|subject|date|received|return-path|message-id|mime-version|delivered-to|reply-to|content-type|dkim-signature|authentication-results|x-[a-z0-9-]+|arc-[a-z-]+|cc|sender|list-[a-z-]+|precedence|importance|thread-[a-z]+|in-reply-to|references|content-transfer-encoding|errors-to|user-agent)\s*:/i;

/** A raw email is recognisable by its header block: the first line is a header and known ones recur. */
export function looksLikeEmail(input: string): boolean {
  // Line by line over the whole input, not a fixed window: an email whose first header is longer
  // than the window (a 100 KB From) is still an email, and every header check must run on it.
  const lines = firstLines(input, 200);
  let known = 0;
  let sawFromOrReceived = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue; // folded continuation
    if (!/^[\x21-\x39\x3b-\x7e]+:/.test(line)) return i > 0 && known >= 2 && sawFromOrReceived ? true : false;
    if (KNOWN_HEADERS.test(line)) {
      known++;
      if (/^(?:from|received|return-path|delivered-to)\s*:/i.test(line)) sawFromOrReceived = true;
    }
  }
  return known >= 2 && sawFromOrReceived;
}
