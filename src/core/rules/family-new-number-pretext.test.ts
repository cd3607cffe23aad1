import rule from './family-new-number-pretext.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: ordinary family texts #1', message: "Hi Mum, I'll be home late tonight, save me some dinner x" },
    { name: 'near miss: ordinary family texts #2: This is my new number, save it. Sam', message: 'This is my new number, save it. Sam' },
  ],
  invalid: [
    {
      name: 'flags: Hi Mum, dropped my phone, new number, WhatsApp',
      message: 'Hi Mum, I dropped my phone and this is my new number. Can you message me on WhatsApp?',
      hits: [
        { messageId: 'newNumber', evidence: [{ kind: 'text', text: 'Hi Mum', start: 0, end: 6 }, { kind: 'text', text: 'dropped my phone', start: 10, end: 26 }, { kind: 'text', text: 'Can you message me', start: 54, end: 72 }], data: { phrase: 'dropped my phone' } },
      ],
    },
    {
      name: 'flags: Hello Dad with a delete-the-old-number story',
      message: 'Hello Dad, my phone is broken so you can delete the old number and save this one.',
      hits: [
        { messageId: 'newNumber', evidence: [{ kind: 'text', text: 'Hello Dad', start: 0, end: 9 }, { kind: 'text', text: 'my phone is broken', start: 11, end: 29 }], data: { phrase: 'my phone is broken' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: German Hallo Mama, neue Nummer',
      message: 'Hallo Mama, das ist meine neue Nummer, mein Handy ist kaputt. Schreib mir auf WhatsApp.',
      hits: [
        { messageId: 'newNumber', evidence: [{ kind: 'text', text: 'Hallo Mama', start: 0, end: 10 }, { kind: 'text', text: 'meine neue Nummer', start: 20, end: 37 }, { kind: 'text', text: 'Schreib mir auf WhatsApp', start: 62, end: 86 }], data: { phrase: 'meine neue Nummer' } },
      ],
    },
  ],
});
