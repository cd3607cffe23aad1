import rule from './url-shortener-link.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: ordinary links #1: Track at https://www.amazon.com/progress-tracker', message: { input: 'Track at https://www.amazon.com/progress-tracker', channel: 'sms' } },
    { name: 'near misses: ordinary links #2: Meeting notes: https://docs.example.org/notes', message: { input: 'Meeting notes: https://docs.example.org/notes', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags shortened links, more strongly on a brand claim #1: Amazon: your refund is ready, claim at https:…',
      message: { input: 'Amazon: your refund is ready, claim at https://bit.ly/3xYzAbc', channel: 'sms' },
      hits: [
        { messageId: 'shortener', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://bit.ly/3xYzAbc', text: 'https://bit.ly/3xYzAbc' }], data: { host: 'bit.ly' } },
      ],
    },
    {
      name: 'flags shortened links, more strongly on a brand claim #2: see tinyurl.com/abcd1234',
      message: { input: 'see tinyurl.com/abcd1234', channel: 'sms' },
      hits: [
        { messageId: 'shortener', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://tinyurl.com/abcd1234', text: 'tinyurl.com/abcd1234' }], data: { host: 'tinyurl.com' }, strength: 0.6 },
      ],
    },
  ],
});
