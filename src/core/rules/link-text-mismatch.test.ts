import rule from './link-text-mismatch.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const html = (body: string) => ({ input: eml({ from: 'x@example.org', subject: 'Hi', html: body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: same site, same brand, wrapped genuine link, plain words #1: amazon.com', message: html('<a href="https://www.amazon.com/orders?ref=x">amazon.com</a>') },
    { name: 'near misses: same site, same brand, wrapped genuine link, plain words #2: www.amazon.com', message: html('<a href="https://www.amazon.co.uk/orders">www.amazon.com</a>') },
    { name: 'near misses: same site, same brand, wrapped genuine link, plain words #3: <a href="', message: html(`<a href="${`https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://github.com/org/repo')}&data=1`}">github.com/org/repo</a>`) },
    { name: 'near misses: same site, same brand, wrapped genuine link, plain words #4: Click here', message: html('<a href="https://evil.example/">Click here</a>') },
  ],
  invalid: [
    {
      name: 'flags a shown brand address that goes elsewhere #1: Log in at www.paypal.com',
      message: html('<p>Log in at <a href="http://paypal-check.top/x">www.paypal.com</a></p>'),
      hits: [
        { messageId: 'mismatch', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://paypal-check.top/x', text: 'www.paypal.com' }], data: { shown: 'paypal.com', target: 'paypal-check.top' } },
      ],
    },
    {
      name: 'flags a shown brand address that goes elsewhere #2: https://docs.example.org/report',
      message: html('<a href="https://evil.example/">https://docs.example.org/report</a>'),
      hits: [
        { messageId: 'mismatch', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://evil.example/', text: 'https://docs.example.org/report' }], data: { shown: 'example.org', target: 'evil.example' }, strength: 0.6 },
      ],
    },
  ],
});
