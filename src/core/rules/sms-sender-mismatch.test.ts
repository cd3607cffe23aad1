import rule from './sms-sender-mismatch.js';
import { RuleTester } from './rule-tester.js';

const sms = (input: string, from: string | null) => ({ input, channel: 'sms' as const, from });
const TEXT = 'Amazon: your account has been locked. Verify at amzn-verify.top now.';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: short codes, alphanumeric ids, texts that claim no brand #1: 262966', message: sms(TEXT, '262966') },
    { name: 'near misses: short codes, alphanumeric ids, texts that claim no brand #2: Amazon', message: sms(TEXT, 'Amazon') },
    { name: 'near misses: short codes, alphanumeric ids, texts that claim no brand #3: Your code is 123456. Don’t share it with anyone.', message: sms('Your code is 123456. Don’t share it with anyone.', '+14155550134') },
    { name: 'near misses: short codes, alphanumeric ids, texts that claim no brand #4: I ordered the lamp on Amazon, arriving Tuesday', message: sms('I ordered the lamp on Amazon, arriving Tuesday', '+14155550134') },
  ],
  invalid: [
    {
      name: 'flags a brand text from an email address or a long number #1: alert8812@icloud.com',
      message: sms(TEXT, 'alert8812@icloud.com'),
      hits: [
        { messageId: 'emailSender', evidence: [{ kind: 'header', header: 'sender', value: 'alert8812@icloud.com' }, { kind: 'text', text: 'Amazon:', start: 0, end: 7 }], data: { brand: 'Amazon', sender: 'alert8812@icloud.com' } },
      ],
    },
    {
      name: 'flags a brand text from an email address or a long number #2: +1 (415) 555-0134',
      message: sms(TEXT, '+1 (415) 555-0134'),
      hits: [
        { messageId: 'longNumber', evidence: [{ kind: 'header', header: 'sender', value: '+1 (415) 555-0134' }, { kind: 'text', text: 'Amazon:', start: 0, end: 7 }], data: { brand: 'Amazon', sender: '+14155550134' } },
      ],
    },
  ],
});
