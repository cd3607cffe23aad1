import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDomain } from 'tldts';
import { BRANDS, JURISDICTIONS, brandById, completePack, jurisdiction } from './index.js';
import { amazon } from './amazon.js';
import { apple } from './apple.js';
import { microsoft } from './microsoft.js';
import { paypal } from './paypal.js';
import { GB, US } from './jurisdictions.js';
import { BrandPack, JurisdictionPack, StatementTopic, type SourceData } from './schema.js';
import { STAGE_IDS } from '../advice/stages.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STAGES: readonly string[] = STAGE_IDS;

function assertSource(s: SourceData, where: string): void {
  assert.match(s.url, /^https?:\/\/[^\s/]+\.[^\s/]+/, `${where}: source URL`);
  assert.match(s.checked, ISO_DATE, `${where}: checked date`);
  assert.ok(!Number.isNaN(Date.parse(s.checked)), `${where}: checked is a real date`);
  assert.ok(s.checked <= '2026-12-31', `${where}: checked date is not in the future`);
}

test('every raw pack passes the schema', () => {
  for (const raw of [amazon, apple, microsoft, paypal]) {
    const r = BrandPack.safeParse(raw);
    assert.ok(r.success, `${raw.id}: ${r.success ? '' : r.error.message}`);
  }
  for (const raw of [US, GB]) assert.ok(JurisdictionPack.safeParse(raw).success, raw.country);
});

test('the packs as loaded (without zod) equal what the schema parses from them', () => {
  for (const raw of [amazon, apple, microsoft, paypal]) {
    assert.deepStrictEqual(completePack(raw), BrandPack.parse(raw), raw.id);
    assert.deepStrictEqual(brandById(raw.id), BrandPack.parse(raw), raw.id);
  }
  for (const raw of [US, GB]) assert.deepStrictEqual(jurisdiction(raw.country), JurisdictionPack.parse(raw), raw.country);
  // A pack that leaves the optional lists out gets them empty, as the schema's defaults say.
  const bare = { ...amazon, userContentHosts: undefined, senderHeaderHints: undefined, afterEngagement: undefined, hardening: undefined, publishedPhones: undefined, giftCardNames: undefined };
  assert.deepStrictEqual(completePack(bare), BrandPack.parse(bare));
});

test('the schema rejects a broken pack', () => {
  assert.equal(BrandPack.safeParse({ ...amazon, officialWebDomains: ['https://Amazon.com'] }).success, false);
  const badSource = { ...amazon.statements[0], source: { url: 'not a url', type: 'official', checked: '2026-11-25' } };
  assert.equal(BrandPack.safeParse({ ...amazon, statements: [badSource] }).success, false);
  const badType = { ...amazon.statements[0], source: { ...amazon.statements[0]!.source, type: 'rumour' } };
  assert.equal(BrandPack.safeParse({ ...amazon, statements: [badType] }).success, false);
});

test('BRANDS is sorted by id and frozen', () => {
  // Sorted, and the first four packs are there; more packs join the list as they are added.
  const ids = BRANDS.map((b) => b.id);
  assert.deepEqual(ids, [...ids].sort());
  for (const id of ['amazon', 'apple', 'microsoft', 'paypal']) assert.ok(ids.includes(id), id);
  assert.ok(Object.isFrozen(BRANDS));
  assert.ok(Object.isFrozen(BRANDS[0]!.officialWebDomains));
  assert.equal(brandById('paypal')?.name, 'PayPal');
  assert.equal(brandById('ebay'), undefined);
});

test('every statement, route, phone, hint and user-content host has a source URL and date', () => {
  for (const b of BRANDS) {
    assert.ok(b.sources.length > 0, b.id);
    b.sources.forEach((s, i) => assertSource(s, `${b.id} sources[${i}]`));
    for (const s of b.statements) assertSource(s.source, `${b.id} statement ${s.topic}`);
    for (const r of b.report) assertSource(r.source, `${b.id} route ${r.name}`);
    for (const p of b.publishedPhones) assertSource(p.source, `${b.id} phone ${p.number}`);
    for (const h of b.senderHeaderHints) assertSource(h.source, `${b.id} header ${h.header}`);
    for (const u of b.userContentHosts) assertSource(u.source, `${b.id} host ${u.host}`);
  }
  for (const j of JURISDICTIONS) for (const r of j.routes) assertSource(r.source, `${j.country} route ${r.name}`);
});

test('no unverified phone is ever marked official', () => {
  let phones = 0;
  for (const b of BRANDS) {
    for (const p of b.publishedPhones) {
      phones++;
      if (p.source.type !== 'official') {
        assert.equal(p.confidence, 'unverified', `${b.id} ${p.number}: confidence must follow the source`);
      }
      if (p.confidence === 'unverified') assert.match(p.note, /never show/i, `${b.id} ${p.number}: note warns`);
      assert.match(p.number, /^\+\d{7,15}$/, `${b.id} ${p.number}: E.164`);
    }
  }
  assert.ok(phones > 0, 'the packs carry at least one published phone to check');
  const amazonPhone = brandById('amazon')?.publishedPhones.find((p) => p.number === '+18882804331');
  assert.equal(amazonPhone?.confidence, 'unverified');
});

test('unverified facts never back a statement presented as the brand’s word', () => {
  for (const b of BRANDS) {
    for (const s of b.statements) assert.notEqual(s.source.type, 'unverified', `${b.id} ${s.topic}`);
  }
});

function registrableIn(list: readonly string[], host: string): boolean {
  const d = getDomain(host);
  return !!d && list.includes(d);
}

test('domain lists hold lower-case registrable domains only, without duplicates', () => {
  for (const b of BRANDS) {
    for (const list of [b.officialWebDomains, b.officialSenderDomains]) {
      assert.equal(new Set(list).size, list.length, `${b.id}: duplicates`);
      for (const d of list) {
        assert.equal(d, d.toLowerCase(), d);
        assert.equal(getDomain(d), d, `${b.id}: ${d} is not a registrable domain`);
      }
    }
    for (const u of b.userContentHosts) {
      assert.ok(registrableIn(b.officialWebDomains, u.host), `${b.id}: ${u.host} sits inside an official web domain`);
    }
  }
});

test('Amazon store and Pay hosts resolve to official web domains; lookalikes and unverified stores do not', () => {
  const a = brandById('amazon')!;
  assert.ok(a.officialWebDomains.includes('amazon.com'));
  assert.ok(a.officialWebDomains.includes('amazon.co.uk'));
  for (const host of ['pay.amazon.com', 'www.amazon.co.uk', 'smile.amazon.de', 'sellercentral.amazon.co.jp', 'www.amazon.com.br']) {
    assert.ok(registrableIn(a.officialWebDomains, host), host);
  }
  for (const host of ['amazon.com.secure-login.net', 'amazon-support.com', 'amazon.ie', 'amazon.co.za', 'amazonaws.com', 's3.amazonaws.com']) {
    assert.ok(!registrableIn(a.officialWebDomains, host), host);
  }
  assert.ok(!a.officialSenderDomains.includes('amazonses.com'), 'SES is open to any sender');
  assert.ok(a.senderHeaderHints.some((h) => h.header === 'X-Amazon-Mail-Relay-Type' && h.value === 'notification'));
});

test('free mailbox domains are never official sender domains', () => {
  const free = ['outlook.com', 'live.com', 'hotmail.com', 'icloud.com', 'gmail.com'];
  for (const b of BRANDS) for (const d of free) assert.ok(!b.officialSenderDomains.includes(d), `${b.id}: ${d}`);
});

test('every brand has verify steps for email, sms and call', () => {
  for (const b of BRANDS) {
    for (const ch of ['email', 'sms', 'call'] as const) {
      assert.ok(b.verify[ch].length > 0, `${b.id} ${ch}`);
      for (const s of b.verify[ch]) if (s.url) assert.ok(registrableIn(b.officialWebDomains, new URL(s.url).hostname), `${b.id}: ${s.url}`);
    }
    assert.match(b.verify.call.map((s) => s.text).join(' '), /hang up/i, `${b.id}: call advice says hang up`);
  }
});

test('every brand has brand-specific steps for every engagement stage', () => {
  for (const b of BRANDS) {
    for (const stage of STAGES) assert.ok((b.afterEngagement[stage]?.length ?? 0) > 0, `${b.id}: ${stage}`);
    for (const k of Object.keys(b.afterEngagement)) assert.ok(STAGES.includes(k), `${b.id}: unknown stage ${k}`);
  }
});

test('every statement topic is used by at least one brand', () => {
  const used = new Set(BRANDS.flatMap((b) => b.statements.map((s) => s.topic)));
  const missing = StatementTopic.options.filter((t) => !used.has(t));
  assert.deepEqual(missing, []);
});

test('statements read as paraphrases, not verbatim quotes', () => {
  for (const b of BRANDS) {
    for (const s of b.statements) {
      assert.ok(!/^["“']/.test(s.text) && !/["”']$/.test(s.text), `${b.id} ${s.topic}: looks quoted`);
      // FTC guidance must say it is the FTC speaking, not the brand (attribution: regulators.test.ts).
      if (!s.source.url.includes(`${b.id}.`) && /ftc\.gov|militaryconsumer\.gov/.test(s.source.url)) {
        assert.match(s.text, /FTC/, `${b.id} ${s.topic}: FTC statement names the FTC`);
      }
    }
  }
});

test('Amazon report routes: reportascam form per country, then the email addresses', () => {
  const a = brandById('amazon')!;
  const us = a.report.find((r) => r.country === 'US' && r.kind === 'web');
  const gb = a.report.find((r) => r.country === 'GB' && r.kind === 'web');
  assert.equal(us?.address, 'https://www.amazon.com/reportascam');
  assert.equal(gb?.address, 'https://www.amazon.co.uk/reportascam');
  const emails = a.report.filter((r) => r.kind === 'email').map((r) => r.address);
  assert.deepEqual(emails, ['reportascam@amazon.com', 'stop-spoofing@amazon.com']);
  assert.deepEqual(a.giftCardNames, ['Amazon gift card', 'Amazon.com gift card', 'Amazon card']);
});

test('jurisdictions: US and UK routes', () => {
  const countries = JURISDICTIONS.map((j) => j.country);
  assert.deepEqual(countries, [...countries].sort());
  for (const cc of ['GB', 'US']) assert.ok(countries.includes(cc), cc);
  const us = jurisdiction('us')!;
  const addr = us.routes.map((r) => r.address);
  for (const a of ['https://reportfraud.ftc.gov', '7726', 'https://www.ic3.gov', 'https://www.identitytheft.gov', '+18773824357']) {
    assert.ok(addr.includes(a), `US: ${a}`);
  }
  assert.ok(us.routes.some((r) => r.address === '7726' && r.channels.includes('sms')));
  const gb = jurisdiction('UK')!;
  assert.equal(gb.country, 'GB');
  const gbAddr = gb.routes.map((r) => r.address);
  for (const a of ['report@phishing.gov.uk', '7726', '+443001232040', '159', '101']) assert.ok(gbAddr.includes(a), `GB: ${a}`);
  assert.ok(gb.routes.some((r) => r.address === '7726' && r.channels.includes('call') && /call/i.test(r.how)));
  assert.equal(jurisdiction('FR'), undefined);
  for (const j of JURISDICTIONS) for (const r of j.routes) assert.equal(r.country, j.country);
});

test('aliases are lower-case and unambiguous words stay out', () => {
  const banned = ['prime', 'windows', 'outlook', 'kindle', 'hotmail', 'app store'];
  for (const b of BRANDS) {
    for (const a of b.aliases) {
      assert.equal(a, a.toLowerCase(), `${b.id}: ${a}`);
      assert.ok(!banned.includes(a), `${b.id}: ambiguous alias ${a}`);
    }
  }
});
