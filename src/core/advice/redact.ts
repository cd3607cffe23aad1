// Secrets never leave in a report or an export: one-time codes, passwords, card numbers, CVVs,
// expiry dates, SSNs and National Insurance numbers, IBANs and bank account numbers, gift-card claim
// codes. The person may have pasted a message that contains them (the code the scammer asked for,
// the password they typed back), and a report goes to third parties.
//
// Every pattern is linear-time (bounded gaps, no nested quantifiers over overlapping classes).
// Over-redaction is the safe side: a FedEx number that happens to pass Luhn is masked too.

import { trailingRunLength, trimEndChars } from '../text-trim.js';

export type SecretKind =
  | 'card'
  | 'cvv'
  | 'card-expiry'
  | 'otp'
  | 'password'
  | 'ssn'
  | 'national-id'
  | 'iban'
  | 'bank-account'
  | 'gift-card-code';

export interface SecretSpan {
  kind: SecretKind;
  start: number;
  end: number;
}

export interface Redacted {
  text: string;
  /** What was masked, with spans into the ORIGINAL text. */
  secrets: SecretSpan[];
}

export const PLACEHOLDER: Record<SecretKind, string> = {
  card: '[card number removed]',
  cvv: '[security code removed]',
  'card-expiry': '[expiry date removed]',
  otp: '[code removed]',
  password: '[password removed]',
  ssn: '[SSN removed]',
  'national-id': '[ID number removed]',
  iban: '[IBAN removed]',
  'bank-account': '[account number removed]',
  'gift-card-code': '[gift card code removed]',
};

/** Text longer than this is redacted in full-length chunks anyway; the cap only bounds one pass. */
const MAX_SECRETS = 10_000;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ISO 13616 check: move the first four characters to the end, letters → 10..35, mod 97 = 1. */
export function ibanValid(raw: string): boolean {
  const s = raw.replace(/ /g, '').toUpperCase();
  if (s.length < 15 || s.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of r) {
    const c = ch.charCodeAt(0);
    const v = c >= 65 ? c - 55 : c - 48;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

// Cards: contiguous 13–19 digits, or 4-4-4-(1..4)[-(1..3)] groups, or Amex 4-6-5. Amazon order numbers
// (3-7-7 digits) and phone numbers do not fit these groupings, so they stay readable in the report.
const CARD = /(?<![\d+-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19})(?![\d-])/g;
const CVV = /\b(?:cvv2?|cvc2?|cv2|csc|cid|security code|card verification(?: code| value| number)?)\b[^\d\n]{0,20}?(\d{3,4})\b/dgi;
const EXPIRY = /\b(?:exp(?:iry|iration)?(?: date)?|expires|valid (?:thru|through|until))\b[^\d\n]{0,12}?(\d{1,2} ?\/ ?\d{2,4})\b/dgi;
// One-time codes tied to a code word on either side.
const OTP =
  /\b(?:code|otp|passcode|pass code|verification|pin|one[- ]time(?: code| password| passcode)?|security code|2fa|auth(?:entication)? code)\b[^\d\n]{0,25}?\b(\d{4,8})\b|\b(\d{4,8})\b[^\d\n]{0,20}?\b(?:is your|is the|is my)\b[^\n]{0,30}?\b(?:code|otp|passcode|pin)\b/dgi;
const PASSWORD = /\b(?:password|passwd|pwd|pw|passphrase)\b\s{0,3}(:|=|\bis\b|\bwas\b|\bto\b)\s{0,3}["'“‘]?([^\s"'”’]{1,64})/dgi;
// After "is"/"was"/"to" the next word is often prose ("your password is about to expire").
const PROSE_AFTER_IS = new Set(
  'a an the your my our this that it not no now still too very being about going expiring expired expire due set required needed incorrect invalid wrong weak strong safe secure correct changed reset compromised locked old new case-sensitive shown hidden protected stored sent saved encrypted at in on of for be change update reset verify confirm access sign log enter be'.split(
    ' ',
  ),
);
const SSN = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g;
const SSN_LABELLED = /\b(?:ssn|ss#|social security(?: number| no\.?| #)?|tax id|itin|tin)\b[^\d\n]{0,15}?(\d{9})\b/dgi;
// UK National Insurance number (HMRC format: two prefix letters, six digits, suffix A–D).
const NINO = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi;
const BANK_ACCOUNT =
  /\b(?:(?:bank |checking |savings )?account (?:number|no\.?|#)|acct(?: number| no\.?| #|\.)?|a\/c(?: no\.?)?|routing(?: number| no\.?)?|aba(?: number)?|sort code|bsb)\b[^\d\n]{0,15}?(\d[\d -]{4,20}\d)/dgi;
const GIFT_CODE =
  /\b(?:claim ?code|redemption ?code|gift ?card (?:code|number|pin)|card ?pin)\b[^A-Z0-9\n]{0,6}([A-Z0-9]{4}(?:[- ]?[A-Z0-9]{4,6}){1,3})\b|\b([A-Z0-9]{4}-[A-Z0-9]{6}-[A-Z0-9]{4,5})\b/dgi;

function groupSpan(m: RegExpExecArray, ...groups: number[]): [number, number] | null {
  for (const g of groups) {
    const ix = m.indices?.[g];
    if (ix) return [ix[0], ix[1]];
  }
  return null;
}

function ssnPlausible(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

/** Finds secrets in text. Spans do not overlap; earlier, longer spans win. */
export function findSecrets(text: string, known: readonly string[] = []): SecretSpan[] {
  const found: SecretSpan[] = [];
  const push = (kind: SecretKind, start: number, end: number) => {
    if (found.length < MAX_SECRETS && end > start) found.push({ kind, start, end });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text)) && n++ < MAX_SECRETS) {
      fn(m);
      if (m[0].length === 0) re.lastIndex++;
    }
  };

  each(CARD, (m) => {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && luhnValid(digits)) push('card', m.index, m.index + m[0].length);
  });
  each(CVV, (m) => {
    const s = groupSpan(m, 1);
    if (s) push('cvv', s[0], s[1]);
  });
  each(EXPIRY, (m) => {
    const s = groupSpan(m, 1);
    if (s) push('card-expiry', s[0], s[1]);
  });
  each(PASSWORD, (m) => {
    const sep = m[1]!.toLowerCase();
    const value = m[2]!;
    const word = trimEndChars(value.toLowerCase(), '.,;!?');
    if (sep !== ':' && sep !== '=' && PROSE_AFTER_IS.has(word)) return;
    // "…your password to keep your account safe": after "to" only something password-like counts.
    if (sep === 'to' && /^[a-z]+$/i.test(word)) return;
    const s = groupSpan(m, 2);
    if (!s) return;
    // Sentence punctuation after the password is kept ("my password is hunter2." → "… [password removed].").
    const trail = trailingRunLength(value, '.,;!?');
    push('password', s[0], s[1] - (trail < value.length ? trail : 0));
  });
  each(SSN, (m) => {
    if (ssnPlausible(m[1]!, m[3]!, m[4]!)) push('ssn', m.index, m.index + m[0].length);
  });
  each(SSN_LABELLED, (m) => {
    const s = groupSpan(m, 1);
    if (s) push('ssn', s[0], s[1]);
  });
  each(NINO, (m) => push('national-id', m.index, m.index + m[0].length));
  each(IBAN, (m) => {
    if (ibanValid(m[0])) push('iban', m.index, m.index + m[0].length);
  });
  each(BANK_ACCOUNT, (m) => {
    const s = groupSpan(m, 1);
    if (s) push('bank-account', s[0], s[1]);
  });
  each(GIFT_CODE, (m) => {
    const code = (m[1] ?? m[2])!;
    // A bare 4-6-4/5 group needs both a digit and a letter, like Amazon claim codes.
    if (!/\d/.test(code) || (!m[1] && !/[A-Z]/i.test(code))) return;
    const s = groupSpan(m, 1, 2);
    if (s) push('gift-card-code', s[0], s[1]);
  });
  each(OTP, (m) => {
    const s = groupSpan(m, 1, 2);
    if (s) push('otp', s[0], s[1]);
  });
  // Values the extractor already identified as codes (passed by the caller) are masked wherever
  // they appear, even without a code word next to them.
  for (const k of known) {
    if (k.length < 4) continue;
    let at = text.indexOf(k);
    let n = 0;
    while (at >= 0 && n++ < 100) {
      push('otp', at, at + k.length);
      at = text.indexOf(k, at + k.length);
    }
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretSpan[] = [];
  let last = -1;
  for (const s of found) {
    if (s.start < last) continue;
    out.push(s);
    last = s.end;
  }
  return out;
}

/** Masks every secret in text with a placeholder naming what was removed. */
export function redact(text: string, known: readonly string[] = []): Redacted {
  const secrets = findSecrets(text, known);
  if (!secrets.length) return { text, secrets };
  let out = '';
  let at = 0;
  for (const s of secrets) {
    out += text.slice(at, s.start) + PLACEHOLDER[s.kind];
    at = s.end;
  }
  out += text.slice(at);
  return { text: out, secrets };
}

export function redactText(text: string, known: readonly string[] = []): string {
  return redact(text, known).text;
}
