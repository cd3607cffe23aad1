import rule from './ip-address-link.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

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
    {
      name: 'an email with a public IP link, one a person is asked to pay through',
      message: { input: eml({ from: 'DHL Express <noreply@dhl-parcel-help.com>', subject: 'Your parcel is on hold', body: 'Hello,\n\nYour parcel could not be delivered. Pay the 1.99 EUR customs fee here: http://172.40.12.9/fee\n\nDHL Express' }), channel: 'email' },
      hits: [{ messageId: 'ipLink', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://172.40.12.9/fee', text: 'http://172.40.12.9/fee' }], data: { ip: '172.40.12.9' }, strength: 0.6 }],
    },
    {
      name: 'a public address just past the private 172.16-31 block: http://172.32.4.1/pay',
      message: { input: 'Final notice: your toll balance is unpaid. Pay today at http://172.32.4.1/pay to avoid a fine.', channel: 'sms' },
      hits: [{ messageId: 'ipLink', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://172.32.4.1/pay', text: 'http://172.32.4.1/pay' }], data: { ip: '172.32.4.1' }, strength: 0.6 }],
    },
    {
      name: 'a private 172.17 address (a Docker host) counts little',
      message: { input: 'The staging build is running on http://172.17.0.2:3000/ if you want to try it before the demo.', channel: 'sms' },
      hits: [{ messageId: 'ipLink', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://172.17.0.2:3000/', text: 'http://172.17.0.2:3000/' }], data: { ip: '172.17.0.2' }, strength: 0.2 }],
    },
    {
      name: 'a private 172.20 address (an office router) counts little',
      message: { input: 'Your router admin page moved to http://172.20.0.1/admin after the upgrade on Monday.', channel: 'sms' },
      hits: [{ messageId: 'ipLink', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://172.20.0.1/admin', text: 'http://172.20.0.1/admin' }], data: { ip: '172.20.0.1' }, strength: 0.2 }],
    },
    {
      name: 'the last private 172 block, 172.31, counts little',
      message: { input: 'Hi team, the test box is up at http://172.31.255.10:8080/ until Friday.', channel: 'sms' },
      hits: [{ messageId: 'ipLink', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://172.31.255.10:8080/', text: 'http://172.31.255.10:8080/' }], data: { ip: '172.31.255.10' }, strength: 0.2 }],
    },
    {
      name: 'a private IPv6 address (unique local, fd00::/8) counts little',
      message: { input: 'The new NAS is at http://[fd12:3456:789a::1]/ on the home network, log in with the usual password.', channel: 'sms' },
      hits: [{ messageId: 'ipLink', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://[fd12:3456:789a::1]/', text: 'http://[fd12:3456:789a::1]/' }], data: { ip: 'fd12:3456:789a::1' }, strength: 0.2 }],
    },
  ],
});
