import rule from './unofficial-brand-number.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: numbers without a brand claim, brand claims without numbers #1: Call me back at (415) 555-0100 when you can', message: { input: 'Call me back at (415) 555-0100 when you can', channel: 'sms' } },
    { name: 'near misses: numbers without a brand claim, brand claims without numbers #2: Amazon: your package was delivered.', message: { input: 'Amazon: your package was delivered.', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags a number given for a brand that is not the brand’s #1: Amazon Security: a charge of $499 was made. I…',
      message: { input: 'Amazon Security: a charge of $499 was made. If this was not you call 1-844-555-0199 now.', channel: 'sms' },
      hits: [
        { messageId: 'notOfficial', evidence: [{ kind: 'text', text: '1-844-555-0199', start: 69, end: 83 }], data: { number: '(844) 555-0199', brand: 'Amazon' }, strength: 0.9 },
      ],
    },
    {
      name: 'flags a number given for a brand that is not the brand’s #2: This is Microsoft Support. Your computer is i…',
      message: { input: 'This is Microsoft Support. Your computer is infected, call (415) 555-0100.', channel: 'sms' },
      hits: [
        { messageId: 'notOfficial', evidence: [{ kind: 'text', text: '(415) 555-0100', start: 59, end: 73 }], data: { number: '(415) 555-0100', brand: 'Microsoft' }, strength: 0.8 },
      ],
    },
  ],
});
