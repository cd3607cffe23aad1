import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BRANDS, brandById, completePack } from './index.js';
import { BrandPack } from './schema.js';
import { classifyHost, officialBrandOf } from '../signals/lookalike.js';
import { analyze, prepare } from '../analyze.js';
import { netflix } from './netflix.js';
import { google } from './google.js';
import { whatsapp } from './whatsapp.js';
import { tMobile } from './t-mobile.js';
import { verizon } from './verizon.js';
import { homeDepot } from './home-depot.js';
import { costco } from './costco.js';
import { walmart } from './walmart.js';
import { cvs } from './cvs.js';
import { geekSquad } from './geek-squad.js';
import { norton } from './norton.js';
import { mcafee } from './mcafee.js';
import { usTollAgencies } from './us-toll-agencies.js';

// The tech, retail and toll packs: schema, official domains, lookalikes, lure attribution and the
// near misses that must not claim a brand.

const RAW = [netflix, google, whatsapp, tMobile, verizon, homeDepot, costco, walmart, cvs, geekSquad, norton, mcafee, usTollAgencies];

test('each new pack passes the schema and loads as the schema parses it', () => {
  for (const raw of RAW) {
    const r = BrandPack.safeParse(raw);
    assert.ok(r.success, `${raw.id}: ${r.success ? '' : r.error.message}`);
    assert.deepStrictEqual(completePack(raw), BrandPack.parse(raw), raw.id);
    assert.deepStrictEqual(brandById(raw.id), BrandPack.parse(raw), raw.id);
    for (const s of raw.statements) assert.notEqual(s.source.type, 'unverified', `${raw.id} ${s.topic}`);
  }
});

// [pack id, an official host, a lookalike host]
const HOSTS: [string, string, string][] = [
  ['netflix', 'www.netflix.com', 'netflix-billing.top'],
  ['google', 'accounts.google.com', 'google-verify.top'],
  ['google', 'www.google.co.uk', 'gooogle.com'],
  ['whatsapp', 'web.whatsapp.com', 'whatsapp-verify.top'],
  ['t-mobile', 'www.t-mobile.com', 't-mobile-rewards.top'],
  ['t-mobile', 'account.t-mobile.com', 'tmobile.top'],
  ['verizon', 'www.verizon.com', 'verizon-billing.top'],
  ['home-depot', 'www.homedepot.com', 'homedepot-rewards.top'],
  ['costco', 'www.costco.com', 'costco-rewards.top'],
  ['walmart', 'www.walmart.com', 'walmart-survey.top'],
  ['cvs', 'www.cvs.com', 'cvspharmacy-rewards.top'],
  ['geek-squad', 'www.bestbuy.com', 'geeksquad-renewal.top'],
  ['norton', 'us.norton.com', 'nortonlifelock-billing.top'],
  ['mcafee', 'home.mcafee.com', 'mcafee-renewal.top'],
  ['us-toll-agencies', 'www.e-zpassny.com', 'ezpass-toll.top'],
  ['us-toll-agencies', 'www.sunpass.com', 'sunpass-tolls.top'],
  ['us-toll-agencies', 'www.bayareafastrak.org', 'fastrak-pay.top'],
];

test('official hosts are recognised and lookalikes are classified as that brand', () => {
  for (const [id, official, fake] of HOSTS) {
    assert.equal(officialBrandOf(official, BRANDS), id, official);
    const c = classifyHost(fake, BRANDS);
    assert.equal(c.kind, 'lookalike', fake);
    assert.equal(c.kind === 'lookalike' ? c.lookalike.brand : null, id, fake);
  }
});

test('hosts that only sound like a brand are not its lookalikes', () => {
  // mobile.de is one letter from "tmobile"; wwnorton.com is a publisher; cvshome.org was the
  // version-control project's site; googlegroups.com is Google's (user content).
  for (const host of ['mobile.de', 'wwnorton.com', 'cvshome.org']) assert.notEqual(classifyHost(host, BRANDS).kind, 'lookalike', host);
  assert.equal(officialBrandOf('groups.googlegroups.com', BRANDS), 'google');
});

// [pack id, lure text]
const LURES: [string, string][] = [
  ['netflix', 'Netflix: your membership is on hold because of a billing problem. Update your payment at https://netflix-billing.top/login'],
  ['google', 'Your Google Account will be suspended today. Verify your Google account at https://google-verify.top/signin'],
  ['whatsapp', 'WhatsApp Support: your WhatsApp account will be blocked in 24 hours. Send the 6-digit code we sent you to verify it.'],
  ['t-mobile', 'T-Mobile: thank you for your payment record! Claim your free gift at http://t-mobile-rewards.top/claim'],
  ['verizon', 'Verizon Wireless: your account has been suspended. Restore service at https://verizon-billing.top/pay'],
  ['home-depot', 'Home Depot: you have been selected for our $100 customer survey reward. Claim at http://homedepot-rewards.top/s'],
  ['costco', 'Costco: your membership has expired. Renew for free at https://costco-rewards.top/renew today'],
  ['walmart', 'Walmart: congratulations, you won a $100 gift card in our shopper survey. Claim at http://walmart-survey.top/win'],
  ['cvs', 'CVS Pharmacy: complete our quick survey and get $100 in ExtraCare rewards http://cvspharmacy-rewards.top/s'],
  ['geek-squad', 'Geek Squad: your annual protection plan renewed for $499.99. To cancel and get a refund call 1-888-555-0199.'],
  ['norton', 'Your Norton 360 subscription has been renewed for $399.99. If you did not authorize this, call Norton Billing at 1-877-555-0123.'],
  ['mcafee', 'McAfee: your McAfee Total Protection subscription renewed for $349.99. To cancel call 1-866-555-0144 now.'],
  ['us-toll-agencies', 'E-ZPass: you have an unpaid toll of $4.35. Pay now to avoid a $50 late fee: https://ezpass-toll.top/pay'],
  ['us-toll-agencies', 'SunPass: our records show an outstanding toll balance of $3.95. Settle it at https://sunpass-tolls.top to avoid fees.'],
];

test('typical lures are attributed to the brand they name', async () => {
  for (const [id, text] of LURES) {
    const p = await prepare({ input: text, channel: 'sms' });
    assert.equal(p.claim?.id, id, text);
    const report = await analyze({ input: text, channel: 'sms' });
    assert.equal(report.brand, id, text);
  }
});

test('near misses do not claim one of these brands', async () => {
  const genuine = [
    'Not sure what that restaurant is called, just google it and send me the address.',
    'Message me on WhatsApp when you land, my battery is almost dead.',
    'Hi, this is Jim Norton from accounts, the meeting moved to 3pm.',
    'Dear Mr Norton, thank you for your letter of 3 May.',
    'I committed the fix to CVS last night, please update your checkout.',
    'That blender was the best buy of the year.',
    'Pay the toll by mail if you do not have a transponder.',
  ];
  for (const text of genuine) {
    const p = await prepare({ input: text, channel: 'sms' });
    const id = p.claim?.id ?? null;
    assert.ok(!RAW.some((r) => r.id === id), `${text} -> ${id}`);
  }
  // An email from a person named Norton does not claim the Norton brand by display name.
  const mail = 'From: Jim Norton <jim.norton@example.org>\r\nTo: a@example.com\r\nSubject: Lunch\r\n\r\nSee you at noon.';
  const p = await prepare({ input: mail, channel: 'email' });
  assert.notEqual(p.claim?.id, 'norton');
});

test('published phones of the new packs are marked unverified unless the source is official', () => {
  for (const raw of RAW) {
    const pack = brandById(raw.id)!;
    for (const ph of pack.publishedPhones) if (ph.source.type !== 'official') assert.equal(ph.confidence, 'unverified', `${raw.id} ${ph.number}`);
  }
  assert.ok(brandById('us-toll-agencies')!.smsSenders.some((s) => s.id === '786727'));
  assert.ok(brandById('netflix')!.report.some((r) => r.address === 'phishing@netflix.com'));
  assert.ok(brandById('mcafee')!.report.some((r) => r.address === 'spam@mcafee.com'));
});
