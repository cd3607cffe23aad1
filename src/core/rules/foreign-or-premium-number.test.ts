import rule from './foreign-or-premium-number.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: a home-country number, a foreign number without a brand claim #1: Amazon Security: call (415) 555-0100.', message: { input: 'Amazon Security: call (415) 555-0100.', channel: 'sms' }, options: { country: 'US' } },
    { name: 'near misses: a home-country number, a foreign number without a brand claim #2: Landed in London, call me on +44 20 7946 0958', message: { input: 'Landed in London, call me on +44 20 7946 0958', channel: 'sms' }, options: { country: 'US' } },
  ],
  invalid: [
    {
      name: 'flags premium-rate numbers',
      message: { input: 'You have won a prize! Call 09061701461 to claim.', channel: 'sms' },
      options: { country: 'GB' },
      hits: [
        { messageId: 'premium', evidence: [{ kind: 'text', text: '09061701461', start: 27, end: 38 }], data: { number: '0906 170 1461' } },
      ],
    },
    {
      name: 'flags a foreign number on a brand claim',
      message: { input: 'Amazon Security: unusual order. Call +63 2 8888 1234 to cancel.', channel: 'sms' },
      options: { country: 'US' },
      hits: [
        { messageId: 'foreign', evidence: [{ kind: 'text', text: '+63 2 8888 1234', start: 37, end: 52 }], data: { brand: 'Amazon', country: 'PH', home: 'US' }, strength: 0.7 },
      ],
    },
  ],
});
