import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as L from './pressure-lexicon.js';
import { DIGIT, expand, OK, parse, SEP } from './lexicon-test-utils.js';

// The trigger gate must never hide a match: for every lexicon, any text the regex matches must pass
// the gate. Checked on phrases of every tactic and language the rules' tests use.
const SAMPLES = [
  'URGENT: act now and respond immediately. Verify within 24 hours or your account will be suspended. Final notice!',
  'in the next 6hrs only 2 days left, 00:59:59 remaining, today only, offer expires soon',
  'A lawsuit has been filed against you; you will be taken into custody.',
  'We have temporarily suspended your Apple ID. Your power will be disconnected in 30 minutes.',
  'An order placed for Apple iPhone 14 Pro, a pre-authorized purchase of a MacBook. Your card was charged $1,499.',
  'If you did not authorize this order, press 1. Was this you? Unauthorized charge.',
  'Your Prime membership could not be renewed. Payment declined. Update your billing information.',
  'We overpaid your refund by an extra zero, send back the difference. You are eligible for a refund of $399.',
  'Unusual sign-in from an IP address in Russia. Your account has been hacked. Someone tried to access it.',
  'Your package could not be delivered, held at our depot; pay the redelivery fee and update your delivery address.',
  'Product recall: the heater was recalled; safety refund available.',
  'Congratulations! You have won a £1000 prize. You have been selected to receive a reward; claim your reward.',
  'Your account is qualified for 50% off. Kindly call us back at 844-555-0142. Press 2.',
  "Don't tell your bank, the bank staff may be involved. Stay on the line, do not hang up. Keep this confidential.",
  'This is the Amazon security department. I am a Microsoft certified technician.',
  'Ihr Konto wurde gesperrt. Innerhalb von 48 Stunden. Letzte Mahnung. Sie haben gewonnen! Gutschein gewinnen.',
  'Falls Sie diese Bestellung nicht getätigt haben. Zahlung fehlgeschlagen. Ihr Paket konnte nicht zugestellt werden. Zollgebühr.',
  'Sagen Sie niemandem etwas. Hier ist die Sicherheitsabteilung. Drücken Sie die 1. Produktrückruf. Anspruch auf eine Rückerstattung.',
  'Su cuenta ha sido suspendida. Último aviso. Si no reconoce esta compra. Pago rechazado. Actividad sospechosa.',
  'Ha ganado un premio. Tiene derecho a un reembolso. No cuelgue. Departamento de seguridad. Tasas de aduana.',
  'Votre compte a été suspendu. Vous avez gagné. Paiement refusé. Ne raccrochez pas.',
  'Sua conta foi bloqueada. Você ganhou. Pagamento recusado. Não desligue. Atividade suspeita.',
  'Uw account is geblokkeerd. U heeft een cadeaubon gewonnen. Betaling mislukt. Vertel het niemand.',
  // SMS forms added for the lure families: locked cards, "not you" callbacks, a number after "call".
  'Debit card temporarily locked. Account locked. We have blocked access to your debit card. We placed a hold on your card.',
  'Verify now to avoid suspension. Il tuo conto è stato sospeso. Carta bloccata.',
  'Is this not you? If this was not you, call 1-888-555-0142. Call support at 855-555-0170. If you did not initiate this transfer, ring us.',
];

const lexicons = Object.entries(L).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

test('every lexicon matches something in the samples (the samples exercise them all)', () => {
  for (const [name, re] of lexicons) {
    assert.ok(SAMPLES.some((s) => new RegExp(re.source, 'iu').test(s)), name);
  }
});

test('the trigger gate never hides a match', () => {
  for (const s of SAMPLES) {
    const stems = L.stemsOf(s);
    for (const [name, re] of lexicons) {
      if (new RegExp(re.source, 'iu').test(s)) assert.ok(L.mayMatch(re, stems), `${name} gated out: ${s}`);
    }
  }
});

test('the gate skips a neutral message for most lexicons', () => {
  const stems = L.stemsOf('Lunch at noon? The usual spot, see you there.');
  const passing = lexicons.filter(([, re]) => L.mayMatch(re, stems)).length;
  assert.ok(passing <= 3, `passing: ${passing}`);
});

test('words are bounded with Unicode letters, so accented words match and word parts do not', () => {
  assert.ok(new RegExp(L.HARD_DEADLINE.source, 'iu').test('Último aviso'));
  assert.ok(!new RegExp(L.PRESS_KEY.source, 'iu').test('the pressure 1 test'));
});

// Exhaustive form of the gate check: every alternative is expanded into the literal strings it can
// match; each expansion must hold a whole word (a known word start, and four letters or a known
// end) whose stem is a trigger. Parts that vary (gaps, digits) are separators no word may span.
test('every expansion of every alternative holds a trigger stem', () => {
  const missed: string[] = [];
  for (const [name, re] of lexicons) {
    const { parts, stems } = L.triggersOf(re);
    if (!stems) continue;
    // Stems of the words of `s` that are certainly whole words of the text: a known start (the
    // match start or a literal non-letter before it) and four letters, or a known end.
    const stemsIn = (s: string, atEnd: boolean): string[] => {
      const out: string[] = [];
      for (const m of s.matchAll(/[\p{L}\p{N}]+/gu)) {
        const start = m.index;
        const end = start + m[0].length;
        // After a digit run the text word goes on, but stemsOf also stems the letters after leading
        // digits ("24hrs" → "hrs"): a known start when the digits start the word.
        const before = s[start - 1];
        const startKnown = start === 0 || (before !== SEP && (before !== DIGIT || start === 1 || (s[start - 2] !== SEP && !/[\p{L}\p{N}]/u.test(s[start - 2]!))));
        const endKnown = end === s.length ? atEnd : s[end] !== SEP && s[end] !== DIGIT;
        if (startKnown && (m[0].length >= 4 || endKnown)) out.push(m[0].toLowerCase().slice(0, 4));
      }
      return out;
    };
    // Once a trigger word is certain the rest does not matter; otherwise only the last word (and
    // the character before it, which says whether its start is known) can still become one.
    const reduce = (s: string): string => {
      if (stemsIn(s, false).some((k) => stems.includes(k))) return OK;
      const i = /\u0002?[\p{L}\p{N}]*$/u.exec(s)!.index;
      if (i === 0) return s;
      // Keep the character before the tail; a letter there (before digits) becomes "unknown".
      const prev = s[i - 1]!;
      return (/[\p{L}\p{N}]/u.test(prev) ? SEP : prev) + s.slice(i);
    };
    for (const part of parts) {
      for (const s of expand(parse(part), 200_000, reduce)) {
        if (s !== OK && !stemsIn(s, true).some((k) => stems.includes(k))) missed.push(`${name}: "${s.replaceAll(SEP, '…')}" in ${part.slice(0, 80)}`);
      }
    }
  }
  assert.deepEqual(missed, []);
});
