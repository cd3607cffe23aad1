import rule from './too-good-offer.js';
import { RuleTester } from './rule-tester.js';

const sms = (input: string) => ({ input, channel: 'sms' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: the same words with no link and no reply, or a link to a public-sector site #1: I lost 10 pounds since January, the keto diet…', message: sms('I lost 10 pounds since January, the keto diet works!') },
    { name: 'near miss: the same words with no link and no reply, or a link to a public-sector site #2: The 3 bed house on Elm St rents for $900 a mo…', message: sms('The 3 bed house on Elm St rents for $900 a month, want to see it Saturday?') },
    { name: 'near miss: the same words with no link and no reply, or a link to a public-sector site #3: Rental help: a 2 bedroom unit at $750 per mon…', message: sms('Rental help: a 2 bedroom unit at $750 per month through the county program www.hud.gov/rent') },
    { name: 'near miss: the same words with no link and no reply, or a link to a public-sector site #4: Did you watch Shark Tank last night? So funny', message: sms('Did you watch Shark Tank last night? So funny') },
    { name: 'a friend\'s news with diet words, no link and no reply: fit into my old jeans', message: sms('Finally fit into my old jeans again! Thanks for the running tips') },
  ],
  invalid: [
    {
      name: 'flags: miracle pills, cheap houses, easy money and celebrity bait with a link to an unknown site #1: Drop Thirty Pounds in Less Than Thirty D',
      message: sms('Drop Thirty Pounds in Less Than Thirty Days! See how and try it for no cost: slimfast-x.top/a1'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: 'Drop Thirty Pounds', start: 0, end: 18 }, { kind: 'link', linkIndex: 0, href: 'http://slimfast-x.top/a1', text: 'slimfast-x.top/a1' }], data: { label: 'a miracle health product', phrase: 'Drop Thirty Pounds', where: 'a link to slimfast-x.top' } },
      ],
    },
    {
      name: 'flags: miracle pills, cheap houses, easy money and celebrity bait with a link to an unknown site #2: No more gym! Take 1 keto pill before bed',
      message: sms('No more gym! Take 1 keto pill before bed and lose the excess weight https://pills-shop.online/k'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: 'keto pill', start: 20, end: 29 }, { kind: 'link', linkIndex: 0, href: 'https://pills-shop.online/k', text: 'https://pills-shop.online/k' }], data: { label: 'a miracle health product', phrase: 'keto pill', where: 'a link to pills-shop.online' } },
      ],
    },
    {
      name: 'flags: miracle pills, cheap houses, easy money and celebrity bait with a link to an unknown site #3: 3bedr00m / 2bath only $364 a month ready',
      message: sms('3bedr00m / 2bath only $364 a month ready for you NOW!! click here approvedlink.info/pvK'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: '3bedr00m / 2bath only $364 a month', start: 0, end: 34 }, { kind: 'link', linkIndex: 0, href: 'http://approvedlink.info/pvK', text: 'approvedlink.info/pvK' }], data: { label: 'a home at a price far below rent', phrase: '3bedr00m / 2bath only $364 a month', where: 'a link to approvedlink.info' } },
      ],
    },
    {
      name: 'flags: miracle pills, cheap houses, easy money and celebrity bait with a link to an unknown site #4: NEWS: 530-month for a 3bed:2bath house i',
      message: sms('NEWS: 530-month for a 3bed:2bath house in your area No credit needed. click here houses-now.xyz/VH7'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: '530-month for a 3bed', start: 6, end: 26 }, { kind: 'link', linkIndex: 0, href: 'http://houses-now.xyz/VH7', text: 'houses-now.xyz/VH7' }], data: { label: 'a home at a price far below rent', phrase: '530-month for a 3bed', where: 'a link to houses-now.xyz' } },
      ],
    },
    {
      name: 'flags: miracle pills, cheap houses, easy money and celebrity bait with a link to an unknown site #5: Get Paid! Only takes 2 minutes http://bo',
      message: sms('Get Paid! Only takes 2 minutes http://boardingma.shop/fEX'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: 'Get Paid! Only takes 2 minutes', start: 0, end: 30 }, { kind: 'link', linkIndex: 0, href: 'http://boardingma.shop/fEX', text: 'http://boardingma.shop/fEX' }], data: { label: 'easy money', phrase: 'Get Paid! Only takes 2 minutes', where: 'a link to boardingma.shop' } },
      ],
    },
    {
      name: 'flags: miracle pills, cheap houses, easy money and celebrity bait with a link to an unknown site #6: We are looking for drivers who can plast',
      message: sms('We are looking for drivers who can plaster their Car with our sticker for an advert and Earn 500 bucks every week. visit http://wrapcars.top/x'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: 'Car with our sticker for an advert and Earn', start: 49, end: 92 }, { kind: 'link', linkIndex: 0, href: 'http://wrapcars.top/x', text: 'http://wrapcars.top/x' }], data: { label: 'easy money', phrase: 'Car with our sticker for an advert and Earn', where: 'a link to wrapcars.top' } },
      ],
    },
    {
      name: 'flags: miracle pills, cheap houses, easy money and celebrity bait with a link to an unknown site #7: Oprah is doing her biggest giveaway, cla',
      message: sms('Oprah is doing her biggest giveaway, claim yours: oprah-gift.top/v1'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: 'Oprah', start: 0, end: 5 }, { kind: 'link', linkIndex: 0, href: 'http://oprah-gift.top/v1', text: 'oprah-gift.top/v1' }], data: { label: 'a celebrity', phrase: 'Oprah', where: 'a link to oprah-gift.top' } },
      ],
    },
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
    {
      name: 'weight-loss pitch written with a spaced dash (25 - lbs), with a link to an unknown shop',
      message: sms('Lose 25 - lbs before summer with one simple trick: x-example.shop/slim'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: 'Lose 25 - lbs', start: 0, end: 13 }, { kind: 'link', linkIndex: 0, href: 'http://x-example.shop/slim', text: 'x-example.shop/slim' }], data: { label: 'a miracle health product', phrase: 'Lose 25 - lbs', where: 'a link to x-example.shop' } },
      ],
    },
    {
      name: '"the easy way to lose weight", with a link to an unknown shop',
      message: sms('The easy way to lose weight without a gym. Start here x-example.store/a1'),
      hits: [
        { messageId: 'offer', evidence: [{ kind: 'text', text: 'easy way to lose weight', start: 4, end: 27 }, { kind: 'link', linkIndex: 0, href: 'http://x-example.store/a1', text: 'x-example.store/a1' }], data: { label: 'a miracle health product', phrase: 'easy way to lose weight', where: 'a link to x-example.store' } },
      ],
    },
  ],
});
