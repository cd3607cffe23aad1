import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BRANDS } from '../brands/index.js';
import { foldToAscii, isMixedScript, skeleton } from './confusables.js';
import { brandInPath, classifyHost, editDistance, hostParts, typoFamily } from './lookalike.js';

const kind = (h: string) => classifyHost(h, BRANDS);
const technique = (h: string) => {
  const s = kind(h);
  return s.kind === 'lookalike' ? `${s.lookalike.brand}:${s.lookalike.technique}` : s.kind;
};

test('confusable skeletons fold Cyrillic, Greek, accents and digit tricks onto Latin', () => {
  assert.equal(foldToAscii('аррӏе'), 'apple'); // all Cyrillic
  assert.equal(foldToAscii('pаypаl'), 'paypal'); // Cyrillic а inside Latin
  assert.equal(foldToAscii('ámázön'), 'amazon');
  assert.equal(skeleton('rnicrosoft'), skeleton('microsoft'));
  assert.equal(skeleton('paypa1'), skeleton('paypal'));
  assert.equal(skeleton('amaz0n'), skeleton('amazon'));
  assert.notEqual(skeleton('amazing'), skeleton('amazon'));
  assert.equal(isMixedScript('pаypal'), true);
  assert.equal(isMixedScript('пример'), false);
  assert.equal(isMixedScript('paypal'), false);
});

test('the brand’s own domains and subdomains are official, whatever the country suffix', () => {
  for (const h of ['amazon.com', 'pay.amazon.com', 'amazon.co.uk', 'www.amazon.co.jp', 'appleid.apple.com', 'login.microsoftonline.com', 'www.paypal.com', 'cloud.microsoft']) {
    assert.equal(kind(h).kind, 'official', h);
  }
});

test('unrelated popular domains are not lookalikes', () => {
  for (const h of ['google.com', 'applebees.com', 'pineapple.com', 'amazing.com', 'pcloud.com', 'paypay.ne.jp', 'outlookindia.com', 'libreoffice.org', 'github.com', '192.0.2.1']) {
    assert.notEqual(kind(h).kind, 'lookalike', h);
  }
});

test('dnstwist families are recognised as lookalikes', () => {
  const cases: [string, string][] = [
    ['amazn.com', 'amazon:typo'], // omission
    ['amazoon.com', 'amazon:typo'], // repetition
    ['amzaon.com', 'amazon:typo'], // transposition
    ['amazen.com', 'amazon:typo'], // vowel swap
    ['amazon1.com', 'amazon:typo'], // addition
    ['paypak.com', 'paypal:typo'], // keyboard replacement
    ['ama-zon.com', 'amazon:hyphenation'],
    ['am.azon.com', 'amazon:subdomain-split'],
    ['arnazon.com', 'amazon:homoglyph'],
    ['rnicrosoft.com', 'microsoft:homoglyph'],
    ['paypa1.com', 'paypal:homoglyph'],
    ['xn--pple-43d.com', 'apple:idn-homoglyph'], // аpple with Cyrillic а
    ['amazon.shop', 'amazon:tld-swap'],
    ['amazon-refund-support.com', 'amazon:brand-keyword'],
    ['paypal7088.com', 'paypal:brand-keyword'],
    ['amazon.co.uk.verify-id.top', 'amazon:brand-in-subdomain'],
    ['amazon-login.s3.amazonaws.com', 'amazon:brand-in-subdomain'],
  ];
  for (const [h, want] of cases) assert.equal(technique(h), want, h);
});

test('typo families follow dnstwist: keyboard neighbours count, unrelated letters do not', () => {
  assert.equal(typoFamily('amazon', 'amazpn'), 'replacement'); // p is next to o
  assert.equal(typoFamily('amazon', 'amazxn'), null); // x is nowhere near o
  assert.equal(typoFamily('amazon', 'amazonx'), 'addition');
  assert.equal(typoFamily('amazon', 'amazkn'), 'replacement');
  assert.equal(typoFamily('amazon', 'amaxon'), 'replacement');
  assert.equal(editDistance('amazon', 'amzaon'), 1);
  assert.equal(editDistance('amazon', 'google', 2), 3);
});

test('IDN hosts are shown decoded and the registrable domain comes from the public suffix list', () => {
  const p = hostParts('secure.xn--pple-43d.co.uk');
  assert.equal(p.display, 'secure.аpple.co.uk');
  assert.equal(p.registrable, 'xn--pple-43d.co.uk');
  assert.equal(p.subdomain, 'secure');
  const s = kind('xn--pple-43d.com');
  assert.ok(s.kind === 'lookalike' && s.lookalike.mixedScript);
});

test('a brand named in a path on an unrelated host', () => {
  assert.equal(brandInPath('/www.amazon.co.jp/ap/signin', BRANDS)?.brand, 'amazon');
  assert.equal(brandInPath('/paypal-login/index.php', BRANDS)?.brand, 'paypal');
  assert.equal(brandInPath('/blog/why-i-love-my-garden', BRANDS), null);
  assert.equal(brandInPath('/recipes/applesauce-cake', BRANDS), null);
});

test('short brand names (ups, dhl, irs): a whole registrable name one glyph, doubled letter or added character away', () => {
  for (const [d, id] of [['upss.com', 'ups'], ['ups1.com', 'ups'], ['u-ps.com', 'ups'], ['xn--ps-wka.com', 'ups'], ['dhI.com', 'dhl'], ['iirs.gov', 'irs'], ['evrri.com', 'evri']] as const) {
    const s = classifyHost(d, BRANDS);
    assert.equal(s.kind === 'lookalike' ? s.lookalike.brand : s.kind, id, d);
  }
  // Dropping or swapping a letter of a three-letter name gives other short names; never inside a word.
  for (const d of ['us.com', 'cbs.com', 'irc.org', 'aps.org', 'startups.com', 'bups.com']) assert.notEqual(classifyHost(d, BRANDS).kind, 'lookalike', d);
  // A three-letter token counts as a word of its own, not glued to another word.
  assert.equal(classifyHost('att-mail-login.com', BRANDS).kind, 'lookalike');
  assert.notEqual(classifyHost('attglobal.net', BRANDS).kind, 'lookalike');
});
