import rule from './personal-voicemail.js';
import { RuleTester } from './rule-tester.js';

const call = (input: string) => ({ input, channel: 'call' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'not: scam scripts, even with a name, and greetings without one #1: Hello John, this is the IRS. A lawsuit is fil…', message: call('Hello John, this is the IRS. A lawsuit is filed against you, press 1 now.') },
    { name: 'not: scam scripts, even with a name, and greetings without one #2: Hi Mary, to claim your refund buy Google Play…', message: call('Hi Mary, to claim your refund buy Google Play gift cards and read me the numbers.') },
    { name: 'not: scam scripts, even with a name, and greetings without one #3: Hello, this is Amazon customer service about…', message: call('Hello, this is Amazon customer service about an order on your account.') },
    { name: 'not: scam scripts, even with a name, and greetings without one #4: Hello Sir, your computer has a virus, install…', message: call('Hello Sir, your computer has a virus, install AnyDesk.') },
    { name: 'not: scam scripts, even with a name, and greetings without one #5: Hi there, this is Rachel following up on the…', message: call('Hi there, this is Rachel following up on the business line of credit pre-approved for you.') },
  ],
  invalid: [
    {
      name: 'lowers: a voicemail that greets the callee by name and asks for a call back #1: Hey Richard, this is Satam calling from Thumb…',
      message: call('Hey Richard, this is Satam calling from Thumbtack. Sorry I am late. If this is still a good time, give me a call back 240 441 0717. Thanks.'),
      hits: [
        { messageId: 'greetsByName', evidence: [{ kind: 'text', text: 'Richard', start: 4, end: 11 }], data: { name: 'Richard' }, effect: 'lower' },
      ],
    },
    {
      name: 'lowers: a voicemail that greets the callee by name and asks for a call back #2: Hi, this message is for Ricky. My name is Van…',
      message: call('Hi, this message is for Ricky. My name is Van from the Ford dealer, call me back when you can.'),
      hits: [
        { messageId: 'greetsByName', evidence: [{ kind: 'text', text: 'Ricky', start: 24, end: 29 }], data: { name: 'Ricky' }, effect: 'lower' },
      ],
    },
    {
      name: 'lowers: a voicemail that greets the callee by name and asks for a call back #3: Caller: Hi, this is Maria from Riverside Dent…',
      message: call('Caller: Hi, this is Maria from Riverside Dental, calling for Alex.\nCaller: I am calling to confirm your cleaning on Tuesday.'),
      hits: [
        { messageId: 'greetsByName', evidence: [{ kind: 'text', text: 'Alex', start: 61, end: 65 }], data: { name: 'Alex' }, effect: 'lower' },
      ],
    },
  ],
});
