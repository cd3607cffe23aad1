import rule from './pay-outside-platform.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: friends splitting a bill over Venmo', message: 'Hey, can you Venmo me $20 for dinner?' },
    { name: 'near miss: a receipt that names the payment method', message: { input: eml({ from: 'shop@example.net', body: 'Payment method: Bank transfer. Your order will ship soon.' }), channel: 'email' } },
    { name: 'near miss: warning not to pay outside the platform', message: 'Never pay a seller by bank transfer outside of Amazon: your order is not protected.' },
  ],
  invalid: [
    {
      name: 'flags: bank transfer to complete an Amazon order (sms)',
      message: 'Your Amazon order is on hold. Pay via bank transfer to complete your Amazon order.',
      hits: [
        { messageId: 'payOutside', evidence: [{ kind: 'text', text: 'Pay', start: 30, end: 33 }, { kind: 'text', text: 'bank transfer', start: 38, end: 51 }], data: { method: 'bank transfer' } },
      ],
    },
    {
      name: 'flags: send payment directly to the seller (email)',
      message: { input: eml({ from: 'seller@example.net', body: 'Please send payment directly to the seller via Cash App to complete your purchase.' }), channel: 'email' },
      hits: [
        { messageId: 'payOutside', evidence: [{ kind: 'text', text: 'send', start: 23, end: 27 }, { kind: 'text', text: 'directly to the seller', start: 36, end: 58 }], data: { method: 'directly to the seller' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags: PayPal friends and family for an order',
      message: 'To confirm the order, pay with PayPal friends and family so the seller can ship today.',
      hits: [
        { messageId: 'payOutside', evidence: [{ kind: 'text', text: 'pay', start: 22, end: 25 }, { kind: 'text', text: 'PayPal friends and family', start: 31, end: 56 }], data: { method: 'paypal friends and family' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags: pay by phone on a call claiming Amazon',
      message: { input: 'Caller: this is Amazon, you need to pay by phone today to release the order.\nMe: ok', channel: 'call' },
      hits: [
        { messageId: 'payOutside', evidence: [{ kind: 'text', text: 'pay', start: 36, end: 39 }, { kind: 'text', text: 'by phone', start: 40, end: 48 }], data: { method: 'by phone' } },
      ],
    },
    {
      name: 'flags: German payment outside Amazon',
      message: 'Bitte leisten Sie die Zahlung außerhalb von Amazon direkt an den Verkäufer.',
      hits: [
        { messageId: 'payOutside', evidence: [{ kind: 'text', text: 'leisten Sie die Zahlung', start: 6, end: 29 }, { kind: 'text', text: 'außerhalb von Amazon', start: 30, end: 50 }], data: { method: 'außerhalb von amazon' } },
      ],
    },
    {
      name: 'flags: Spanish transfer to the seller',
      message: 'Para completar su pedido pague por transferencia bancaria al vendedor.',
      hits: [
        { messageId: 'payOutside', evidence: [{ kind: 'text', text: 'pague', start: 25, end: 30 }, { kind: 'text', text: 'por transferencia bancaria', start: 31, end: 57 }], data: { method: 'por transferencia bancaria' }, strength: 0.7 },
      ],
    },
    {
      name: 'weak: pay by phone on a utility bill without a brand',
      message: 'Your water bill is ready. You can pay by phone or online; the invoice is attached.',
      hits: [
        { messageId: 'payOutside', evidence: [{ kind: 'text', text: 'pay', start: 34, end: 37 }, { kind: 'text', text: 'by phone', start: 38, end: 46 }], data: { method: 'by phone' }, strength: 0.4 },
      ],
    },
  ],
});
