import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './too-good-offer.js';
import { RuleTester } from './rule-tester.js';
import { runRule } from './test-utils.js';

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

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: the same words with no link and no reply, or a link to a public-sector site #1: I lost 10 pounds since January, the keto diet…', message: sms('I lost 10 pounds since January, the keto diet works!') },
    { name: 'near miss: the same words with no link and no reply, or a link to a public-sector site #2: The 3 bed house on Elm St rents for $900 a mo…', message: sms('The 3 bed house on Elm St rents for $900 a month, want to see it Saturday?') },
    { name: 'near miss: the same words with no link and no reply, or a link to a public-sector site #3: Rental help: a 2 bedroom unit at $750 per mon…', message: sms('Rental help: a 2 bedroom unit at $750 per month through the county program www.hud.gov/rent') },
    { name: 'near miss: the same words with no link and no reply, or a link to a public-sector site #4: Did you watch Shark Tank last night? So funny', message: sms('Did you watch Shark Tank last night? So funny') },
  ],
  invalid: [
    {
      name: 'flags: a reply request instead of a link',
      message: sms('Earn 300 dollars every day from home. Reply YES to learn more'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: 'Earn 300 dollars every day', start: 0, end: 26 }, { kind: 'text', text: 'Reply YES', start: 38, end: 47 }], data: { label: 'easy money', phrase: 'Earn 300 dollars every day', where: 'a reply' } },
      ],
    },
    {
      name: 'flags: the "artist wants to paint your photo" pitch on its own (a fake-check opening)',
      message: sms("Hello, I'd love to use one of your pictures to be the face of my artwork project and you will totally get paid for it"),
      hits: [
        { messageId: 'photoPitch', evidence: [{ kind: 'text', text: 'use one of your pictures to be the face of my artwork', start: 19, end: 72 }], data: { phrase: 'use one of your pictures to be the face of my artwork' } },
      ],
    },
  ],
});
