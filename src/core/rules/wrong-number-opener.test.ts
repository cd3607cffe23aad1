import rule from './wrong-number-opener.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: personal chat stays clean #1: Hi, are you home?', message: 'Hi, are you home?' },
    { name: 'near miss: personal chat stays clean #2: Is this ok? I can change it tonight.', message: 'Is this ok? I can change it tonight.' },
    { name: 'near miss: personal chat stays clean #3: WHO ARE YOU SEEING?', message: 'WHO ARE YOU SEEING?' },
    { name: 'near miss: personal chat stays clean #4: Hey babe, can you pick up milk on the way home?', message: 'Hey babe, can you pick up milk on the way home?' },
    { name: 'near miss: personal chat stays clean #5: Long time no see! Dinner on Friday?', message: 'Long time no see! Dinner on Friday?' },
    { name: 'near miss: personal chat stays clean #6: How r u man? All good in Wales.', message: 'How r u man? All good in Wales.' },
    { name: 'near miss: personal chat stays clean #7: Are You Excited? Pre-approved credit up to Rs…', message: 'Are You Excited? Pre-approved credit up to Rs.70,000 with Pay Later!' },
    { name: 'near miss: the opener rule does not read emails', message: { input: 'Is this Vince?', channel: 'email' } },
    // The same words between people who know each other ask for nothing and link nowhere.
    { name: 'dating and adult bait from a stranger, with a link or a reply request #5: Are you still single, Tom? Mum keeps asking m…', message: { input: 'Are you still single, Tom? Mum keeps asking me lol', channel: 'sms' } },
    { name: 'dating and adult bait from a stranger, with a link or a reply request #6: wanna see the new movie tonight?', message: { input: 'wanna see the new movie tonight?', channel: 'sms' } },
    { name: 'adult-bait words in a friend\'s chat with no link and no reply request: check me out', message: { input: 'Can you send me the photos from the party? Check me out in the second one haha', channel: 'sms' } },
    { name: 'adult-bait words in a friend\'s chat with no link and no reply request: wanna see?', message: { input: 'Wanna see? The new puppy is asleep on the couch', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags: "Hi, is this Vince?" is a weak hint on its own',
      message: 'Hi, is this Vince?',
      hits: [
        { messageId: 'mistakenIdentity', evidence: [{ kind: 'text', text: 'is this Vince?', start: 4, end: 18 }], data: { phrase: 'is this Vince?' }, strength: 0.5 },
      ],
    },
    {
      name: 'flags: golf opener with a self-introduction is stronger',
      message: "Hi, are you who played golf with me last time? I'm Lisa",
      hits: [
        { messageId: 'mistakenIdentity', evidence: [{ kind: 'text', text: 'are you who played golf with me last time', start: 4, end: 45 }, { kind: 'text', text: 'I\'m Lisa', start: 47, end: 55 }], data: { phrase: 'are you who played golf with me last time' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags: sorry, wrong number; long time no see with an introduction #1: Sorry, I think I texted the wrong number. Hav…',
      message: 'Sorry, I think I texted the wrong number. Have a nice day!',
      hits: [
        { messageId: 'mistakenIdentity', evidence: [{ kind: 'text', text: 'Sorry, I think I texted the wrong number', start: 0, end: 40 }], data: { phrase: 'Sorry, I think I texted the wrong number' }, strength: 0.5 },
      ],
    },
    {
      name: 'flags: sorry, wrong number; long time no see with an introduction #2',
      message: "Hi Julianne long time no see, I'm Aleen, how are you doing",
      hits: [
        { messageId: 'strangerReconnect', evidence: [{ kind: 'text', text: 'long time no see', start: 12, end: 28 }, { kind: 'text', text: 'I\'m Aleen', start: 30, end: 39 }], data: { phrase: 'long time no see' }, strength: 0.6000000000000001 },
      ],
    },
    {
      name: 'flags: a pet name with a link; a stranger introduction with a contact request and a link #1: Hey babe, here are my new pics, msg me... htt…',
      message: 'Hey babe, here are my new pics, msg me... http://pics-gallery.top/x1',
      hits: [
        { messageId: 'strangerEndearment', evidence: [{ kind: 'text', text: 'Hey babe', start: 0, end: 8 }, { kind: 'text', text: 'msg me', start: 32, end: 38 }, { kind: 'text', text: 'http://pics-gallery.top/x1', start: 42, end: 68 }], data: { phrase: 'Hey babe' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: a pet name with a link; a stranger introduction with a contact request and a link #2: Hi there, this is Hillary. Lets meet for drin…',
      message: 'Hi there, this is Hillary. Lets meet for drinks? Txt me: http://meet-me.top/h',
      hits: [
        { messageId: 'strangerIntro', evidence: [{ kind: 'text', text: 'this is Hillary', start: 10, end: 25 }, { kind: 'text', text: 'Lets meet', start: 27, end: 36 }, { kind: 'text', text: 'http://meet-me.top/h', start: 57, end: 77 }], data: { phrase: 'this is Hillary' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: Spanish wrong number',
      message: 'Perdón, número equivocado. ¿Eres tú Carmen?',
      hits: [
        { messageId: 'mistakenIdentity', evidence: [{ kind: 'text', text: 'número equivocado', start: 8, end: 25 }], data: { phrase: 'número equivocado' }, strength: 0.5 },
      ],
    },
    {
      name: 'dating and adult bait from a stranger, with a link or a reply request #1: You got an intimate invite from Sarah. Read w…',
      message: { input: 'You got an intimate invite from Sarah. Read what she said now: http://x-example.com/E2Ysk70', channel: 'sms' },
      hits: [
        { messageId: 'datingBait', evidence: [{ kind: 'text', text: 'an intimate invite', start: 8, end: 26 }, { kind: 'text', text: 'http://x-example.com/E2Ysk70', start: 63, end: 91 }], data: { phrase: 'an intimate invite' }, strength: 0.8 },
      ],
    },
    {
      name: 'dating and adult bait from a stranger, with a link or a reply request #2: are you still single? Check out my latest sna…',
      message: { input: 'are you still single? Check out my latest snaps x-example.pw/snlXX', channel: 'sms' },
      hits: [
        { messageId: 'datingBait', evidence: [{ kind: 'text', text: 'are you still single', start: 0, end: 20 }, { kind: 'text', text: 'x-example.pw/snlXX', start: 48, end: 66 }], data: { phrase: 'are you still single' }, strength: 0.8 },
      ],
    },
    {
      name: 'dating and adult bait from a stranger, with a link or a reply request #3: ll get your first allowance today if you',
      message: { input: "Are you interested being my text buddy and getting $300 a week? You'll get your first allowance today if you're serious", channel: 'sms' },
      hits: [
        { messageId: 'datingBait', evidence: [{ kind: 'text', text: 'being my text buddy', start: 19, end: 38 }], data: { phrase: 'being my text buddy' }, strength: 0.6 },
      ],
    },
    {
      name: 'dating and adult bait from a stranger, with a link or a reply request #4: My good friend is single. Now she wants to ma…',
      message: { input: 'My good friend is single. Now she wants to marry a man over 28. If you are interested, Reply the number 1', channel: 'sms' },
      hits: [
        { messageId: 'datingBait', evidence: [{ kind: 'text', text: 'My good friend is single', start: 0, end: 24 }], data: { phrase: 'My good friend is single' }, strength: 0.6 },
      ],
    },
    {
      name: 'adult-content spam: new pictures on a private page, with a link',
      message: { input: 'Hey, I just posted new hot pics on my private page, take a look: x-example.net/p7', channel: 'sms' },
      hits: [
        { messageId: 'datingBait', evidence: [{ kind: 'text', text: 'new hot pics on my private page', start: 19, end: 50 }, { kind: 'text', text: 'x-example.net/p7', start: 65, end: 81 }], data: { phrase: 'new hot pics on my private page' }, strength: 0.8 },
      ],
    },
    {
      name: 'adult-content spam: lonely housewives near you, with a link',
      message: { input: 'Lonely housewives in your area want to chat tonight. Join free: x-example.club/j2', channel: 'sms' },
      hits: [
        { messageId: 'datingBait', evidence: [{ kind: 'text', text: 'Lonely housewives', start: 0, end: 17 }, { kind: 'text', text: 'x-example.club/j2', start: 64, end: 81 }], data: { phrase: 'Lonely housewives' }, strength: 0.8 },
      ],
    },
  ],
});
