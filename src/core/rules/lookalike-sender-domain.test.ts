import rule from './lookalike-sender-domain.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (from: string, headers?: Record<string, string>) => ({ input: eml({ from, subject: 'Hello', body: 'Hi', headers }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: the brand’s own and unrelated domains #1: "Amazon"', message: mail('"Amazon" <auto-confirm@amazon.com>') },
    { name: 'near misses: the brand’s own and unrelated domains #2: x@marketplace.amazon.co.uk', message: mail('x@marketplace.amazon.co.uk') },
    { name: 'near misses: the brand’s own and unrelated domains #3: bob@applebees.com', message: mail('bob@applebees.com') },
    { name: 'near misses: the brand’s own and unrelated domains #4: ann@example.org', message: mail('ann@example.org') },
  ],
  invalid: [
    {
      name: 'flags lookalike From domains #1: "Amazon"',
      message: mail('"Amazon" <no-reply@arnazon.com>'),
      hits: [
        { messageId: 'lookalike', evidence: [{ kind: 'header', header: 'from', value: '"Amazon" <no-reply@arnazon.com>' }], data: { header: 'from', domain: 'arnazon.com', brand: 'Amazon', imitates: 'amazon.com', technique: 'homoglyph' }, strength: 0.95 },
      ],
    },
    {
      name: 'flags lookalike From domains #2: x@amazon.co.uk.verify-id.top',
      message: mail('x@amazon.co.uk.verify-id.top'),
      hits: [
        { messageId: 'lookalike', evidence: [{ kind: 'header', header: 'from', value: 'x@amazon.co.uk.verify-id.top' }], data: { header: 'from', domain: 'amazon.co.uk.verify-id.top', brand: 'Amazon', imitates: 'amazon.com', technique: 'brand-in-subdomain' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags lookalike From domains #3: x@paypal-resolution-center.com',
      message: mail('x@paypal-resolution-center.com'),
      hits: [
        { messageId: 'lookalike', evidence: [{ kind: 'header', header: 'from', value: 'x@paypal-resolution-center.com' }], data: { header: 'from', domain: 'paypal-resolution-center.com', brand: 'PayPal', imitates: 'paypal.com', technique: 'brand-keyword' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags a lookalike Reply-To and a lookalike SMS sender address #1: Shop',
      message: mail('Shop <news@shop.example>', { 'Reply-To': 'help@micros0ft-support.com' }),
      hits: [
        { messageId: 'lookalike', evidence: [{ kind: 'header', header: 'reply-to', value: 'help@micros0ft-support.com' }], data: { header: 'reply-to', domain: 'micros0ft-support.com', brand: 'Microsoft', imitates: 'microsoft.com', technique: 'brand-keyword' }, strength: 0.75 },
      ],
    },
    {
      name: 'flags a lookalike Reply-To and a lookalike SMS sender address #2: Your parcel is waiting',
      message: { input: 'Your parcel is waiting', channel: 'sms', from: 'info@amaz0n-delivery.com' },
      hits: [
        { messageId: 'lookalike', evidence: [{ kind: 'header', header: 'sender', value: 'info@amaz0n-delivery.com' }], data: { header: 'sender', domain: 'amaz0n-delivery.com', brand: 'Amazon', imitates: 'amazon.com', technique: 'brand-keyword' }, strength: 0.75 },
      ],
    },
  ],
});
