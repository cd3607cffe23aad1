import rule from './shock-bait-link.js';
import { RuleTester } from './rule-tester.js';

const sms = (input: string) => ({ input, channel: 'sms' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'sad news from a friend with no link', message: sms('Look who just died, our old landlord. The funeral is on Friday.') },
    { name: 'a friend shares a photo with no link', message: sms('Is this you in the photo from the wedding? You look great') },
    { name: 'shock words with a link to a brand pack site', message: sms('Is this you in this video? https://www.youtube.com/watch?v=abc123') },
  ],
  invalid: [
    {
      name: '"look who died" with a link to an unknown site',
      message: sms('Look who died in an accident, I think you know him https://x-example.us/news7'),
      hits: [
        { messageId: 'shockBait', evidence: [{ kind: 'text', text: 'Look who died', start: 0, end: 13 }, { kind: 'link', linkIndex: 0, href: 'https://x-example.us/news7', text: 'https://x-example.us/news7' }], data: { phrase: 'Look who died', where: 'a link to x-example.us' } },
      ],
    },
    {
      name: '"is this you in this video?" with a link to an unknown site',
      message: sms('omg is this you in this video?? x-example.live/v/22'),
      hits: [
        { messageId: 'shockBait', evidence: [{ kind: 'text', text: 'is this you in this video', start: 4, end: 29 }, { kind: 'link', linkIndex: 0, href: 'http://x-example.live/v/22', text: 'x-example.live/v/22' }], data: { phrase: 'is this you in this video', where: 'a link to x-example.live' } },
      ],
    },
  ],
});
