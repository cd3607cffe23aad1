import { ImpostorError } from '../errors.js';
import type { Limits } from '../limits.js';
import { CHANNELS, type Channel, type Message, type OcrInfo } from '../types.js';
import { looksLikeEmail, parseEmail, parseSenderAddress } from './email.js';
import { looksLikeTranscript, parseCall } from './call.js';
import { binaryRatio } from './normalize.js';
import { locateOcrLines } from './ocr-text.js';
import { findPastedMail } from './pasted.js';
import { parseSms } from './sms.js';

export { parseEmail, looksLikeEmail, parseSenderAddress, toAddress } from './email.js';
export { parseSms } from './sms.js';
export { parseCall, findTurns, looksLikeTranscript, speakerFor } from './call.js';
export { renderHtml } from './html.js';
export { normalizeChunk, normalizeText } from './normalize.js';
export { findPastedMail, readShownSender, type PastedMail } from './pasted.js';
export { rebuildOcrText, locateOcrLines, ocrPageFrom, type OcrPage, type OcrLineIn, type OcrBox, type RebuiltOcr } from './ocr-text.js';

export interface ParseInput {
  /** The message: raw email source, SMS text or transcript. Bytes are decoded as the channel needs. */
  input: string | Uint8Array;
  /** Channel, or undefined to detect. */
  channel?: Channel | string;
  /** SMS sender / caller number / email address given alongside a pasted text. */
  from?: string | null;
  /**
   * What an adapter already knows about where it came from: an Outlook .msg rebuilt as an email by
   * the node adapter (src/node/inputs), said in the report as message.origin.
   */
  origin?: 'outlook-msg';
  /**
   * The input is a screenshot's text rebuilt by rebuildOcrText (parse/ocr-text.ts): what OCR
   * recognised, kept in the report as message.ocr with its lines pointed at the parsed text.
   */
  ocr?: OcrInfo;
}

/**
 * Guess the channel: a raw email by its headers; then a pasted body whose given sender is an email
 * address is an email body (reading it as a text message judged it by the wrong rules; an iMessage
 * from an address can still be checked as one by asking for channel sms); then a paste with a mail
 * app's From/Subject lines, or a forward; then a transcript by its speaker tags; else a text.
 */
export function detectChannel(input: string, from?: string | null): Channel {
  if (looksLikeEmail(input)) return 'email';
  if (parseSenderAddress(from)) return 'email';
  // Display headers pasted from a mail app, or a forward: an email, whatever surrounds it.
  if (findPastedMail(input)) return 'email';
  if (looksLikeTranscript(input)) return 'call';
  if (/\b(?:press (?:one|two|1|2|9)|this (?:call|is a call)|calling (?:you )?(?:from|about)|you(?:'ve| have) reached|leave (?:a|your) message|hang up|voicemail)\b/i.test(input.slice(0, 5000))) {
    return 'call';
  }
  return 'sms';
}

export async function parseInput(req: ParseInput, limits: Limits): Promise<Message> {
  const { input } = req;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > limits.maxInputBytes) {
    throw new ImpostorError('input_too_large', `Input is ${size} bytes; the limit is ${limits.maxInputBytes} bytes (option maxInputBytes).`, {
      size,
      limit: limits.maxInputBytes,
    });
  }
  let channel: Channel | undefined;
  if (req.channel !== undefined && req.channel !== null && req.channel !== '' && req.channel !== 'auto') {
    if (!(CHANNELS as readonly string[]).includes(req.channel)) {
      throw new ImpostorError('unsupported_channel', `Unknown channel "${String(req.channel).slice(0, 40)}"; use one of: ${CHANNELS.join(', ')}.`);
    }
    channel = req.channel as Channel;
  }
  const asText = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
  if (asText.trim() === '') throw new ImpostorError('empty_input', 'The input is empty: paste the message, or give a file.');
  if (binaryRatio(asText) > 0.2) {
    throw new ImpostorError('invalid_input', 'The input looks like binary data, not an email, text message or transcript.');
  }
  if (req.origin === 'outlook-msg') channel = 'email';
  channel ??= detectChannel(asText, req.from);
  const message = await parseChannel(channel, req, asText, limits);
  if (req.ocr) message.ocr = locateOcrLines(asText, message.text, req.ocr);
  return message;
}

async function parseChannel(channel: Channel, req: ParseInput, asText: string, limits: Limits): Promise<Message> {
  switch (channel) {
    case 'email':
      return parseEmail(req.input, limits, { from: req.from, ...(req.origin ? { origin: req.origin } : {}) });
    case 'sms':
      return parseSms(asText, req.from, limits);
    case 'call':
      return parseCall(asText, req.from, limits);
  }
}
