import type { Limits } from '../limits.js';
import type { Message } from '../types.js';
import { parseSenderAddress } from './email.js';
import { foldMixedScriptWords, normalizeText } from './normalize.js';

// A pasted text message, plus the sender as the phone showed it (number, short code or address).

export function parseSms(input: string, sender: string | null | undefined, limits: Limits): Message {
  const warnings: string[] = [];
  const folded = foldMixedScriptWords(normalizeText(input));
  let text = folded.text;
  if (text.length > limits.maxTextChars) {
    warnings.push(`text_truncated: analysed the first ${limits.maxTextChars} characters of ${text.length}`);
    text = text.slice(0, limits.maxTextChars);
  }
  const s = sender?.trim() || null;
  // An iMessage or e-mail-to-text sender is an address; sender rules read it as one.
  const from = parseSenderAddress(s);
  return {
    channel: 'sms',
    text,
    sender: s,
    from,
    headers: [],
    links: [],
    attachments: [],
    turns: [],
    ...(folded.disguises.length ? { disguised: folded.disguises.filter((d) => d.end <= text.length).map(({ start, end, original }) => ({ start, end, original })) } : {}),
    rawSize: input.length,
    warnings,
  };
}
