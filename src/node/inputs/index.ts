import type * as MsgReaderModule from '@kenjiuno/msgreader';
import { imageSize } from 'image-size';
import { createRequire } from 'node:module';
import { sniffFile } from './sniff.js';
import { ImpostorError, msgToRfc822, rebuildOcrText, type MsgAttachment, type MsgFields, type ParseInput } from '../../core/index.js';

// Files people have a scam in, turned into what analyze() reads: a screenshot (PNG, JPEG, WebP) is
// read with OCR and rebuilt as the message text; an Outlook .msg is rebuilt as RFC 5322; anything
// else is passed on as it is (an .eml, a pasted text). Other image and document kinds get an error
// that names the kind and what to send instead, never "no red flags" about binary noise.

// msgreader is CommonJS with its class as `exports.default`.
type MsgReaderClass = typeof MsgReaderModule.default.default;
const MsgReader = (createRequire(import.meta.url)('@kenjiuno/msgreader') as { default: MsgReaderClass }).default;
type MsgReader = InstanceType<MsgReaderClass>;

export { sniffFile, type FileKind } from './sniff.js';

/** Largest screenshot read, in pixels (a phone screenshot is 1–4 million; a long scroll capture more). */
export const MAX_IMAGE_PIXELS = 40_000_000;

export interface InputOptions {
  /** File name, for messages only (the kind is read from the bytes). */
  name?: string | null;
  from?: string | null;
  channel?: string;
  /** OCR languages: "auto" (default) or codes joined with "+". */
  ocrLanguages?: string;
}

function checkImage(bytes: Uint8Array, kind: string): void {
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch (err) {
    throw new ImpostorError('unreadable_file', `The ${kind.toUpperCase()} image could not be read: ${(err as Error).message}. Is the file complete?`);
  }
  const { width = 0, height = 0 } = size;
  if (width < 16 || height < 16) throw new ImpostorError('unreadable_file', `The ${kind.toUpperCase()} image is ${width}×${height} pixels: too small to hold a readable message.`);
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new ImpostorError('input_too_large', `The image is ${width}×${height} pixels; the limit is ${MAX_IMAGE_PIXELS / 1e6} million pixels. Crop it to the message.`);
  }
}

/** Read a screenshot with OCR and rebuild its message; the report keeps what OCR saw (message.ocr). */
export async function screenshotInput(bytes: Uint8Array, kind: 'png' | 'jpeg' | 'webp', opts: InputOptions = {}): Promise<ParseInput> {
  checkImage(bytes, kind);
  const { recognizeScreenshot, OCR_ENGINE } = await import('../ocr/tesseract.js');
  const r = await recognizeScreenshot(bytes, opts.ocrLanguages ?? 'auto');
  const rebuilt = rebuildOcrText(r.page, { engine: OCR_ENGINE, languages: r.languages, ms: r.ms });
  if (!rebuilt.text.trim()) {
    throw new ImpostorError('unreadable_file', `No message text was found in the image (OCR confidence ${Math.round(r.page.confidence)}%). Is it a screenshot of the message, in focus and not cropped?`);
  }
  return {
    input: rebuilt.text,
    channel: opts.channel,
    // A sender given alongside wins over the one read off the screen.
    from: opts.from ?? rebuilt.sender,
    ocr: rebuilt.ocr,
  };
}

function msgAttachments(reader: MsgReader, fields: ReturnType<MsgReader['getFileData']>): MsgAttachment[] {
  const out: MsgAttachment[] = [];
  for (const a of fields.attachments ?? []) {
    try {
      if (a.innerMsgContent && a.innerMsgContentFields) {
        out.push({ fileName: a.fileName ?? a.name ?? null, mimeType: 'message/rfc822', content: new Uint8Array(0), message: msgToRfc822(a.innerMsgContentFields as MsgFields) });
        continue;
      }
      const got = reader.getAttachment(a);
      out.push({ fileName: got.fileName ?? a.fileName ?? null, mimeType: a.attachMimeTag ?? null, content: got.content });
    } catch {
      // An attachment msgreader cannot open is left out; the message itself is still checked.
    }
  }
  return out;
}

/** An Outlook .msg file read with @kenjiuno/msgreader and rebuilt as one RFC 5322 message. */
export function outlookMsgInput(bytes: Uint8Array, opts: InputOptions = {}): ParseInput {
  let reader: MsgReader;
  let fields: ReturnType<MsgReader['getFileData']>;
  try {
    reader = new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    fields = reader.getFileData();
  } catch (err) {
    throw new ImpostorError('unreadable_file', `The Outlook .msg file could not be read: ${(err as Error).message}. Is the file complete?`);
  }
  if (fields.error) throw new ImpostorError('unreadable_file', `The file is an Office compound file but not a readable Outlook message: ${fields.error}.`);
  // msgreader returns an empty message for a compound file it finds nothing in (a cut file, a Word .doc).
  if (!fields.subject && !fields.body && !fields.bodyHtml && !fields.html && !fields.headers && !fields.senderEmail && !fields.senderSmtpAddress) {
    throw new ImpostorError('unreadable_file', 'The Outlook .msg file could not be read: it holds no subject, body, sender or headers (cut short, or another Office file). Save the email again, or send it as .eml.');
  }
  const eml = msgToRfc822(fields as MsgFields, msgAttachments(reader, fields));
  return { input: eml, channel: 'email', from: opts.from ?? null, origin: 'outlook-msg' };
}

/** Whatever a person gives us (bytes of a file, or pasted text), as analyze() input. */
export async function messageInput(bytes: Uint8Array, opts: InputOptions = {}): Promise<ParseInput> {
  const kind = sniffFile(bytes);
  if (typeof kind === 'object') {
    throw new ImpostorError(
      'unsupported_format',
      `This is a ${kind.unsupported}, which cannot be checked. Send a screenshot as PNG, JPEG or WebP, an email as .eml or Outlook .msg, or paste the message's text.`,
      { kind: kind.unsupported },
    );
  }
  if (kind === 'outlook-msg') return outlookMsgInput(bytes, opts);
  if (kind === 'png' || kind === 'jpeg' || kind === 'webp') return screenshotInput(bytes, kind, opts);
  return { input: bytes, channel: opts.channel, from: opts.from ?? null };
}
