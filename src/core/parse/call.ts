import { BRANDS } from '../brands/index.js';
import type { Limits } from '../limits.js';
import type { Message, Speaker, Turn } from '../types.js';
import { foldMixedScriptWords, normalizeText } from './normalize.js';

// A call transcript: plain text, with "Caller:" / "Me:" style speaker tags when present. Untagged
// transcripts (voicemails, robocall recordings) are one turn by the caller.

const CALLER_TAGS = /^(?:caller|agent|scammer|them|they|he|she|representative|rep|operator|robocall|voicemail|unknown(?: caller)?|support|speaker ?1|s1|a)$/i;
// A tag that names a brand ("Amazon:", "PayPal:") is the caller: the person called is never the brand.
// The names are the packs' aliases.
const BRAND_TAGS = new Set(BRANDS.flatMap((b) => b.aliases.map((a) => a.toLowerCase())));
const RECIPIENT_TAGS = /^(?:me|i|you|recipient|victim|customer|user|callee|speaker ?2|s2|b)$/i;
// "Tag: words" at the start of a line; the tag is short (1–3 words) so ordinary sentences with a
// colon ("Note: …" once) rarely count; we also require a tag to recur before trusting tags at all.
const TAG_LINE = /^[ \t]*\[?([A-Za-z][A-Za-z0-9 .'-]{0,24}?)\]?[ \t]*:[ \t]*/;

export function speakerFor(tag: string): Speaker {
  const t = tag.trim();
  if (CALLER_TAGS.test(t) || BRAND_TAGS.has(t.toLowerCase())) return 'caller';
  if (RECIPIENT_TAGS.test(t)) return 'recipient';
  return 'unknown';
}

export function parseCall(input: string, callerNumber: string | null | undefined, limits: Limits): Message {
  const warnings: string[] = [];
  const folded = foldMixedScriptWords(normalizeText(input));
  let text = folded.text;
  if (text.length > limits.maxTextChars) {
    warnings.push(`text_truncated: analysed the first ${limits.maxTextChars} characters of ${text.length}`);
    text = text.slice(0, limits.maxTextChars);
  }
  const turns = findTurns(text, limits.maxTurns, warnings);
  return {
    channel: 'call',
    text,
    sender: callerNumber?.trim() || null,
    from: null,
    headers: [],
    links: [],
    attachments: [],
    turns,
    ...(folded.disguises.length ? { disguised: folded.disguises.filter((d) => d.end <= text.length).map(({ start, end, original }) => ({ start, end, original })) } : {}),
    rawSize: input.length,
    warnings,
  };
}

export function findTurns(text: string, maxTurns: number, warnings: string[] = []): Turn[] {
  const tagged: { tag: string; lineStart: number; contentStart: number }[] = [];
  const counts = new Map<string, number>();
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    const m = TAG_LINE.exec(line);
    if (m && m[1] && m[1].trim().split(/\s+/).length <= 3) {
      const tag = m[1].trim();
      tagged.push({ tag, lineStart: pos, contentStart: pos + m[0].length });
      counts.set(tag.toLowerCase(), (counts.get(tag.toLowerCase()) ?? 0) + 1);
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  // Trust tags only when a known speaker tag appears, or some tag recurs.
  const trusted = tagged.filter((t) => speakerFor(t.tag) !== 'unknown' || (counts.get(t.tag.toLowerCase()) ?? 0) >= 2);
  if (trusted.length === 0) {
    return text.length ? [{ speaker: 'caller', tag: null, span: { start: 0, end: text.length } }] : [];
  }
  const turns: Turn[] = [];
  if (trusted[0]!.lineStart > 0) {
    turns.push({ speaker: 'unknown', tag: null, span: { start: 0, end: trusted[0]!.lineStart } });
  }
  for (let i = 0; i < trusted.length; i++) {
    if (turns.length >= maxTurns) {
      warnings.push(`turns_truncated: kept the first ${maxTurns} turns`);
      break;
    }
    const t = trusted[i]!;
    let end = i + 1 < trusted.length ? trusted[i + 1]!.lineStart : text.length;
    while (end > t.contentStart && /\s/.test(text[end - 1]!)) end--;
    turns.push({ speaker: speakerFor(t.tag), tag: t.tag, span: { start: t.contentStart, end } });
  }
  return turns;
}

/** Speaker tags on several lines mark a transcript. */
export function looksLikeTranscript(input: string): boolean {
  const lines = input.slice(0, 20_000).split('\n', 400);
  let tagged = 0;
  for (const line of lines) {
    const m = TAG_LINE.exec(line);
    if (m && m[1] && speakerFor(m[1]) !== 'unknown') tagged++;
    if (tagged >= 2) return true;
  }
  return false;
}
