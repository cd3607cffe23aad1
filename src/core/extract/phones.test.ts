import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Metadata, type CountryCode } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';
import { createRng } from '../model/prng.js';
import { extractPhones, MIN_PHONE_DIGITS, phoneWindows } from './phones.js';

// The windowed scan must find exactly what one libphonenumber scan over the whole text finds.

const same = (text: string) => assert.deepEqual(extractPhones(text, 1000, true), extractPhones(text, 1000, false), JSON.stringify(text));

test('numbers next to dates, times, extensions and Unicode digits: windowed scan equals the whole-text scan', () => {
  const cases = [
    'UK: 020 7946 0958 or 8001111', // a 7-digit UK freephone number (the national bound)
    'Ring 0800 1111, or +43 12345 from abroad',
    'Support: (206) 555-0100 ext. 12 or 1-800-555-0199 x 7',
    'Tel: +44 20 7946 0958\nFax +44 (0)20 7946 0959;ext=22',
    'Date: 2002-10-04T03:40:03+01:00 order 112-1234567-1234567 call 206.555.0100',
    'extensión: 206 555 0100 extensión 12, доб 5, ｅｘｔ 9',
    'Call ٢٠٦٥٥٥٠١٠٠ or ２０６５５５０１００ or +49 89 1234',
    'at 10:54:19 on 25 Nov 2024, 206 555 0100,,123#',
    '[206] 555-0100 / +1 (206) 555-0101 ~ 0845 4647',
    'q2065550100q', // letters glued to a number (context checks)
    'sent at 2012-05-06 14:30 by', // a time stamp: rejected only because ":30" follows
    'Fax:+    (    44) 20 7946 0958', // the longest lead, ten characters
  ];
  for (const text of cases) same(text);
  assert.deepEqual(extractPhones('sent at 2012-05-06 14:30 by', 10), []);
  assert.equal(extractPhones('sent at 2012-05-06 14 by', 10)[0]?.value, '+12012050614', 'without the ":30" it reads as a number');
  assert.equal(extractPhones('Fax:+    (    44) 20 7946 0958', 10)[0]?.value, '+442079460958', 'the lead keeps its plus');
  assert.ok(extractPhones('UK: 020 7946 0958 or 8001111', 10).some((p) => p.value === '+448001111'), 'the 7-digit number is found');
  assert.equal(extractPhones('Ring +43 12345', 10).length, 1, 'the 7-digit number with a plus is found');
});

test('windowed scan equals the whole-text scan on random strings of phone fragments', () => {
  const tokens = [
    '+', '+1', '+44', '+43 ', '+49', '(', ')', '[', ']', ' ', '-', '.', '/', '~', '#', ',', ',,', ';', ':', ';ext=', ' ext ', ' ext. ',
    'x', ' int ', 'extensión ', 'anexo ', 'доб', 'ｅｘｔ', '\u00a0', '\t', '\n', 'a', 'e', 'o', 'n', 't', 'b', 'h', 'r ', 'q', '!', '%',
    '$', '@', '０', '１２３', '٣٤٥', '＋', '－', '\u2013', 'ó', '\u0301', 'T', '8001111', '0800 1111', '+43 12345', '+49 89 1234', '0845 4647',
    '206', '555', '0100', '2065550100', '020', '7946', '0958', '0800', '123', '4567', '1', '0', '00', '011', '12', '1234', '2002',
    '10:54:19', '2024-11-25', '1-800-', '07700', '900', '123456', '7',
  ];
  let seed = 12345;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let withPhones = 0;
  for (let k = 0; k < 3000; k++) {
    let text = '';
    const len = 1 + Math.floor(rnd() * (k % 2 ? 20 : 5));
    for (let i = 0; i < len; i++) text += tokens[Math.floor(rnd() * tokens.length)];
    const plain = extractPhones(text, 1000, false);
    if (plain.length) withPhones++;
    assert.deepEqual(extractPhones(text, 1000, true), plain, JSON.stringify(text));
  }
  assert.ok(withPhones > 300, `the strings exercise real numbers (${withPhones})`);
});

test('windows skip short digit groups and keep the lead and the context of a number', () => {
  assert.deepEqual(phoneWindows('Order 12 of 2024, see you at 10:30'), []);
  const text = 'Hi there, please call +1 (206) 555-0100 today at 10:30';
  const [w, ...rest] = phoneWindows(text);
  assert.ok(w);
  assert.deepEqual(rest, []);
  // The cluster is "1 (206) 555-0100": the window adds eleven characters before it (room for a
  // 10-character lead such as "+" and the character before that) and four after it.
  assert.equal(text.slice(w[0], w[1]), 'ease call +1 (206) 555-0100 tod');
});

test('the digit bounds hold for the phone metadata', () => {
  const meta = new Metadata();
  const plan = () => meta.numberingPlan as unknown as { possibleLengths(): number[]; nationalPrefixTransformRule(): string | undefined };
  let plus = Infinity;
  let national = Infinity;
  const transforms: string[] = [];
  for (const [cc, countries] of Object.entries(metadata.country_calling_codes)) {
    countries.forEach((country, i) => {
      meta.selectNumberingPlan(((country as string) === '001' ? cc : country) as CountryCode);
      const shortest = Math.min(...plan().possibleLengths());
      plus = Math.min(plus, cc.length + shortest);
      if (cc === '1' || cc === '44') national = Math.min(national, shortest);
      // An international number is read with its calling code's main plan, whose transform rule may
      // add digits: each of these was checked by hand to need at least 8 digits of input (NF 672+5,
      // SM 378+6, MG 261+7; AR, BR, GA, JP only remove digits). A new one needs the same review.
      if (i === 0 && plan().nationalPrefixTransformRule()) transforms.push(country);
    });
  }
  assert.ok(plus >= MIN_PHONE_DIGITS.plus, `calling code + shortest number: ${plus}`);
  assert.ok(national >= MIN_PHONE_DIGITS.national, `shortest +1/+44 national number: ${national}`);
  // Without a plus, an international number needs an access code (US 011, UK 00) in front.
  assert.ok(MIN_PHONE_DIGITS.plus + 2 >= MIN_PHONE_DIGITS.national);
  assert.deepEqual(transforms.sort(), ['AR', 'BR', 'GA', 'JP', 'MG', 'NF', 'SM']);
});

// A table of figures: every row is a cluster of number groups that libphonenumber parses and rejects
// piece by piece. Generated here (not taken from the corpus) with a seeded generator.
function figureTable(rows: number, seed = 7): string {
  const rng = createRng(seed);
  const cell = () => `${rng.int(100)}.${String(rng.int(1000)).padStart(3, '0')}`;
  const lines = ['OVERALL%   SPAM% NONSPAM%     S/O    RANK   SCORE  NAME'];
  for (let r = 0; r < rows; r++) lines.push(`  ${cell()}    ${cell()}    ${cell()}    ${cell()}    ${cell()}    ${cell()}  RULE_${r}`);
  return lines.join('\n');
}

test('the try budget stops the search in a table of figures, after the numbers it has found', () => {
  const text = `Questions? Call our desk on (206) 555-0100.\n${figureTable(60)}\nOr dial 0800 1111.`;
  const unlimited = extractPhones(text, 1000);
  assert.ok(unlimited.some((p) => p.value === '+12065550100'));
  const budget = { tries: 64, exhausted: false };
  const capped = extractPhones(text, 1000, true, budget);
  assert.equal(budget.exhausted, true, 'the table uses up the budget');
  assert.ok(budget.tries <= 0, `no tries left (${budget.tries})`);
  assert.ok(capped.some((p) => p.value === '+12065550100'), 'a number before the table is still found');
  assert.ok(capped.length < unlimited.length || !unlimited.some((p) => p.value === '+448001111'), 'numbers past the budget are not looked for');
  // A roomy budget changes nothing, and says nothing.
  const roomy = { tries: 1_000_000, exhausted: false };
  assert.deepEqual(extractPhones(text, 1000, true, roomy), unlimited);
  assert.equal(roomy.exhausted, false);
  assert.ok(roomy.tries < 1_000_000, 'the library reports the tries it spent (its maxTries counts down)');
});

test('ordinary text stays well inside the budget: same numbers as without one', () => {
  for (const text of ['Support: (206) 555-0100 ext. 12 or 1-800-555-0199 x 7', 'Date: 2002-10-04T03:40:03+01:00 order 112-1234567-1234567 call 206.555.0100', 'UK: 020 7946 0958 or 8001111']) {
    const budget = { tries: 128, exhausted: false };
    assert.deepEqual(extractPhones(text, 1000, true, budget), extractPhones(text, 1000), text);
    assert.equal(budget.exhausted, false, text);
  }
});
