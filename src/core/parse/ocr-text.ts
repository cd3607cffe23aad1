import type { OcrInfo } from '../types.js';
import { normalizeChunk } from './normalize.js';

// A screenshot's recognised lines (from tesseract.js in the node adapter or the page) rebuilt as
// the message the reader saw: the phone's own words (clock, battery, "Text Message • Today 10:32")
// dropped, the sender shown at the top taken out as the sender, and the bubble's wrapped lines
// joined again, without a space where a link or a number was cut by the line end. Pure and
// browser-safe. Evidence offsets point into the rebuilt text; each kept line records where it sits
// there and its box on the image, so the page can draw the evidence on the screenshot.

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised line, as tesseract.js gives it (blocks → paragraphs → lines). */
export interface OcrLineIn {
  text: string;
  /** 0–100. */
  confidence: number;
  bbox: OcrBox;
  /** Index of the paragraph it belongs to: lines of one paragraph are one wrapped text. */
  paragraph: number;
}

export interface OcrPage {
  lines: OcrLineIn[];
  /** Mean word confidence, 0–100. */
  confidence: number;
}

/** The part of a tesseract.js result (`recognize(…, { blocks: true })`) that a page is made from. */
export interface OcrBlocks {
  blocks?: { paragraphs: { lines: { text: string; confidence: number; bbox: OcrBox }[] }[] }[] | null;
  confidence: number;
}

/** The recognised lines of a tesseract.js result, each with its paragraph (the same in Node and the browser). */
export function ocrPageFrom(data: OcrBlocks): OcrPage {
  const lines: OcrPage['lines'] = [];
  let paragraph = 0;
  for (const block of data.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) lines.push({ text: line.text.replace(/\n$/, ''), confidence: line.confidence, bbox: line.bbox, paragraph });
      paragraph++;
    }
  }
  return { lines, confidence: data.confidence };
}

export interface RebuiltOcr {
  text: string;
  /** The sender shown above the conversation (number, short code, address or name), or null. */
  sender: string | null;
  ocr: OcrInfo;
}

// The clock at the left of a status bar: "9:41", "10.32", "21:07".
const CLOCK = /^\d{1,2}[:.]\d{2}(?!\d)/;
// What else sits in a status bar: signal and network names, battery percentage.
const STATUS_TOKEN = /^(?:\d{1,3}\s?%|[345]G\+?|LTE\+?|5GE|H\+?|E|Wi-?Fi|VoLTE|[IilI|.,'·•*]+|[^\p{L}\p{N}]+)$/iu;
// The conversation's date and service line ("Text Message • Today 10:32 AM", "iMessage", "SMS/MMS",
// "Heute 10:32"), in the six OCR languages.
const SERVICE = /\b(?:text\s?message|imessage|sms(?:\s?\/\s?mms)?|mms|rcs(?: message| chat)?|textnachricht|mensaje(?: de texto)?|message texte|mensagem(?: de texto)?)\b|テキストメッセージ|ＳＭＳ/iu;
const DAY =
  /\b(?:today|yesterday|heute|gestern|hoy|ayer|aujourd'?hui|hier|hoje|ontem|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda|terça|quarta|quinta|sexta)\b|今日|昨日/iu;
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|\d{1,2}月(?:\d{1,2}日)?)\.?$/iu;
const TIME = /\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?![\d.,])|\d{1,2}時\d{1,2}分|午[前後]\s?\d/iu;
// Delivery receipts and the compose box.
const RECEIPT =
  /^(?:delivered|read|sent|seen|zugestellt|gelesen|gesendet|entregado|leído|enviado|distribué|lu|envoyé|entregue|lida|既読|配信済み|送信済み)(?:\s+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?$/iu;
const COMPOSE = /^(?:text message|imessage|type a message|message|rcs message|sms message|textnachricht|nachricht|mensaje|escribe un mensaje|envoyer un message|mensagem|メッセージ|テキストメッセージ)\W{0,3}$/iu;
const NAV = /^[<‹«([]?\s?(?:\d{1,4}|back|zurück|atrás|retour|voltar|戻る|details|info|edit)?\s?[>›»)\]]?$/iu;

const PHONE = /^\+?[\d\s().-]{6,22}$/;
const SHORT_CODE = /^\d{3,6}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[a-z]{2,24}$/i;
// A contact or brand name as a phone shows it: a few words, no sentence punctuation at the end.
const NAME = /^[\p{L}\p{N}&'’.\- ]{1,40}$/u;

// A link's start: a scheme or www., or a bare domain with a real-looking top label ("R7J2j.com/x";
// not "yo.u:", a word broken up with a dot).
const URL_TOKEN = /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/?#]|\.?$)/i;
const URL_CONT = /^[\w\-.~%/?#=&+:@]+$/;
const LINK_START = /^(?:https?:\/\/|www\.)\S/i;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。「」『』【】！？（）：]/u;
// Tesseract's Japanese model puts a space between most characters.
const CJK_GAP = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。「」『』【】！？（）：]) +(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。「」『』【】！？（）：])/gu;

function isStatusBar(line: string): boolean {
  const t = line.trim();
  if (t.length > 32) return false;
  const rest = CLOCK.test(t) ? t.replace(CLOCK, '') : null;
  const tokens = (rest ?? t).split(/\s+/).filter(Boolean);
  if (rest === null) return tokens.length > 0 && tokens.every((x) => /^\d{1,3}\s?%$/.test(x) || /^(?:[345]G|LTE)$/i.test(x)) && /%|G|LTE/i.test(t);
  return tokens.every((x) => STATUS_TOKEN.test(x) || x.length <= 2);
}

function isServiceLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60) return false;
  const service = SERVICE.test(t);
  const day = DAY.test(t);
  const time = TIME.test(t);
  // "Text Message • Today 10:32 AM", "iMessage", "Today 10:32", "Mon, 12 Feb 10:32".
  if (service && (day || time || t.split(/\s+/).length <= 3)) return true;
  if (!day && !time) return false;
  // Nothing else but day names, months, times, numbers and "at": "Today 10:32 AM", "Mon, 12 Feb at
  // 10:32", not "center.com/pay today" or "See you today".
  const rest = t.replace(TIME, ' ').split(/[\s,•·*・|-]+/).filter((w) => w && !DAY.test(w) && !MONTH.test(w) && !/^(?:\d{1,4}\.?|at|um|à|a las|às|de|del|[ap]\.?m\.?)$/i.test(w));
  return rest.length === 0;
}

/** Why a line is phone chrome, or null when it is part of the message. */
function chromeKind(line: OcrLineIn): string | null {
  const t = line.text.trim();
  if (!t) return 'blank';
  if (isStatusBar(t)) return 'status bar';
  if (isServiceLine(t)) return 'date or service';
  if (RECEIPT.test(t)) return 'receipt';
  if (COMPOSE.test(t)) return 'compose box';
  if (NAV.test(t)) return 'navigation';
  // An avatar circle or icon read as a stray character or two.
  if (t.length <= 2 && (line.confidence < 70 || !/[\p{L}\p{N}]{2}/u.test(t))) return 'icon';
  return null;
}

function looksLikeSender(t: string): boolean {
  const s = t.trim();
  if (PHONE.test(s) && (s.match(/\d/g) ?? []).length >= 6) return true;
  return SHORT_CODE.test(s) || EMAIL.test(s);
}

function lastToken(s: string): string {
  const i = s.lastIndexOf(' ');
  return i < 0 ? s : s.slice(i + 1);
}

function firstToken(s: string): string {
  const i = s.indexOf(' ');
  return i < 0 ? s : s.slice(0, i);
}

/** What goes between two wrapped lines of one paragraph: nothing where a token was cut, else a space. */
function separator(prev: string, next: string, prevFull = false): { sep: string; joined: boolean } {
  const a = lastToken(prev);
  const b = firstToken(next);
  if (!a || !b) return { sep: ' ', joined: false };
  if (CJK.test(a.slice(-1)) && CJK.test(b[0]!)) return { sep: '', joined: false };
  // Browsers and phones break a long token after a hyphen without adding one: "usps-redelivery-" +
  // "center.top" is one name.
  if (/[\p{L}\p{N}]-$/u.test(a) && /^[\p{L}\p{N}]/u.test(b)) return { sep: '', joined: true };
  // The next line starts a link of its own ("…transactions.visit" + "https://…").
  if (LINK_START.test(b)) return { sep: ' ', joined: false };
  if (URL_TOKEN.test(a) && URL_CONT.test(b)) {
    // A link cut after a separator, or before a part that can only be the rest of it.
    if (/[/.?=&_#%~+]$/.test(a) || /^https?:$/i.test(a) || /[/?=&]/.test(b) || /^\.[a-z]/i.test(b)) return { sep: '', joined: true };
    // A link longer than a line, broken anywhere because it did not fit: the line is nothing but the
    // link from its scheme on, and full ("https://bit.ly/3xYzAbCdEf" + "GhIj reply"). A link that
    // merely ends a full line ("…?id=US95" + "within 12 hours") is followed by a word: no join.
    if (prevFull && a === prev.trim() && LINK_START.test(a)) return { sep: '', joined: true };
  }
  // A number cut inside its digits ("1-800-555-" is handled above; "0800 123" + "456" is not joined:
  // a space between digit groups is how numbers are written).
  return { sep: ' ', joined: false };
}

/**
 * Two lines are one wrapped text when Tesseract put them in one paragraph, or when they sit one
 * right under the other, left edges aligned (Tesseract often makes each line of a bubble its own
 * paragraph).
 */
function sameText(a: OcrLineIn, b: OcrLineIn): boolean {
  if (a.paragraph === b.paragraph) return true;
  const h = Math.max(1, a.bbox.y1 - a.bbox.y0);
  const gap = b.bbox.y0 - a.bbox.y1;
  return gap >= -h / 2 && gap < h * 0.7 && Math.abs(b.bbox.x0 - a.bbox.x0) < h * 1.5;
}

/** Whether a line reaches the right edge of its column (the widest line starting where it starts). */
function isFull(line: OcrLineIn, all: readonly OcrLineIn[]): boolean {
  const h = Math.max(1, line.bbox.y1 - line.bbox.y0);
  let right = line.bbox.x1;
  for (const o of all) if (o.text && Math.abs(o.bbox.x0 - line.bbox.x0) < h * 1.5 && o.bbox.x1 > right) right = o.bbox.x1;
  return line.bbox.x1 >= right - h;
}

function cleanLine(s: string): string {
  return normalizeChunk(s).replace(/\s+/g, ' ').replace(CJK_GAP, '$1').trim();
}

/** Rebuild a screenshot's message from its recognised lines. */
// A back arrow or avatar in front of the sender in a top bar, read as a symbol ("€ +49 …", "< Mom").
const LEADING_ICON = /^(?:[^\p{L}\p{N}+(\s]{1,2}\s+)+/u;

export function rebuildOcrText(page: OcrPage, meta: { engine: string; languages: string; ms?: number }): RebuiltOcr {
  const lines = page.lines.map((l) => ({ ...l, text: cleanLine(l.text) }));
  const dropped: string[] = [];
  const kinds = lines.map(chromeKind);
  // The sender sits above the conversation: before the date/service line when there is one near the
  // top, else the first line when it is a number, short code or address.
  let sender: string | null = null;
  let senderAt = -1;
  const serviceAt = kinds.findIndex((k) => k === 'date or service');
  // A phone's header holds a name and a number at most, besides its chrome: with more lines above it,
  // the "date" line is inside the message and nothing above it is a header.
  const above = serviceAt >= 0 ? lines.slice(0, serviceAt).map((l, i) => ({ l, i })).filter(({ i }) => kinds[i] === null) : [];
  const head = serviceAt >= 0 && above.length <= 3 ? above : [];
  if (head.length) {
    const bare = (t: string) => t.replace(LEADING_ICON, '');
    const pick = [...head].reverse().find(({ l }) => looksLikeSender(bare(l.text))) ?? [...head].reverse().find(({ l }) => NAME.test(bare(l.text)));
    if (pick) {
      sender = pick.l.text.replace(LEADING_ICON, '');
      senderAt = pick.i;
    }
  } else {
    const first = kinds.findIndex((k) => k === null);
    if (first >= 0 && looksLikeSender(lines[first]!.text) && kinds.slice(first + 1).some((k) => k === null)) {
      sender = lines[first]!.text;
      senderAt = first;
    }
  }
  // Everything else above the date/service line is the header (contact card, "Details"): not the message.
  const headerEnd = head.length ? serviceAt : -1;

  // The message's own lines (for how wide a full line is: the status bar is wider than any bubble).
  const body = lines.filter((_, i) => kinds[i] === null && i !== senderAt && i >= headerEnd);
  let text = '';
  let joined = 0;
  const out: OcrInfo['lines'] = [];
  let prev: (typeof lines)[number] | null = null;
  lines.forEach((l, i) => {
    if (i === senderAt) return;
    if (kinds[i] !== null || i < headerEnd) {
      if (l.text) dropped.push(l.text);
      return;
    }
    if (prev) {
      if (sameText(prev, l)) {
        const s = separator(prev.text, l.text, isFull(prev, body));
        text += s.sep;
        if (s.joined) joined++;
      } else text += '\n';
    }
    const start = text.length;
    text += l.text;
    out.push({ start, end: text.length, confidence: Math.round(l.confidence * 10) / 10, box: { ...l.bbox } });
    prev = l;
  });
  return {
    text,
    sender,
    ocr: {
      engine: meta.engine,
      languages: meta.languages,
      confidence: Math.round(page.confidence * 10) / 10,
      lines: out,
      rebuilt: { droppedChrome: dropped, joined, sender },
      ...(meta.ms !== undefined ? { ms: Math.round(meta.ms) } : {}),
    },
  };
}

/**
 * Point the OCR lines at the parsed message's text: the parser may have normalised the rebuilt
 * text or, for an email, put a subject line in front. Lines found in order keep their box with
 * their new offsets; a line not found is left out (never pointed at the wrong words).
 */
export function locateOcrLines(rebuilt: string, messageText: string, ocr: OcrInfo): OcrInfo {
  if (rebuilt === messageText) return ocr;
  const lines: OcrInfo['lines'] = [];
  let from = 0;
  for (const l of ocr.lines) {
    const s = rebuilt.slice(l.start, l.end);
    const at = s ? messageText.indexOf(s, from) : -1;
    if (at < 0) continue;
    lines.push({ ...l, start: at, end: at + s.length });
    from = at + s.length;
  }
  return { ...ocr, lines };
}

/**
 * The languages `auto` reads a screenshot with, in the node adapter and the page alike: the
 * Latin-script ones in one pass (accents read right), then English with Japanese when the first
 * pass looks like a failed attempt at another script (English first keeps links right).
 */
export const OCR_AUTO = { latin: 'eng+deu+spa+fra+por', japanese: 'eng+jpn' } as const;

/** Share of characters in the Latin pass that are the junk Tesseract makes of CJK glyphs. */
export function looksLikeOtherScript(page: OcrPage): boolean {
  const text = page.lines.map((l) => l.text).join('\n');
  const letters = text.replace(/[\s\p{P}]/gu, '');
  if (!letters) return false;
  // Runs like "IONOO0000" and "LLLLL" where a Japanese line was; low confidence lines.
  const junk = (text.match(/[0-9OoIlL|DUN]{6,}/g) ?? []).join('').length;
  const weak = page.lines.filter((l) => l.confidence < 60).length;
  return junk / letters.length > 0.15 || page.confidence < 70 || weak > page.lines.length / 3;
}

