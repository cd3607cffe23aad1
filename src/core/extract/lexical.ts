import { BRANDS } from '../brands/index.js';
import type { BrandPack } from '../brands/schema.js';
import { OTHER_GIFT_CARD_WORDS, REMOTE_TOOLS } from '../knowledge/products.js';
import { mapMatches, mapMatchesAt } from '../signals/match.js';
import type { Entity } from '../types.js';

// Small lexical extractors: money, gift cards and claim codes, one-time codes, order numbers,
// remote-access tools and brand mentions. Every pattern is a single linear-time pass. The names and
// formats they look for are data: brand facts in the packs (giftCardWords, orderNumberFormats), other
// products in knowledge/products.ts.

const scan: (text: string, re: RegExp, max: number, each: (m: RegExpExecArray) => Entity | null) => Entity[] = mapMatches;

/** `scan`, or with `re` tried only where `cands` matches (match.ts `mapMatchesAt`; each use below says why that is exact). */
function scanAt(text: string, re: RegExp, cands: RegExp | null, max: number, each: (m: RegExpExecArray) => Entity | null): Entity[] {
  return cands ? mapMatchesAt(text, re, cands, max, each) : scan(text, re, max, each);
}

const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', R$: 'BRL' };
const CURRENCY_WORD: Record<string, string> = {
  usd: 'USD', dollars: 'USD', dollar: 'USD', gbp: 'GBP', pounds: 'GBP', pound: 'GBP', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  inr: 'INR', rs: 'INR', brl: 'BRL', reais: 'BRL', cad: 'CAD', aud: 'AUD', jpy: 'JPY', yen: 'JPY', mxn: 'MXN', chf: 'CHF',
};
// "$1,299.99", "US$ 49", "£5.99", "R$ 1.500,00", "€750", "750 €", "499.99 USD", "200 dollars"
const MONEY = /(?:(R\$|US\$|C\$|A\$|[$£€¥₹])\s?(\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)|\b(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(?:(€|£|\$)|(usd|dollars?|gbp|pounds?|eur|euros?|inr|rs|brl|reais|cad|aud|jpy|yen|mxn|chf)\b))/giu;

function toAmount(raw: string): number {
  // The last separator followed by 1–2 digits is the decimal mark ("1.500,00" → 1500.00).
  const m = /^(.*?)[.,](\d{1,2})$/.exec(raw);
  const intPart = (m ? m[1]! : raw).replace(/[.,\s]/g, '');
  const dec = m ? m[2]! : '';
  return Number(dec ? `${intPart}.${dec}` : intPart);
}

// Where MONEY can start: a currency sign; "us", "r", "c" or "a" right before a "$" (any case, and
// the long s that /iu folds to s); or the first digit of a run (its second branch begins \b\d, and
// inside a run of digits there is no word boundary).
const MONEY_AT = /u[s\u017F](?=\$)|[rca](?=\$)|[$£€¥₹]|\d+/gi;

/** `plain: true` tries MONEY at every position (the reference the candidate scan is tested against). */
export function extractMoney(text: string, max: number, plain = false): Entity[] {
  if (!/\d/.test(text)) return [];
  return scanAt(text, MONEY, plain ? null : MONEY_AT, max, (m) => {
    const sym = m[1] ?? m[4];
    const word = m[5]?.toLowerCase();
    const num = m[2] ?? m[3] ?? '';
    let currency = sym ? (CURRENCY_SYMBOL[sym.replace(/^(?:US|C|A)(?=\$)/, '')] ?? 'USD') : word ? CURRENCY_WORD[word] ?? 'XXX' : 'XXX';
    if (sym === 'C$') currency = 'CAD';
    if (sym === 'A$') currency = 'AUD';
    const amount = toAmount(num.trim());
    if (!Number.isFinite(amount)) return null;
    return { type: 'money', value: `${currency} ${amount.toFixed(2)}`, span: { start: m.index, end: m.index + m[0].length }, data: { currency, amount } };
  });
}

// Gift cards named by brand or generic, in English, German, Spanish, French, Portuguese, Dutch. The
// brand words come from the packs and knowledge/products.ts, longest first (so "paysafecard" is
// tried before "paysafe"); the matched word is the card's value.
const GIFT_CARD_WORDS = [...new Set([...BRANDS.flatMap((b) => b.giftCardWords), ...OTHER_GIFT_CARD_WORDS])]
  .sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0))
  .map(escapeRe);
const GIFT_CARD = new RegExp(
  `\\b(?:(${GIFT_CARD_WORDS.join('|')})(?:\\.com)?\\s+)?(gift\\s?cards?|e-?gift\\s?cards?|gift\\s?vouchers?|gift\\s?codes?|prepaid cards?|reload(?:able)? cards?|geschenkkarten?|geschenkgutscheine?|gutscheine?|gutscheinkarten?|tarjetas? (?:de )?regalo|cartes? cadeaux?|cart[aã]o[- ]presente|vale[- ]presente|cadeaukaart(?:en)?|cadeaubon(?:nen)?|verification cards?)\\b`,
  'giu',
);

// Every card phrase above contains one of these words (the brand prefix is optional).
const GIFT_GATE = /gift|prepaid card|reload|geschenk|gutschein|regalo|cadeau|presente|verification card/iu;

export function extractGiftCards(text: string, max: number): Entity[] {
  if (!GIFT_GATE.test(text)) return [];
  return scan(text, GIFT_CARD, max, (m) => ({
    type: 'gift_card',
    value: (m[1] ?? 'generic').toLowerCase(),
    span: { start: m.index, end: m.index + m[0].length },
    data: { brand: m[1]?.toLowerCase() ?? null, phrase: m[2]!.toLowerCase() },
  }));
}

// Amazon claim codes are 14–15 characters, shown in groups (e.g. 4-6-4/5); other cards use 16 digits
// or 4×4 groups. Only grouped alphanumerics with a digit and a letter or a "claim code" label count.
const CLAIM_CODE = /\b(?:claim\s?code|redemption\s?code|gift\s?card\s?(?:code|number|pin)|card\s?pin|pin)[\s:#-]{0,4}([A-Z0-9]{4}(?:[- ][A-Z0-9]{4,6}){1,3})\b|\b([A-Z0-9]{4}-[A-Z0-9]{6}-[A-Z0-9]{4,5})\b/giu;

// Cheap necessary conditions for the two patterns below, tested before the full scans (most texts
// hold neither). Each gate alternative ends a word of the full pattern's list with the same gap and
// digits after it, or starts with a literal the full pattern requires, so it matches whenever the
// full pattern does.
const CLAIM_GATE = /(?:code|pin|number)[\s:#-]{0,4}[a-z0-9]{4}|-[a-z0-9]{6}-/iu;
const OTP_GATE = /(?:code|codigo|código|otp|verification|vérification|pin|one[- ]time)[^\d\n]{0,25}\d{4}|\d{4}[^\d\n]{0,20}(?:is your|ist ihr|es tu|est votre)/iu;

// Where CLAIM_CODE can start: a word start (\b before a word character; /iu adds the long s and the
// Kelvin sign to \w) at "c", "r", "g" or "p" (claim, redemption, gift, card, pin), or at four word
// characters and a hyphen (the grouped code). A candidate of five characters hides no other start:
// the next three positions follow a word character and the fifth is the hyphen.
const CLAIM_AT = /(?<![\w\u017F\u212A])(?:[cgpr]|[a-z0-9\u017F\u212A]{4}-)/gi;

export function extractClaimCodes(text: string, max: number, plain = false): Entity[] {
  if (!CLAIM_GATE.test(text)) return [];
  return scanAt(text, CLAIM_CODE, plain ? null : CLAIM_AT, max, (m) => {
    const code = (m[1] ?? m[2])!;
    if (!/\d/.test(code) || (!m[1] && !/[A-Z]/i.test(code))) return null;
    const start = m.index + m[0].lastIndexOf(code);
    return { type: 'claim_code', value: code.toUpperCase(), span: { start, end: start + code.length } };
  });
}

// One-time codes: 4–8 digits tied to a code word on either side ("your code is 123456",
// "123456 is your verification code", "Bestätigungscode: 4821", "código 1234").
const OTP = /\b(?:code|otp|passcode|pass code|verification|pin|one[- ]time|security code|codigo|código|bestätigungscode|sicherheitscode|code de vérification)\b[^\d\n]{0,25}?\b(\d{4,8})\b|\b(\d{4,8})\b[^\d\n]{0,20}?\b(?:is your|ist ihr|es tu|est votre)\b[^\n]{0,30}?\b(?:code|otp|passcode|pin|código)\b/giu;

export function extractOtps(text: string, max: number): Entity[] {
  if (!OTP_GATE.test(text)) return [];
  return scan(text, OTP, max, (m) => {
    const code = (m[1] ?? m[2])!;
    // Years and order-like numbers are not codes.
    if (/^(?:19|20)\d{2}$/.test(code)) return null;
    const start = m[1] ? m.index + m[0].lastIndexOf(code) : m.index + m[0].indexOf(code);
    return { type: 'otp', value: code, span: { start, end: start + code.length } };
  });
}

// Order numbers in the formats the brand packs publish (Amazon's 3-7-7 digits).
const ORDER_FORMATS = BRANDS.flatMap((b) => b.orderNumberFormats);
const ORDER = ORDER_FORMATS.length ? new RegExp(`\\b(?:${ORDER_FORMATS.join('|')})\\b`, 'g') : null;

export function extractOrderNumbers(text: string, max: number): Entity[] {
  if (!ORDER) return [];
  return scan(text, ORDER, max, (m) => ({ type: 'order_number', value: m[0], span: { start: m.index, end: m.index + m[0].length } }));
}

export { REMOTE_TOOLS };
const REMOTE_RE = new RegExp(`\\b(?:${Object.values(REMOTE_TOOLS).map((p) => `(${p})`).join('|')})\\b`, 'giu');
const REMOTE_IDS = Object.keys(REMOTE_TOOLS);

// Where REMOTE_RE can start: a word start (as above) at the first two letters of one of its names
// (any, ammyy, awesun, acceso, team, ultra, screen, splashtop, supremo, share, connect, chrome, log,
// goto, quick, rust, remote, zoho, hop, bildschirm, fern…), with the long s for s. A two-letter
// candidate hides no other start: its second letter follows a word character. lexical.test.ts checks
// this list against REMOTE_TOOLS.
export const REMOTE_AT = /(?<![\w\u017F\u212A])(?:a[cmnw]|te|ul|[s\u017F][chpu]|c[ho]|lo|go|qu|r[eu]|zo|ho|bi|fe)/gi;

export function extractRemoteTools(text: string, max: number, plain = false): Entity[] {
  return scanAt(text, REMOTE_RE, plain ? null : REMOTE_AT, max, (m) => {
    const idx = m.slice(1).findIndex((g) => g !== undefined);
    return { type: 'remote_tool', value: REMOTE_IDS[idx] ?? 'remote-desktop', span: { start: m.index, end: m.index + m[0].length } };
  });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex over all brand aliases; group index → brand id. Built once per brand list. */
export function brandMatcher(brands: readonly BrandPack[]): { re: RegExp; ids: string[] } {
  const ids: string[] = [];
  const groups: string[] = [];
  for (const b of brands) {
    const aliases = [...b.aliases].sort((x, y) => y.length - x.length).map((a) => escapeRe(a).replace(/\\?\s+/g, '\\s?'));
    groups.push(`(${aliases.join('|')})`);
    ids.push(b.id);
  }
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), ids };
}

export function extractBrandMentions(text: string, matcher: { re: RegExp; ids: string[] }, max: number): Entity[] {
  return scan(text, matcher.re, max, (m) => {
    const idx = m.slice(1).findIndex((g) => g !== undefined);
    const id = matcher.ids[idx];
    return id ? { type: 'brand', value: id, span: { start: m.index, end: m.index + m[0].length }, data: { alias: m[0] } } : null;
  });
}
