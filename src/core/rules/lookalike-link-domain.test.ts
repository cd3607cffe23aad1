import rule from './lookalike-link-domain.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const sms = (input: string) => ({ input, channel: 'sms' as const });
const html = (body: string) => ({ input: eml({ from: 'x@example.org', subject: 'Hi', html: body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: brand links, unrelated links, shop pages naming a brand #1: Track at https://www.amazon.co.uk/progress-tr…', message: sms('Track at https://www.amazon.co.uk/progress-tracker') },
    { name: 'near misses: brand links, unrelated links, shop pages naming a brand #2: Menu: https://www.applebees.com/en/menu', message: sms('Menu: https://www.applebees.com/en/menu') },
    { name: 'near misses: brand links, unrelated links, shop pages naming a brand #3: iPhone cases', message: html('<a href="https://shop.example/cases/apple-iphone-15">iPhone cases</a>') },
  ],
  invalid: [
    {
      name: 'flags lookalike link hosts #1: Your parcel is held: https://amazon.co.jp.acc…',
      message: sms('Your parcel is held: https://amazon.co.jp.account-verify.xyz/login'),
      hits: [
        { messageId: 'lookalike', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://amazon.co.jp.account-verify.xyz/login', text: 'https://amazon.co.jp.account-verify.xyz/login' }], data: { domain: 'amazon.co.jp.account-verify.xyz', brand: 'Amazon', imitates: 'amazon.com', technique: 'brand-in-subdomain' }, strength: 0.9 },
      ],
    },
    {
      name: 'flags lookalike link hosts #2: Verify: http://paypa1.com/signin',
      message: sms('Verify: http://paypa1.com/signin'),
      hits: [
        { messageId: 'lookalike', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://paypa1.com/signin', text: 'http://paypa1.com/signin' }], data: { domain: 'paypa1.com', brand: 'PayPal', imitates: 'paypal.com', technique: 'homoglyph' } },
      ],
    },
    {
      name: 'flags lookalike link hosts #3: Apple ID',
      message: html('<a href="https://xn--pple-43d.com/id">Apple ID</a>'),
      hits: [
        { messageId: 'lookalike', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://xn--pple-43d.com/id', text: 'Apple ID' }], data: { domain: 'аpple.com', brand: 'Apple', imitates: 'apple.com', technique: 'idn-homoglyph' } },
      ],
    },
    {
      name: 'flags a brand in the path of a sign-in page',
      message: sms('Update now: https://secure-check.top/www.amazon.co.jp/ap/signin'),
      hits: [
        { messageId: 'brandInPath', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://secure-check.top/www.amazon.co.jp/ap/signin', text: 'https://secure-check.top/www.amazon.co.jp/ap/signin' }], data: { domain: 'secure-check.top', token: 'www.amazon.co.jp', brand: 'Amazon' }, strength: 0.5 },
      ],
    },
  ],
});
