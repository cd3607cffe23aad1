import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './too-good-offer.js';
import { ids, runRule } from './test-utils.js';

const sms = (input: string) => ({ input, channel: 'sms' as const });

test('flags: miracle pills, cheap houses, easy money and celebrity bait with a link to an unknown site', async () => {
  for (const t of [
    'Drop Thirty Pounds in Less Than Thirty Days! See how and try it for no cost: slimfast-x.top/a1',
    'No more gym! Take 1 keto pill before bed and lose the excess weight https://pills-shop.online/k',
    '3bedr00m / 2bath only $364 a month ready for you NOW!! click here approvedlink.info/pvK',
    'NEWS: 530-month for a 3bed:2bath house in your area No credit needed. click here houses-now.xyz/VH7',
    'Get Paid! Only takes 2 minutes http://boardingma.shop/fEX',
    'We are looking for drivers who can plaster their Car with our sticker for an advert and Earn 500 bucks every week. visit http://wrapcars.top/x',
    'Oprah is doing her biggest giveaway, claim yours: oprah-gift.top/v1',
  ]) {
    const hits = await runRule(rule, sms(t));
    assert.deepEqual(hits.map((h) => h.messageId), ['offer'], t);
    assert.ok(hits[0]!.evidence.some((e) => e.kind === 'link'), t);
  }
});

test('flags: a reply request instead of a link', async () => {
  assert.deepEqual(await ids(rule, sms('Earn 300 dollars every day from home. Reply YES to learn more')), ['offer']);
});

test('flags: the "artist wants to paint your photo" pitch on its own (a fake-check opening)', async () => {
  const hits = await runRule(rule, sms("Hello, I'd love to use one of your pictures to be the face of my artwork project and you will totally get paid for it"));
  assert.deepEqual(hits.map((h) => h.messageId), ['photoPitch']);
});

test('near miss: the same words with no link and no reply, or a link to a public-sector site', async () => {
  assert.deepEqual(await ids(rule, sms('I lost 10 pounds since January, the keto diet works!')), []);
  assert.deepEqual(await ids(rule, sms('The 3 bed house on Elm St rents for $900 a month, want to see it Saturday?')), []);
  assert.deepEqual(await ids(rule, sms('Rental help: a 2 bedroom unit at $750 per month through the county program www.hud.gov/rent')), []);
  assert.deepEqual(await ids(rule, sms('Did you watch Shark Tank last night? So funny')), []);
});
