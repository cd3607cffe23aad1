import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldForGate, gateOf, matches, passesGate } from './request-lexicon.js';
import { CODE } from '../rules/one-time-code-request.js';
import { SIGNIN, VERIFY } from '../rules/credential-link-request.js';
import { CARD, PERSONAL } from '../rules/sensitive-data-request.js';
import { CRYPTO } from '../rules/crypto-payment-request.js';
import { METHOD } from '../rules/pay-outside-platform.js';
import { GENERIC_OBJECT } from '../rules/install-software-request.js';

const GATED = { CODE, VERIFY, SIGNIN, CARD, PERSONAL, CRYPTO, METHOD, GENERIC_OBJECT };

// Every alternative is expanded into the literal strings it can match: each branch of a group, an
// optional part with and without, each character of a small class. Anything that can vary in
// content or length (\p{L}{0,20}, \d, a repeated group) becomes a separator that no gate word may
// span, so "every expansion holds a gate word" means every real match holds one.
const SEP = '\u0000';

type Node = { kind: 'alt'; options: Node[][] } | { kind: 'chars'; chars: string[] } | { kind: 'sep' };

function parse(src: string): Node {
  let i = 0;
  const alt = (): Node => {
    const options: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      const c = src[i]!;
      if (c === '|') {
        i++;
        options.push([]);
        continue;
      }
      let atom: Node;
      if (c === '(') {
        i++;
        if (src.startsWith('?:', i)) i += 2;
        else assert.fail(`unsupported group at ${i} in ${src}`);
        atom = alt();
        assert.equal(src[i], ')');
        i++;
      } else if (c === '[') {
        const end = src.indexOf(']', i);
        const body = src.slice(i + 1, end);
        i = end + 1;
        atom = /^[^\\^-]+$/u.test(body) ? { kind: 'chars', chars: [...body] } : { kind: 'sep' };
      } else if (c === '\\') {
        const n = src[i + 1]!;
        if (n === 'p') {
          i = src.indexOf('}', i) + 1;
          atom = { kind: 'sep' };
        } else {
          i += 2;
          atom = /[dswDSWb]/u.test(n) ? { kind: 'sep' } : { kind: 'chars', chars: [n] };
        }
      } else if (c === '.') {
        i++;
        atom = { kind: 'sep' };
      } else {
        i++;
        atom = { kind: 'chars', chars: [c] };
      }
      const q = src[i];
      if (q === '?') {
        i++;
        atom = { kind: 'alt', options: [[], [atom]] };
      } else if (q === '*' || q === '+' || q === '{') {
        let min = q === '+' ? 1 : 0;
        if (q === '{') {
          const end = src.indexOf('}', i);
          min = Number(src.slice(i + 1, end).split(',')[0]);
          i = end;
        }
        i++;
        atom = { kind: 'alt', options: [[...Array<Node>(min).fill(atom), { kind: 'sep' }]] };
      }
      options[options.length - 1]!.push(atom);
    }
    return { kind: 'alt', options };
  };
  const root = alt();
  assert.equal(i, src.length, `unbalanced: ${src}`);
  return root;
}

function expand(node: Node, limit: number): string[] {
  if (node.kind === 'sep') return [SEP];
  if (node.kind === 'chars') return node.chars;
  const out: string[] = [];
  for (const seq of node.options) {
    let acc = [''];
    for (const n of seq) {
      const next: string[] = [];
      for (const a of acc) for (const b of expand(n, limit)) next.push(a + b);
      acc = next;
      assert.ok(acc.length <= limit, 'too many expansions');
    }
    out.push(...acc);
  }
  return out;
}

test('every gated lexicon has a gate', () => {
  for (const [name, re] of Object.entries(GATED)) assert.ok(gateOf(re), name);
});

test('every expansion of every alternative contains a gate word (a gate never hides a match)', () => {
  const missed: string[] = [];
  for (const [name, re] of Object.entries(GATED)) {
    const g = gateOf(re)!;
    for (const part of g.parts) {
      for (const s of expand(parse(part), 200_000)) {
        const pieces = foldForGate(s).split(SEP);
        if (!g.words.some((w) => pieces.some((p) => p.includes(w)))) missed.push(`${name}: "${s.replaceAll(SEP, '…')}"`);
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
