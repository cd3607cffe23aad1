import rule from './off-brand-link.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const html = (from: string, subject: string, body: string) => ({ input: eml({ from, subject, html: body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: brand links, wrapped brand links, footer links, no claim #1: "Amazon"', message: html('"Amazon" <no-reply@mailer.example>', 'Your Amazon order', '<a href="https://www.amazon.co.uk/gp/css/order-history">Orders</a> <a href="https://www.facebook.com/amazon">Facebook</a>') },
    { name: 'near misses: brand links, wrapped brand links, footer links, no claim #2: "Amazon"', message: html('"Amazon" <no-reply@mailer.example>', 'Your Amazon order', `<a href="${`https://www.google.com/url?q=${encodeURIComponent('https://www.amazon.com/your-orders')}`}">Orders</a> <a href="https://lists.example.net/u?id=1">Unsubscribe</a>`) },
    { name: 'near misses: brand links, wrapped brand links, footer links, no claim #3: Bob', message: html('Bob <bob@example.org>', 'Photos', '<a href="https://photos.example.net/album">album</a>') },
    { name: 'near misses: brand links, wrapped brand links, footer links, no claim #4: Your code is 123456. See example.com/help', message: { input: 'Your code is 123456. See example.com/help', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'a brand mail linking to a host where anyone can publish (Microsoft Forms)',
      message: html('"Microsoft 365" <no-reply@mailer.example>', 'Your Microsoft password expires today', '<p>Keep your password: <a href="https://forms.office.com/r/AbC123">Keep password</a></p>'),
      hits: [
        { messageId: 'userContent', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://forms.office.com/r/AbC123', text: 'Keep password' }], data: { brand: 'Microsoft', host: 'forms.office.com' } },
      ],
    },
    {
      name: 'flags a brand claim linking to another site #1: "Amazon"',
      message: html('"Amazon" <no-reply@mailer.example>', 'Your Amazon account is on hold', '<p>Sign in: <a href="https://secure-check.top/login">Sign in</a></p>'),
      hits: [
        { messageId: 'offBrand', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://secure-check.top/login', text: 'Sign in' }], data: { brand: 'Amazon', domain: 'secure-check.top', count: 1 } },
      ],
    },
    {
      name: 'flags a brand claim linking to another site #2: Amazon: your parcel is held. Pay the fee at p…',
      message: { input: 'Amazon: your parcel is held. Pay the fee at parcel-fee.top/amz', channel: 'sms' },
      hits: [
        { messageId: 'offBrand', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://parcel-fee.top/amz', text: 'parcel-fee.top/amz' }], data: { brand: 'Amazon', domain: 'parcel-fee.top', count: 1 } },
      ],
    },
    {
      name: 'unwraps a Safe Links wrapper to judge the real target',
      message: html('"PayPal" <service@notice.example>', 'Your PayPal account', `<a href="${`https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://resolve-case.top/case')}&data=x`}">Resolve</a>`),
      hits: [
        { messageId: 'offBrand', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fresolve-case.top%2Fcase&data=x', text: 'Resolve' }], data: { brand: 'PayPal', domain: 'resolve-case.top', count: 1 } },
      ],
    },
  ],
});
