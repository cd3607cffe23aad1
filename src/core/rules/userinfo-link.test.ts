import rule from './userinfo-link.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: ordinary links and e-mail addresses #1: Write to help@example.org or see https://exam…', message: { input: 'Write to help@example.org or see https://example.org/help', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags a domain-looking user name before @',
      message: { input: eml({ from: 'x@example.org', subject: 'Hi', html: '<a href="http://www.amazon.com@203.0.113.9/login">Sign in</a>' }), channel: 'email' },
      hits: [
        { messageId: 'userinfo', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://www.amazon.com@203.0.113.9/login', text: 'Sign in' }], data: { userinfo: 'www.amazon.com', host: '203.0.113.9' } },
      ],
    },
    {
      name: 'near misses: ordinary links and e-mail addresses #2: x@example.org',
      message: { input: eml({ from: 'x@example.org', subject: 'Hi', html: '<a href="https://build@ci.example.org/job">job</a>' }), channel: 'email' },
      hits: [
        { messageId: 'userinfo', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://build@ci.example.org/job', text: 'job' }], data: { userinfo: 'build', host: 'ci.example.org' }, strength: 0.5 },
      ],
    },
  ],
});
