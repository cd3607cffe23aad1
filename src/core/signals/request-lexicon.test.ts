import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldForGate, gateOf, matches, passesGate } from './request-lexicon.js';
import { CODE } from '../rules/one-time-code-request.js';
import { SIGNIN, VERIFY } from '../rules/credential-link-request.js';
import { CARD, PERSONAL } from '../rules/sensitive-data-request.js';
import { CRYPTO } from '../rules/crypto-payment-request.js';
import { METHOD } from '../rules/pay-outside-platform.js';
import { GENERIC_OBJECT } from '../rules/install-software-request.js';
import { expand, OK, parse, SEP } from './lexicon-test-utils.js';

const GATED = { CODE, VERIFY, SIGNIN, CARD, PERSONAL, CRYPTO, METHOD, GENERIC_OBJECT };

test('every gated lexicon has a gate', () => {
  for (const [name, re] of Object.entries(GATED)) assert.ok(gateOf(re), name);
});

test('every expansion of every alternative contains a gate word (a gate never hides a match)', () => {
  const missed: string[] = [];
  for (const [name, re] of Object.entries(GATED)) {
    const g = gateOf(re)!;
    for (const part of g.parts) {
      const holds = (s: string) => foldForGate(s).split(/[\u0000\u0002]/u).some((p) => g.words.some((w) => p.includes(w)));
      // A string holding a gate word passes whatever follows; otherwise only its last piece matters.
      const reduce = (s: string) => (holds(s) ? OK : s.slice(s.lastIndexOf(SEP) + 1 || 0));
      for (const s of expand(parse(part), 200_000, reduce)) {
        if (s !== OK && !holds(s)) missed.push(`${name}: "${s.replaceAll(SEP, '…')}" in ${part}`);
      }
    }
  }
  assert.deepEqual(missed, []);
});

test('the expander sees what the regex matches (cross-check on sample phrases)', () => {
  const samples = [
    'Please read me the verification code we just sent you.',
    'Click here to verify your account and sign in.',
    'Give us your card number, the CVV and your SSN. Date of birth.',
    'Send the payment in bitcoin to this wallet address.',
    'Pay the seller directly via Venmo or bank transfer.',
    'Download the attached file and install the app.',
    'Geben Sie den Bestätigungscode ein. Ihre Kartennummer und Kontonummer. Melden Sie sich an.',
    'Dígame el código de verificación. Número de tarjeta. Fecha de nacimiento. Inicie sesión.',
    'PAſSCODE and Kelvin-K: KARTENNUMMER',
  ];
  for (const s of samples) {
    for (const [name, re] of Object.entries(GATED)) {
      if (new RegExp(re.source, 'iu').test(s)) assert.ok(passesGate(re, s), `${name} gated out: ${s}`);
    }
  }
  assert.ok(matches(samples[0]!, CODE).length > 0);
});

test('the gate skips a neutral message for most gated lexicons', () => {
  const s = 'Lunch at noon? The usual spot, see you there.';
  const passing = Object.values(GATED).filter((re) => passesGate(re, s)).length;
  assert.ok(passing <= 2, `passing: ${passing}`);
  assert.deepEqual(matches(s, CODE), []);
});

test('folding maps the long s like the regex does', () => {
  assert.equal(foldForGate('Pa\u017f\u017fwort'), 'passwort');
});
