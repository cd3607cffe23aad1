import rule from './auth-not-checked.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: trusted results present, or no brand involved #1: auto-confirm@amazon.com', message: { input: eml({ from: 'auto-confirm@amazon.com', subject: 'Your order', body: 'x', headers: { 'Authentication-Results': 'mx.google.com; dkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com' } }), channel: 'email' } },
    { name: 'near misses: trusted results present, or no brand involved #2: bob@example.org', message: { input: eml({ from: 'bob@example.org', subject: 'Lunch', body: 'x' }), channel: 'email' } },
  ],
  invalid: [
    {
      name: 'says so when a brand message could not be authenticated #1: auto-confirm@amazon.com',
      message: { input: eml({ from: 'auto-confirm@amazon.com', subject: 'Your order', body: 'x' }), channel: 'email' },
      hits: [
        { messageId: 'notChecked', evidence: [{ kind: 'header', header: 'from', value: 'auto-confirm@amazon.com' }], data: { brand: 'Amazon' } },
      ],
    },
    {
      name: 'says so when a brand message could not be authenticated #2: "Amazon"',
      message: { input: eml({ from: '"Amazon" <a@notice.example>', subject: 'Your Amazon account', body: 'x' }), channel: 'email' },
      hits: [
        { messageId: 'notChecked', evidence: [{ kind: 'header', header: 'from', value: '"Amazon" <a@notice.example>' }], data: { brand: 'Amazon' } },
      ],
    },
  ],
});
