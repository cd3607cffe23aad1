import rule from './secrecy-isolation.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: bank OTP text "don\'t share it with anyone"', message: "Your code is 123456. Don't share it with anyone." },
    { name: 'near miss: a surprise party secret', message: "It's a surprise party, can you keep the secret till Friday?" },
  ],
  invalid: [
    {
      name: 'flags: don\'t tell your bank, staff may be involved',
      message: {
      input: "Caller: Don't tell your bank about this, the bank staff may be involved in the fraud.\nMe: okay",
      channel: 'call',
    },
      hits: [
        { messageId: 'secrecy', evidence: [{ kind: 'text', text: 'Don\'t tell your bank', start: 8, end: 28 }, { kind: 'text', text: 'bank staff may be involved', start: 45, end: 71 }], data: { phrase: 'Don\'t tell your bank' } },
      ],
    },
    {
      name: 'flags: keep this confidential, even from family',
      message: { input: 'Keep this investigation confidential and do not tell anyone, not even family.', channel: 'call' },
      hits: [
        { messageId: 'secrecy', evidence: [{ kind: 'text', text: 'do not tell anyone', start: 41, end: 59 }], data: { phrase: 'do not tell anyone' } },
      ],
    },
    {
      name: 'flags: stay on the line is the weaker signal',
      message: { input: 'Do not hang up. Stay on the line while you drive to the store.', channel: 'call' },
      hits: [
        { messageId: 'stayOnLine', evidence: [{ kind: 'text', text: 'Do not hang up', start: 0, end: 14 }], data: { phrase: 'Do not hang up' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: German and Spanish secrecy #1: Sagen Sie niemandem etwas davon, auch nicht I…',
      message: { input: 'Sagen Sie niemandem etwas davon, auch nicht Ihrer Bank.', channel: 'call' },
      hits: [
        { messageId: 'secrecy', evidence: [{ kind: 'text', text: 'Sagen Sie niemandem', start: 0, end: 19 }], data: { phrase: 'Sagen Sie niemandem' } },
      ],
    },
    {
      name: 'flags: German and Spanish secrecy #2: No se lo diga a nadie y no cuelgue.',
      message: { input: 'No se lo diga a nadie y no cuelgue.', channel: 'call' },
      hits: [
        { messageId: 'secrecy', evidence: [{ kind: 'text', text: 'No se lo diga a nadie', start: 0, end: 21 }, { kind: 'text', text: 'no cuelgue', start: 24, end: 34 }], data: { phrase: 'No se lo diga a nadie' } },
      ],
    },
  ],
});
