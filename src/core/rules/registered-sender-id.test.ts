import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './registered-sender-id.js';
import { RuleTester } from './rule-tester.js';
import { runRule } from './test-utils.js';

const sms = (input: string, from: string) => ({ input, channel: 'sms' as const, from });

test('genuine, stronger: a sender the claimed brand lists as its own', async () => {
  const { BRANDS } = await import('../brands/index.js');
  const amazon = BRANDS.find((b) => b.id === 'amazon')!;
  const withSender = { ...amazon, smsSenders: [{ id: '262966', kind: 'short-code' as const, country: 'US', source: amazon.sources[0]! }] };
  const brands = BRANDS.map((b) => (b.id === 'amazon' ? withSender : b));
  const hits = await runRule(rule, sms('Amazon: your order has shipped.', '262966'), { brands });
  assert.deepEqual(hits.map((h) => [h.messageId, h.data?.brand, h.strength ?? 1]), [['brandSender', 'Amazon', 1]]);
  // The same short code with a text that claims no brand is only a short code.
  assert.equal((await runRule(rule, sms('Your order has shipped.', '262966'), { brands }))[0]!.messageId, 'shortCode');
});

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: ordinary numbers, email addresses, no sender, over-long names #1: Your order has shipped.', message: sms('Your order has shipped.', '+1 415 555 0123') },
    { name: 'near miss: ordinary numbers, email addresses, no sender, over-long names #2: Your order has shipped.', message: sms('Your order has shipped.', '07700900123') },
    { name: 'near miss: ordinary numbers, email addresses, no sender, over-long names #3: Your order has shipped.', message: sms('Your order has shipped.', 'scam@example.com') },
    { name: 'near miss: ordinary numbers, email addresses, no sender, over-long names #4: Your order has shipped.', message: sms('Your order has shipped.', 'A-VERY-LONG-SENDER-NAME') },
    { name: 'near miss: ordinary numbers, email addresses, no sender, over-long names #5: Your order has shipped.', message: 'Your order has shipped.' },
  ],
  invalid: [
    {
      name: 'genuine: an Indian DLT header, a short code, a sender name — in decreasing strength #1: Rs 500 debited from a/c XX1234.',
      message: sms('Rs 500 debited from a/c XX1234.', 'VM-ICICIB'),
      hits: [
        { messageId: 'dltHeader', evidence: [{ kind: 'header', header: 'sender', value: 'VM-ICICIB' }], data: { sender: 'VM-ICICIB' }, strength: 0.8, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: an Indian DLT header, a short code, a sender name — in decreasing strength #2: Your order has shipped.',
      message: sms('Your order has shipped.', '262966'),
      hits: [
        { messageId: 'shortCode', evidence: [{ kind: 'header', header: 'sender', value: '262966' }], data: { sender: '262966' }, strength: 0.7, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: an Indian DLT header, a short code, a sender name — in decreasing strength #3: Your order has shipped.',
      message: sms('Your order has shipped.', 'Amazon'),
      hits: [
        { messageId: 'alphanumeric', evidence: [{ kind: 'header', header: 'sender', value: 'Amazon' }], data: { sender: 'Amazon' }, strength: 0.45, effect: 'lower' },
      ],
    },
  ],
});
