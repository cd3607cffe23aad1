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
    { name: 'near misses: a lookalike host is left to lookalike-link-domain', message: html('"Amazon" <no-reply@mailer.example>', 'Your Amazon account is locked', '<p>Verify now: <a href="https://amaz0n-secure.com/verify">Verify</a></p>') },
    { name: 'near misses: a brand order mail with its social and unsubscribe footer links', message: html('"Amazon" <no-reply@mailer.example>', 'Your Amazon order', '<p><a href="https://www.amazon.com/orders">Your orders</a></p><p><a href="https://www.facebook.com/amazon">Facebook</a> <a href="https://list-manage.example/unsubscribe?id=1">Unsubscribe</a></p>') },
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
    {
      name: 'flags: a brand mail linking to a bare IP address',
      message: html('"Amazon" <no-reply@mailer.example>', 'Your Amazon account is locked', '<p>Verify now: <a href="http://203.0.113.9/amazon/verify">Verify</a></p>'),
      hits: [
        { messageId: 'offBrand', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://203.0.113.9/amazon/verify', text: 'Verify' }], data: { brand: 'Amazon', domain: '203.0.113.9', count: 1 } },
      ],
    },
    {
      name: 'flags: a brand promotion with a partner shop beside the brand’s own link counts little',
      message: html('"Amazon" <deals@mailer.example>', 'Amazon deals of the day', '<p><a href="https://www.amazon.com/deals">Today’s deals</a> <a href="https://garden-direct.example/chairs">Garden chairs from our partner</a></p>'),
      hits: [
        { messageId: 'offBrand', evidence: [{ kind: 'link', linkIndex: 1, href: 'https://garden-direct.example/chairs', text: 'Garden chairs from our partner' }], data: { brand: 'Amazon', domain: 'garden-direct.example', count: 1 }, strength: 0.3 },
      ],
    },
    {
      name: 'flags: a sign-in page off the brand’s site stays strong even beside a brand link',
      message: html('"Amazon" <deals@mailer.example>', 'Amazon deals of the day', '<p><a href="https://www.amazon.com/deals">Today’s deals</a> <a href="https://garden-direct.example/login">Sign in to claim</a></p>'),
      hits: [
        { messageId: 'offBrand', evidence: [{ kind: 'link', linkIndex: 1, href: 'https://garden-direct.example/login', text: 'Sign in to claim' }], data: { brand: 'Amazon', domain: 'garden-direct.example', count: 1 } },
      ],
    },
    {
      name: 'flags: another brand’s official link does not soften the finding',
      message: html('"Amazon" <no-reply@mailer.example>', 'Your Amazon order', '<p><a href="https://www.google.com/maps">Find the locker</a> <a href="https://parcel-locker.top/pay">Pay the locker fee</a></p>'),
      hits: [
        { messageId: 'offBrand', evidence: [{ kind: 'link', linkIndex: 1, href: 'https://parcel-locker.top/pay', text: 'Pay the locker fee' }], data: { brand: 'Amazon', domain: 'parcel-locker.top', count: 1 } },
      ],
    },
    {
      name: 'flags: two off-brand links, the first one shown',
      message: html('"PayPal" <service@notice.example>', 'Your PayPal account is limited', '<p><a href="https://resolve-case.top/case">Resolve the case</a> or <a href="https://case-center.example/open">open it here</a></p>'),
      hits: [
        { messageId: 'offBrand', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://resolve-case.top/case', text: 'Resolve the case' }], data: { brand: 'PayPal', domain: 'resolve-case.top', count: 2 } },
      ],
    },
  ],
});
