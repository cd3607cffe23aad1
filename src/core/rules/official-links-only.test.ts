import rule from './official-links-only.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: one link elsewhere, a shortener, a user-content page, another brand, or a number to call #1: Amazon: track it at https://www.amazon.com/or…', message: 'Amazon: track it at https://www.amazon.com/orders or https://amazon-track.top/x' },
    { name: 'near miss: one link elsewhere, a shortener, a user-content page, another brand, or a number to call #2: Amazon: your parcel is waiting https://bit.ly…', message: 'Amazon: your parcel is waiting https://bit.ly/3abcd' },
    { name: 'near miss: one link elsewhere, a shortener, a user-content page, another brand, or a number to call #3: PayPal: send the fee to https://paypal.me/som…', message: 'PayPal: send the fee to https://paypal.me/somebody' },
    { name: 'near miss: one link elsewhere, a shortener, a user-content page, another brand, or a number to call #4: Amazon: sign in at https://www.paypal.com/sig…', message: 'Amazon: sign in at https://www.paypal.com/signin to keep your order' },
    { name: 'near miss: one link elsewhere, a shortener, a user-content page, another brand, or a number to call #5: Amazon: see https://www.amazon.com/orders or…', message: 'Amazon: see https://www.amazon.com/orders or call 1-888-555-0173 to cancel.' },
    { name: 'near miss: one link elsewhere, a shortener, a user-content page, another brand, or a number to call #6: Your order has shipped.', message: 'Your order has shipped.' },
  ],
  invalid: [
    {
      name: 'genuine: every link goes to the claimed brand’s own site',
      message: 'Your Amazon order has shipped. Track it at https://www.amazon.com/your-orders',
      hits: [
        { messageId: 'officialLinks', evidence: [{ kind: 'link', linkIndex: 0, href: 'https://www.amazon.com/your-orders', text: 'https://www.amazon.com/your-orders' }], data: { brand: 'Amazon', domains: 'amazon.com' }, effect: 'lower' },
      ],
    },
  ],
});
