import rule from './disguised-text.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: whole words in Cyrillic or Greek are not disguises', message: 'Привет, как дела? Γειά σου. Amazon order shipped.' },
    { name: 'near miss: accented Latin is not a disguise', message: 'Café crème, naïve façade, Amazon.' },
    { name: 'near miss: mis-decoded punctuation after words (a trailing Cyrillic letter) is not a disguise', message: 'The bison\u0412 roam Alaska\u0412 and the industry\u0412 is booming' },
    { name: 'near misses: abbreviations, links, product codes and text-speak #1: Meet at 5 p.m. e.g. the cafe; see www.example…', message: { input: 'Meet at 5 p.m. e.g. the cafe; see www.example.com/x, my MP3 player, 4G, B2B, COVID19, H1N1', channel: 'sms' } },
    { name: 'near misses: abbreviations, links, product codes and text-speak #2: ok see u at 7.30 lol. gr8 thx. C u l8r. W0w!', message: { input: 'ok see u at 7.30 lol. gr8 thx. C u l8r. W0w!', channel: 'sms' } },
    // Email keeps only the look-alike-letter check (file names and code are common there).
    { name: 'near misses: abbreviations, links, product codes and text-speak #3: Subject: x Your paymen.t for la.st month was…', message: { input: 'Subject: x\n\nYour paymen.t for la.st month was pa.id, a sur.prise p.resent', channel: 'email' } },
    { name: 'near miss: missing spaces after full stops in a long personal text', message: { input: 'For me the love should start with attraction.i should feel that I need her every time around me.she should be the first thing which comes in my thoughts.I would start the day and end it with her.she should be there every time I dream.love will be then when my every breath has her name.my life should happen around her.', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags: brand name with a Cyrillic А',
      message: 'Your \u0410mazon account is on hold. Verify now.',
      hits: [
        { messageId: 'disguisedBrand', evidence: [{ kind: 'text', text: 'Amazon', start: 5, end: 11 }], data: { word: 'Аmazon' } },
      ],
    },
    {
      name: 'flags: scam words with Cyrillic р and е, and other rules still see the folded words',
      message: { input: eml({ from: 'x@y.example', subject: 'Cry\u0440to is restrict\u0435d', body: 'Act now' }) },
      hits: [
        { messageId: 'disguisedWords', evidence: [{ kind: 'text', text: 'Crypto', start: 9, end: 15 }, { kind: 'text', text: 'restricted', start: 19, end: 29 }], data: { count: 2, word: 'Cryрto' } },
      ],
    },
    {
      name: 'a text with words broken up by dots or spelt with digits for letters #1: Your paymen.t for la.st month was pa.id. Than…',
      message: { input: 'Your paymen.t for la.st month was pa.id. Thank you, this is a sur.prise p.resent for you: w3ngz-example.com/6blDog8jzc', channel: 'sms' },
      hits: [
        { messageId: 'brokenWords', evidence: [{ kind: 'text', text: 'paymen.t', start: 5, end: 13 }, { kind: 'text', text: 'la.st', start: 18, end: 23 }, { kind: 'text', text: 'pa.id', start: 34, end: 39 }, { kind: 'text', text: 'sur.prise', start: 62, end: 71 }, { kind: 'text', text: 'p.resent', start: 72, end: 80 }], data: { count: 5, word: 'paymen.t' } },
      ],
    },
    {
      name: 'a text with words broken up by dots or spelt with digits for letters #2: T W0RRY, we will he!p you to F!x it", channel:',
      message: { input: "Y0U FED3R4L RETURN W4S B4N. D0N'T W0RRY, we will he!p you to F!x it", channel: 'sms' },
      hits: [
        { messageId: 'brokenWords', evidence: [{ kind: 'text', text: 'Y0U', start: 0, end: 3 }, { kind: 'text', text: 'FED3R4L', start: 4, end: 11 }, { kind: 'text', text: 'W0RRY', start: 34, end: 39 }, { kind: 'text', text: 'he!p', start: 49, end: 53 }], data: { count: 4, word: 'Y0U' }, strength: 0.6 },
      ],
    },
  ],
});
