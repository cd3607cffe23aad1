import rule from './unpaid-toll-pretext.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: toll-agency statement without a link or threat', message: 'E-ZPass NY: your statement is ready. Balance due $12.50 by 03/15. Log in to your account to view it.' },
    { name: 'near miss: road-trip chat about tolls', message: 'The turnpike tolls were crazy, we paid like $20 total. See you tonight!' },
  ],
  invalid: [
    {
      name: 'flags: E-ZPass unpaid toll balance with a late fee and a link',
      message: 'E-ZPass: You have an unpaid toll balance of $6.99. Pay by 11/12 to avoid a late fee of $50.00: https://ezpass-tolls.top/pay',
      hits: [
        { messageId: 'unpaidToll', evidence: [{ kind: 'text', text: 'E-ZPass', start: 0, end: 7 }, { kind: 'text', text: 'unpaid toll balance', start: 21, end: 40 }, { kind: 'text', text: '$6.99', start: 44, end: 49 }, { kind: 'text', text: 'avoid a late fee', start: 67, end: 83 }, { kind: 'text', text: 'https://ezpass-tolls.top/pay', start: 95, end: 123 }], data: { phrase: 'unpaid toll balance' } },
      ],
    },
    {
      name: 'flags: toll services outstanding amount with a link only',
      message: 'Toll Services: We have noticed an outstanding toll amount of $12.51 on your record. Visit https://toll-pay.top to settle your balance.',
      hits: [
        { messageId: 'unpaidToll', evidence: [{ kind: 'text', text: 'Toll Services', start: 0, end: 13 }, { kind: 'text', text: 'outstanding toll amount', start: 34, end: 57 }, { kind: 'text', text: '$12.51', start: 61, end: 67 }, { kind: 'text', text: 'https://toll-pay.top', start: 90, end: 110 }], data: { phrase: 'outstanding toll amount' }, strength: 0.75 },
      ],
    },
    {
      name: 'flags: SunPass licence suspension threat',
      message: 'SunPass Final Notice: unpaid balance of $4.35. Pay now to avoid registration suspension.',
      hits: [
        { messageId: 'unpaidToll', evidence: [{ kind: 'text', text: 'SunPass', start: 0, end: 7 }, { kind: 'text', text: 'unpaid balance', start: 22, end: 36 }, { kind: 'text', text: '$4.35', start: 40, end: 45 }, { kind: 'text', text: 'registration suspension', start: 64, end: 87 }], data: { phrase: 'unpaid balance' }, strength: 0.75 },
      ],
    },
  ],
});
