import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BRANDS } from '../brands/index.js';
import type { BrandPack } from '../brands/schema.js';
import { isOfficialSenderDomain, isOfficialWebDomain, isUserContentHost } from './claim.js';

// The domain checks use cached sets and a walk over parent domains; they must answer exactly as the
// plain rule "the host is an entry, or ends with a dot and an entry".

const plain = (domain: string, list: readonly string[]) => {
  const d = domain.toLowerCase();
  return list.some((x) => d === x || d.endsWith(`.${x}`));
};

function hostsFor(pack: BrandPack): string[] {
  const base = [...pack.officialWebDomains, ...pack.officialSenderDomains, ...pack.userContentHosts.map((u) => u.host)];
  const out = ['', '.', 'com', 'co.uk', 'example.com', 'evil-amazon.com.top', 'a..b'];
  for (const d of base) {
    out.push(d, d.toUpperCase(), `www.${d}`, `a.b.${d}`, `x${d}`, `${d}.evil.top`, `.${d}`, `${d}.`, d.slice(1), d.replace('.', '-'));
  }
  return out;
}

test('domain checks answer as the plain suffix rule, for every brand and many hosts', () => {
  let matched = 0;
  for (const pack of BRANDS) {
    const user = pack.userContentHosts.map((u) => u.host);
    for (const host of hostsFor(pack)) {
      const sender = !!host && plain(host, pack.officialSenderDomains);
      const ugc = !!host && plain(host, user);
      const web = !!host && plain(host, pack.officialWebDomains) && !ugc;
      assert.equal(isOfficialSenderDomain(pack, host), sender, `${pack.id} sender ${host}`);
      assert.equal(isUserContentHost(pack, host), ugc, `${pack.id} user content ${host}`);
      assert.equal(isOfficialWebDomain(pack, host), web, `${pack.id} web ${host}`);
      if (web) matched++;
    }
  }
  assert.ok(matched > 20, `official hosts are recognised (${matched})`);
});

test('a pack that is not frozen is read afresh, so a changed list takes effect', () => {
  const pack = structuredClone(BRANDS[0]!) as BrandPack;
  (pack.officialWebDomains as string[]).splice(0, pack.officialWebDomains.length, 'example.org');
  assert.equal(isOfficialWebDomain(pack, 'www.example.org'), true);
  (pack.officialWebDomains as string[])[0] = 'example.net';
  assert.equal(isOfficialWebDomain(pack, 'www.example.org'), false);
  assert.equal(isOfficialWebDomain(pack, 'shop.example.net'), true);
});

test('a text that opens with the brand as its header speaks as the brand; a name later in a sentence does not', async () => {
  const { prepare } = await import('../analyze.js');
  const claim = async (t: string) => (await prepare({ input: t, channel: 'sms' })).claim;
  const lead = await claim('Home Depot Offer + E$ http://offer.example/x');
  assert.equal(lead?.id, 'home-depot');
  assert.ok(lead!.strength >= 2, String(lead!.strength));
  assert.equal((await claim('USPS: Your package is on hold.'))?.id, 'usps');
  // Later in the sentence, or not followed by a header word: a mention, not a claim.
  assert.equal(await claim('Costco run later? I need eggs'), null);
  assert.equal(await claim('I went to Home Depot today for paint'), null);
});

test('a flagged lure that names a brand once is attributed to it; a genuine mention is not', async () => {
  const { analyze } = await import('../analyze.js');
  const lure = await analyze({ channel: 'sms', input: 'Summer giveaway from Home Depot! Claim your $90 reward card now: http://prize-claims.example.top/x' });
  assert.notEqual(lure.verdict, 'no_red_flags');
  assert.equal(lure.brand, 'home-depot');
  const chat = await analyze({ channel: 'sms', input: 'Hi, we loved the picnic. See you at Home Depot on Saturday?' });
  assert.equal(chat.verdict, 'no_red_flags');
  assert.equal(chat.brand, null);
  // A disguised name counts; a plain lower-case word that happens to resemble one does not.
  const disguised = await analyze({ channel: 'sms', input: 'NETFIX_ID 0734: your subscription is on hold, renew your bill now at http://renew-bill.example.top/a' });
  assert.notEqual(disguised.verdict, 'no_red_flags');
  assert.equal(disguised.brand, 'netflix');
  // A product named in a lure is not the sender.
  const product = await analyze({ channel: 'sms', input: 'You won an Apple iPhone 15! Claim it now at http://prize-claims.example.top/win' });
  assert.notEqual(product.brand, 'apple');
});
