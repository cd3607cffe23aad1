import rule from './ip-address-link.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: private addresses count little, names not at all #2: See https://www.example.org/page', message: { input: 'See https://www.example.org/page', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags links to public IP addresses',
      message: { input: 'Verify your account: http://203.0.113.45/paypal/signin', channel: 'sms' },
      hits: [
        { messageId: 'ipLink', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://203.0.113.45/paypal/signin', text: 'http://203.0.113.45/paypal/signin' }], data: { ip: '203.0.113.45' } },
      ],
    },
    {
      name: 'near misses: private addresses count little, names not at all #1: The router page is http://192.168.1.1/setup',
      message: { input: 'The router page is http://192.168.1.1/setup', channel: 'sms' },
      hits: [
        { messageId: 'ipLink', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://192.168.1.1/setup', text: 'http://192.168.1.1/setup' }], data: { ip: '192.168.1.1' }, strength: 0.2 },
      ],
    },
  ],
});
