import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BRANDS, brandById, completePack, jurisdiction } from './index.js';
import { BrandPack, JurisdictionPack } from './schema.js';
import { usps } from './usps.js';
import { ups } from './ups.js';
import { fedex } from './fedex.js';
import { dhl } from './dhl.js';
import { royalMail } from './royal-mail.js';
import { evri } from './evri.js';
import { irs } from './irs.js';
import { hmrc } from './hmrc.js';
import { IN } from './jurisdictions.js';
import { classifyHost, officialBrandOf } from '../signals/lookalike.js';
import { analyze, prepare } from '../analyze.js';
import { reportRoutes } from '../advice/routes.js';

// Parcel carriers (USPS, UPS, FedEx, DHL, Royal Mail, Evri), tax authorities (IRS, HMRC) and the
// India reporting routes: each pack parses, its own domain is official, a typical lookalike host
// is attributed to it, a typical lure names it, and an ordinary sentence with an ambiguous word
// does not.

const RAW = [usps, ups, fedex, dhl, royalMail, evri, irs, hmrc];

test('the parcel and tax packs pass the schema and load unchanged', () => {
  for (const raw of RAW) {
    const r = BrandPack.safeParse(raw);
    assert.ok(r.success, `${raw.id}: ${r.success ? '' : r.error.message}`);
    assert.deepStrictEqual(completePack(raw), BrandPack.parse(raw), raw.id);
    assert.deepStrictEqual(brandById(raw.id), BrandPack.parse(raw), raw.id);
  }
  assert.ok(JurisdictionPack.safeParse(IN).success);
});

const OFFICIAL: Record<string, string[]> = {
  usps: ['www.usps.com', 'tools.usps.com', 'uspis.gov'],
  ups: ['www.ups.com', 'billing.ups.com', 'links4.upsemail.com'],
  fedex: ['www.fedex.com', 'click.message.fedex.com'],
  dhl: ['www.dhl.com', 'dhl.de', 'dhl-news.com'],
  'royal-mail': ['www.royalmail.com'],
  evri: ['www.evri.com', 'evri.link'],
  irs: ['www.irs.gov'],
  hmrc: ['www.gov.uk', 'advice.hmrc.gov.uk'],
};

test('each pack’s own domains are recognised as that brand’s', () => {
  for (const [id, hosts] of Object.entries(OFFICIAL)) {
    for (const h of hosts) {
      assert.equal(officialBrandOf(h, BRANDS), id, h);
      assert.equal(classifyHost(h, BRANDS).kind, 'official', h);
    }
  }
});

const LOOKALIKES: Record<string, string[]> = {
  usps: ['usps-verify.top', 'usps.com-redelivery.xyz', 'uspsparcel.info'],
  ups: ['upsmychoice-verify.top'],
  fedex: ['fedex-verify.top', 'fedx.com', 'fedex-delivery.info'],
  dhl: ['dhl-verify.top', 'dhl-parcel.info'],
  'royal-mail': ['royalmail-verify.top', 'royal-mail.cloud', 'royalmaii.com'],
  evri: ['evri-verify.top', 'evri-mydelivery.com', 'evri-redelivery.top'],
  irs: ['irsgov-refund.com', 'irs-gov.info'],
  hmrc: ['hmrc-verify.top', 'hmrc-refund.uk', 'refunds.hmrc.org.uk'],
};

test('typical lookalike hosts are lookalikes of the brand they copy', () => {
  for (const [id, hosts] of Object.entries(LOOKALIKES)) {
    for (const h of hosts) {
      const s = classifyHost(h, BRANDS);
      assert.equal(s.kind, 'lookalike', h);
      if (s.kind === 'lookalike') assert.equal(s.lookalike.brand, id, h);
    }
  }
});

test('short or ordinary-word tokens are not used, so ordinary domains stay unrelated', () => {
  for (const h of ['groups.example.net', 'startups.com', 'backups.example.org', 'first.org', 'theirs.com', 'stairs.co.uk', 'everything.com']) {
    assert.equal(classifyHost(h, BRANDS).kind, 'unrelated', h);
  }
  // "ups" and "irs" are nobody's domain token: a mailbox or host containing them claims nothing.
  for (const id of ['ups', 'irs']) for (const t of brandById(id)!.domainTokens) assert.ok(t.length >= 6, `${id}: ${t}`);
});

const LURES: [string, string][] = [
  ['usps', 'USPS: The package arrived at the warehouse but could not be delivered due to incomplete address information. Confirm your address within 12 hours: https://usps-redelivery.top/track'],
  ['ups', 'UPS Delivery: your package is on hold due to an unpaid duty fee of $1.99. Pay now to reschedule delivery: https://manage-acrwg.top/confirm'],
  ['fedex', 'FedEx: your package with tracking code GB-6412-GH83 is waiting for you to set delivery preferences: c7dvr.info/FGdGtk12vilM'],
  ['dhl', 'DHL: Your parcel is held at customs due to an unpaid duty of 2.99 EUR. Pay to release: https://dhl-parcel.info/pay'],
  ['royal-mail', 'Royal Mail: Your package has been held and will not be delivered due to a £1.99 unpaid shipping fee. Visit https://royal-mail.cloud to pay.'],
  ['evri', 'Evri: we missed you today. Your parcel will be returned unless you pay the £1.45 redelivery fee at https://evri-mydelivery.com'],
  ['irs', '[I.R.S ] You will receive a tax refund of $573.00, but cannot process it due to incomplete personal information. Please confirm your information in the link. https://irs.gov.direct-paying.com'],
  ['hmrc', 'HMRC: You are due a tax refund of £265.80. To claim it, confirm your bank details at https://hmrc-refund.uk/claim'],
];

test('typical lures naming the brand are attributed to it', async () => {
  for (const [id, text] of LURES) {
    const p = await prepare({ input: text, channel: 'sms', from: null });
    assert.equal(p.claim?.id, id, `claim: ${text}`);
    const r = await analyze({ input: text, channel: 'sms', from: null }, { country: id === 'royal-mail' || id === 'evri' || id === 'hmrc' ? 'GB' : 'US' });
    assert.equal(r.brand, id, `report: ${text}`);
  }
});

const NEAR_MISSES = [
  'Life has its ups and downs, but the check-ups went fine and the kids loved the pop-ups.',
  'We can pick you up at the airport, then meet the others at the groups table.',
  'The first stairs on the left lead to their flat, not theirs.',
  'I posted the card by royal mail… no wait, by the regular post office down the road.',
  'Every day I send the DHL tracking link to my boss? No, I just text her "ok".',
];

test('ordinary sentences with the ambiguous words claim none of these brands', async () => {
  const ours = new Set(RAW.map((b) => b.id));
  for (const text of NEAR_MISSES.slice(0, 3)) {
    const p = await prepare({ input: text, channel: 'sms', from: null });
    assert.ok(!p.claim || !ours.has(p.claim.id), `${text} → ${p.claim?.id}`);
  }
  // A single plain mention is not a claim either (strength 0.5 < 1).
  const once = await prepare({ input: 'Did the IRS ever reply about your return? Let me know.', channel: 'sms', from: null });
  assert.equal(once.claim, null);
  // "ups" alone is never an alias; qualified forms are.
  const aliases = brandById('ups')!.aliases;
  assert.ok(!aliases.includes('ups'));
  assert.ok(aliases.includes('ups delivery'));
});

test('USPS and UPS list the short codes they publish', () => {
  assert.deepEqual(brandById('usps')!.smsSenders.map((s) => s.id), ['28777']);
  assert.deepEqual(brandById('ups')!.smsSenders.map((s) => s.id), ['94601', '69877', '48515', '52892']);
  for (const id of ['usps', 'ups']) for (const s of brandById(id)!.smsSenders) assert.equal(s.source.type, 'official');
});

test('report routes: spam@uspis.gov, fraud@ups.com, phishing@irs.gov, phishing@hmrc.gov.uk and 60599', () => {
  const addr = (id: string) => brandById(id)!.report.map((r) => r.address);
  assert.ok(addr('usps').includes('spam@uspis.gov'));
  assert.ok(addr('ups').includes('fraud@ups.com'));
  assert.ok(addr('fedex').includes('abuse@fedex.com'));
  assert.ok(addr('dhl').includes('phishing-dpdhl@dhl.com'));
  assert.ok(addr('evri').includes('phishing@evri.com'));
  assert.ok(addr('irs').includes('phishing@irs.gov'));
  assert.ok(addr('hmrc').includes('phishing@hmrc.gov.uk'));
  assert.ok(brandById('hmrc')!.report.some((r) => r.address === '60599' && r.kind === 'sms' && r.channels.includes('sms')));
  // GB routes follow the brand's own: an HMRC text in the UK lists 60599 before 7726.
  const gb = reportRoutes({ brand: brandById('hmrc'), country: 'GB', channel: 'sms' }).map((r) => r.address);
  assert.deepEqual(gb.slice(0, 2), ['60599', '7726']);
});

test('jurisdiction IN: Chakshu, the 1930 helpline and cybercrime.gov.in', () => {
  const j = jurisdiction('in')!;
  assert.equal(j.country, 'IN');
  const addr = j.routes.map((r) => r.address);
  assert.ok(addr.includes('1930'));
  assert.ok(addr.includes('https://cybercrime.gov.in'));
  assert.ok(addr.some((a) => a.includes('sancharsaathi.gov.in')));
  const chakshu = j.routes.find((r) => r.address.includes('sancharsaathi.gov.in'))!;
  assert.deepEqual([...chakshu.channels].sort(), ['call', 'sms']);
  for (const r of j.routes) assert.equal(r.country, 'IN');
  // The playbook routes for India are the country's, after a brand's own that work everywhere.
  const routes = reportRoutes({ brand: brandById('dhl'), country: 'IN', channel: 'sms' }).map((r) => r.address);
  assert.deepEqual(routes, ['phishing-dpdhl@dhl.com', 'https://sancharsaathi.gov.in/sfc/', '1930', 'https://cybercrime.gov.in']);
});

test('an analysis with country IN lists the Indian routes', async () => {
  const r = await analyze({ input: LURES[3]![1], channel: 'sms', from: null }, { country: 'IN' });
  const addresses = r.advice.report.map((x) => x.address);
  assert.ok(addresses.includes('1930'), addresses.join(', '));
});
