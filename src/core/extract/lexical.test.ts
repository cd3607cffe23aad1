import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaimCodes, extractMoney, extractRemoteTools, REMOTE_AT, REMOTE_TOOLS } from './lexical.js';

// Money, claim codes and remote tools try their pattern only at candidate positions; that must give
// exactly the matches of the plain exec loop that tries every position.

test('every remote-tool name starts where the candidate pattern looks', () => {
  for (const source of Object.values(REMOTE_TOOLS)) {
    // Top-level alternatives of the name pattern.
    let depth = 0;
    let cur = '';
    const alts: string[] = [];
    for (const ch of source) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === '|' && depth === 0) {
        alts.push(cur);
        cur = '';
      } else cur += ch;
    }
    alts.push(cur);
    for (const alt of alts) {
      const head = /^[a-z]{2}/.exec(alt)?.[0];
      assert.ok(head, `"${alt}" starts with two literal letters`);
      for (const form of [head, head.toUpperCase(), head.replace(/^s/, '\u017F')]) {
        REMOTE_AT.lastIndex = 0;
        const m = REMOTE_AT.exec(` ${form}`);
        assert.equal(m?.index, 1, `candidate at "${form}" (${alt})`);
      }
    }
  }
});

const cases = {
  money: ['Pay $1,299.99 or US$ 49, £5.99, R$ 1.500,00, €750, 750 €, 499.99 USD, 200 dollars', 'us$5 c$7 A$9 uſ$3 ab12 usd 12$ 5$x 1 2 3 rs 40'],
  claim: ['Claim code: AB12-CD34EF-GH56 and gift card pin 1234 5678 9012', 'PIN 12AB-34CD, card pin: A1B2 C3D4, x1Y2-abcdef-12345, ſ1a2-b3c4d5-e6f7'],
  remote: ['Install AnyDesk or Team Viewer, then share your screen via Remote Desktop App', 'ſplashtop, SCREEN-SHARING, quick assist, acceso remoto, fernwartung, log me in rescue'],
};

test('candidate scans find what the plain scans find, on examples', () => {
  for (const text of cases.money) assert.deepEqual(extractMoney(text, 100), extractMoney(text, 100, true));
  for (const text of cases.claim) assert.deepEqual(extractClaimCodes(text, 100), extractClaimCodes(text, 100, true));
  for (const text of cases.remote) assert.deepEqual(extractRemoteTools(text, 100), extractRemoteTools(text, 100, true));
  assert.ok(extractMoney(cases.money[0]!, 100).length >= 8);
  assert.ok(extractClaimCodes(cases.claim[0]!, 100).length >= 2);
  assert.ok(extractRemoteTools(cases.remote[1]!, 100).length >= 5);
});

test('candidate scans find what the plain scans find, on random strings', () => {
  const tokens = [
    '$', '£', '€', '¥', '₹', 'R$', 'US$', 'us$', 'C$', 'A$', 'uſ$', 'S$', '1', '12', '123', '1,234', '1.5', '99', '0', ',', '.', ' ', '\n', '-', ':', '#',
    'usd', 'dollars', 'eur', 'rs', 'yen', 'x', 'ab', 'claim code', 'gift card pin', 'card pin', 'pin', 'PIN', 'redemption code', 'ABCD', 'A1B2',
    'abcdef', '12345', 'AB12-CD34EF-GH56', 'a1b2-c3d4e5-f6g7h', ' 1234 5678', 'X9Y8', '-A1B2C3-', 'ſ', '\u212A', '_', 'é', 'any desk', 'anydesk', 'team', 'viewer', 'remote', ' desktop', ' access', 'screen', 'share', 'sharing',
    'the screen', 'your', 'log me in', 'goto', 'assist', 'quick', 'splashtop', 'supremo', 'ammyy', 'admin', 'acceso remoto', 'control', 'fernwartung',
    'bildschirm teilen', 'compartir la pantalla', 'hop to desk', 'rust', 'zoho', 'awesun', 'chrome', 'connectwise',
  ];
  let seed = 99;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const hits = { money: 0, claim: 0, remote: 0 };
  for (let k = 0; k < 4000; k++) {
    let text = '';
    const len = 1 + Math.floor(rnd() * 25);
    for (let i = 0; i < len; i++) text += tokens[Math.floor(rnd() * tokens.length)];
    const money = extractMoney(text, 5, true);
    const claim = extractClaimCodes(text, 5, true);
    const remote = extractRemoteTools(text, 5, true);
    hits.money += money.length ? 1 : 0;
    hits.claim += claim.length ? 1 : 0;
    hits.remote += remote.length ? 1 : 0;
    assert.deepEqual(extractMoney(text, 5), money, JSON.stringify(text));
    assert.deepEqual(extractClaimCodes(text, 5), claim, JSON.stringify(text));
    assert.deepEqual(extractRemoteTools(text, 5), remote, JSON.stringify(text));
  }
  assert.ok(hits.money > 500 && hits.claim > 100 && hits.remote > 500, JSON.stringify(hits));
});
