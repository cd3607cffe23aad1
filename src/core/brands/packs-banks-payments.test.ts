import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BRANDS, brandById, completePack } from './index.js';
import { BrandPack } from './schema.js';
import { bankOfAmerica } from './bank-of-america.js';
import { cashApp } from './cash-app.js';
import { chase } from './chase.js';
import { citi } from './citi.js';
import { coinbase } from './coinbase.js';
import { hdfcBank } from './hdfc-bank.js';
import { iciciBank } from './icici-bank.js';
import { sbi } from './sbi.js';
import { venmo } from './venmo.js';
import { wellsFargo } from './wells-fargo.js';
import { zelle } from './zelle.js';
import { analyze, prepare } from '../analyze.js';
import { classifyHost, officialBrandOf } from '../signals/lookalike.js';

// The US bank, payment-app and Indian bank packs: schema, official domains, lookalikes, lure
// attribution, and the near misses that must claim no brand ("chase it up", "purchase", "city").

const PACKS = [bankOfAmerica, chase, wellsFargo, citi, cashApp, venmo, zelle, coinbase, sbi, hdfcBank, iciciBank];

test('bank and payment packs pass the schema and load as parsed', () => {
  for (const raw of PACKS) {
    const r = BrandPack.safeParse(raw);
    assert.ok(r.success, `${raw.id}: ${r.success ? '' : r.error.message}`);
    assert.deepStrictEqual(completePack(raw), BrandPack.parse(raw), raw.id);
    assert.deepStrictEqual(brandById(raw.id), BrandPack.parse(raw), raw.id);
  }
  for (const id of PACKS.map((p) => p.id)) assert.ok(BRANDS.some((b) => b.id === id), id);
});

test('published SMS senders carry sources; DLT headers are six characters', () => {
  for (const raw of PACKS) {
    for (const s of brandById(raw.id)!.smsSenders) {
      assert.ok(s.source.url.startsWith('http'), `${raw.id} ${s.id}`);
      if (s.kind === 'dlt-header') assert.match(s.id, /^[A-Z0-9]{6}$/, `${raw.id} ${s.id}`);
    }
  }
  assert.ok(brandById('wells-fargo')!.smsSenders.some((s) => s.id === '93557' && s.kind === 'short-code'));
  assert.ok(brandById('icici-bank')!.smsSenders.some((s) => s.id === 'ICICIB'));
  assert.ok(brandById('hdfc-bank')!.smsSenders.some((s) => s.id === 'HDFCBK'));
  assert.ok(brandById('sbi')!.smsSenders.some((s) => s.id === 'SBIINB'));
});

const OFFICIAL: [string, string][] = [
  ['www.bankofamerica.com', 'bank-of-america'],
  ['secure.bankofamerica.com', 'bank-of-america'],
  ['www.chase.com', 'chase'],
  ['www.wellsfargo.com', 'wells-fargo'],
  ['online.citi.com', 'citi'],
  ['online.citibank.com', 'citi'],
  ['cash.app', 'cash-app'],
  ['squareup.com', 'cash-app'],
  ['help.venmo.com', 'venmo'],
  ['www.zellepay.com', 'zelle'],
  ['help.coinbase.com', 'coinbase'],
  ['www.sbi.co.in', 'sbi'],
  ['netbanking.hdfcbank.com', 'hdfc-bank'],
  ['hdfcbk.io', 'hdfc-bank'],
  ['www.icicibank.com', 'icici-bank'],
];

test('each pack’s official domains are recognised', () => {
  for (const [host, id] of OFFICIAL) {
    assert.equal(officialBrandOf(host, BRANDS), id, host);
    const s = classifyHost(host, BRANDS);
    assert.equal(s.kind, 'official', host);
  }
});

const LOOKALIKES: [string, string][] = [
  ['bankofamerica-verify.top', 'bank-of-america'],
  ['bofa-secure.online', 'bank-of-america'],
  ['chasebank-verify.top', 'chase'],
  ['wellsfargo-verify.top', 'wells-fargo'],
  ['wellsfarg0.com', 'wells-fargo'],
  ['citibank-verify.top', 'citi'],
  ['cashapp-verify.top', 'cash-app'],
  ['venmo-verify.top', 'venmo'],
  ['zellepay-verify.top', 'zelle'],
  ['coinbsae.com', 'coinbase'],
  ['coinbase-verify.top', 'coinbase'],
  ['onlinesbi-kyc.top', 'sbi'],
  ['hdfcbank-kyc.top', 'hdfc-bank'],
  ['icicibank-kyc.top', 'icici-bank'],
];

test('typical lookalike hosts are lookalikes of the right brand', () => {
  for (const [host, id] of LOOKALIKES) {
    const s = classifyHost(host, BRANDS);
    assert.equal(s.kind, 'lookalike', host);
    if (s.kind === 'lookalike') assert.equal(s.lookalike.brand, id, host);
  }
});

test('ordinary words inside domains are not lookalikes of these brands', () => {
  const mine = new Set(PACKS.map((p) => p.id));
  for (const host of ['purchase.com', 'cities.com', 'gazelle.com', 'chose.com', 'case.com', 'citizen.org', 'lesbian.com', 'hdfclife.com', 'icicidirect.com']) {
    const s = classifyHost(host, BRANDS);
    assert.ok(!(s.kind === 'lookalike' && mine.has(s.lookalike.brand)), `${host}: ${JSON.stringify(s)}`);
    assert.ok(!(s.kind === 'official' && mine.has(s.brand)), host);
  }
});

const LURES: [string, string][] = [
  ['BofA Alert: We placed a hold on your debit card due to unusual activity. Verify at https://bofa-secure.online/verify', 'bank-of-america'],
  ['CHASE BANK ALERT: We detected an unusual sign-in attempt. If this was not you, secure your account at https://chasebank-verify.top', 'chase'],
  ['WELLS FARGO: your account is suspended. Visit http://wellsfargo-verify.top to regain access now', 'wells-fargo'],
  ['Citi: We blocked your account due to unusual activity, please visit https://citibank-verify.top to verify your account.', 'citi'],
  ['Cash App Support: your account is on hold. Send your sign-in code and PIN to unlock it at https://cashapp-verify.top', 'cash-app'],
  ['Your Venmo account has been locked after failed login attempts. Recover it now: https://venmo-verify.top', 'venmo'],
  ['Coinbase Security: your code is required to reset your 2FA. If this was not you, call support at +1 305 722 1252', 'coinbase'],
  ['Dear customer your SBI account will be blocked today. Update your PAN now: https://onlinesbi-kyc.top', 'sbi'],
  ['Dear HDFC Bank customer, your account will be suspended today. Update KYC at https://hdfcbank-kyc.top', 'hdfc-bank'],
  ['ICICI Bank: your credit card reward points expire today. Redeem now at https://icicibank-kyc.top', 'icici-bank'],
];

test('typical lures are attributed to the brand they name', async () => {
  for (const [text, id] of LURES) {
    const p = await prepare({ input: text, channel: 'sms' });
    assert.equal(p.claim?.id, id, text);
    const r = await analyze({ input: text, channel: 'sms' });
    assert.notEqual(r.verdict, 'no_red_flags', text);
    assert.equal(r.brand, id, text);
  }
});

test('near misses claim none of these brands', async () => {
  const mine = new Set(PACKS.map((p) => p.id));
  for (const text of [
    'I will chase it up with the landlord tomorrow and call you back.',
    'Your purchase has shipped and will arrive on Friday.',
    'Meet me in the city centre at six, by the clock tower.',
    'The cities in the north had snow again this week.',
    'A gazelle outran the cheetah in the documentary last night.',
  ]) {
    const p = await prepare({ input: text, channel: 'sms' });
    assert.ok(!p.claim || !mine.has(p.claim.id), `${text}: ${p.claim?.id}`);
  }
});

test('a genuine HDFC Bank alert from its own header is recognised as the bank’s sender', async () => {
  const text = 'HDFC Bank: Rs 1000.00 debited from a/c **8679 on 02-05-22 to VPA payee118523@ybl(UPI Ref No 212204998141). Not you? Call on 18002586161 to report';
  const r = await analyze({ input: text, channel: 'sms', from: 'JD-HDFCBK' });
  assert.equal(r.verdict, 'no_red_flags');
  const p = await prepare({ input: text, channel: 'sms', from: 'JD-HDFCBK' });
  assert.equal(p.claim?.id, 'hdfc-bank');
});
