import rule from './open-redirect-link.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: a Google wrapper (unwrapped), same-site return URLs, redirects to the brand #1: https://www.google.com/url?q=', message: { input: `https://www.google.com/url?q=${encodeURIComponent('https://example.org/a')}`, channel: 'sms' } },
    { name: 'near misses: a Google wrapper (unwrapped), same-site return URLs, redirects to the brand #2: https://login.example.org/?next=https://www.e…', message: { input: 'https://login.example.org/?next=https://www.example.org/home', channel: 'sms' } },
    { name: 'near misses: a Google wrapper (unwrapped), same-site return URLs, redirects to the brand #3: https://click.example.net/?url=https://www.am…', message: { input: 'https://click.example.net/?url=https://www.amazon.com/deals', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags a redirect parameter leading to a lookalike',
      message: { input: 'Sign in: https://tracking.example.net/r?url=https://amaz0n-login.top/ap', channel: 'sms' },
      hits: [
        { messageId: 'redirect', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://tracking.example.net/r?url=https://amaz0n-login.top/ap', text: 'https://tracking.example.net/r?url=https://amaz0n-login.top/ap' }], data: { host: 'tracking.example.net', target: 'amaz0n-login.top' } },
      ],
    },
  ],
});
