import rule from './unexpected-order-charge.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: ordinary order confirmation without amount or denial hook', message: 'Thanks, your order has been placed. We will email you when it ships.' },
    { name: 'near miss: password-reset mail that says "if you did not request this"', message: { input: eml({ from: 'noreply@forum.example.org', subject: 'Password reset', body: "Someone asked to reset your forum password. If you didn't request this, ignore this mail." }), channel: 'email' } },
    { name: 'near miss: shop talk about buying a laptop', message: 'I finally bought the laptop we talked about, it arrives Tuesday.' },
    { name: 'near miss: a card alert whose "Not you? Call" number is the bank’s published one #1: Chase: $25.00 debit card transaction at STARB…', message: { input: 'Chase: $25.00 debit card transaction at STARBUCKS. Not you? Call 1-800-935-9935', channel: 'sms' } },
    { name: 'near miss: a card alert whose "Not you? Call" number is the bank’s published one #2: Not you? Call us on +18888107503 to update yo…', message: { input: 'Not you? Call us on +18888107503 to update your details.', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags: iPhone order robocall with "if you did not authorize"',
      message: {
      input: 'There is an order placed for Apple iPhone 14 Pro using your Amazon account for $1,499. If you do not authorize this order, press 1.',
      channel: 'call',
    },
      hits: [
        { messageId: 'unauthorizedOrder', evidence: [{ kind: 'text', text: 'order placed for', start: 12, end: 28 }, { kind: 'text', text: 'If you do not authorize this', start: 87, end: 115 }, { kind: 'text', text: 'iPhone 14 Pro', start: 35, end: 48 }, { kind: 'text', text: '$1,499', start: 79, end: 85 }], data: { phrase: 'If you do not authorize this', item: 'iPhone 14 Pro', amount: 'USD 1499.00' } },
      ],
    },
    {
      name: 'flags: your account was charged (SMS)',
      message: 'Your card was charged $899.00 for a MacBook Air. Not you? Call 1-888-555-0199 to cancel.',
      hits: [
        { messageId: 'orderNotice', evidence: [{ kind: 'text', text: 'Your card was charged', start: 0, end: 21 }, { kind: 'text', text: 'MacBook Air', start: 36, end: 47 }, { kind: 'text', text: '$899.00', start: 22, end: 29 }], data: { phrase: 'Your card was charged', item: 'MacBook Air', amount: 'USD 899.00' }, strength: 0.7000000000000001 },
      ],
    },
    {
      name: 'flags: German and Spanish unauthorized purchases #1: Eine Bestellung über 1.299,00 € wurde aufgege…',
      message: 'Eine Bestellung über 1.299,00 € wurde aufgegeben. Falls Sie diese Bestellung nicht getätigt haben, stornieren Sie sie hier.',
      hits: [
        { messageId: 'unauthorizedOrder', evidence: [{ kind: 'text', text: 'Bestellung über 1.299,00 € wurde aufgegeben', start: 5, end: 48 }, { kind: 'text', text: 'Falls Sie diese Bestellung nicht getätigt', start: 50, end: 91 }, { kind: 'text', text: '1.299,00 €', start: 21, end: 31 }], data: { phrase: 'Falls Sie diese Bestellung nicht getätigt', amount: 'EUR 1299.00' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: German and Spanish unauthorized purchases #2: Se ha realizado un cargo de 899 € en su cuent…',
      message: 'Se ha realizado un cargo de 899 € en su cuenta. Si no reconoce esta compra, llame ahora.',
      hits: [
        { messageId: 'unauthorizedOrder', evidence: [{ kind: 'text', text: 'Se ha realizado un cargo', start: 0, end: 24 }, { kind: 'text', text: 'Si no reconoce esta compra', start: 48, end: 74 }, { kind: 'text', text: '899 €', start: 28, end: 33 }], data: { phrase: 'Si no reconoce esta compra', amount: 'EUR 899.00' }, strength: 0.85 },
      ],
    },
    {
      name: 'callback text: a charge, "Not you? Ring us" and a number no brand publishes',
      message: { input: 'Thanks for purchase $570.25 has charged on your card. Home Gym Order id PLMW7541. Not you? Ring us: +18888107503', channel: 'sms' },
      hits: [
        { messageId: 'unauthorizedOrder', evidence: [{ kind: 'text', text: 'Not you? Ring', start: 82, end: 95 }, { kind: 'text', text: '$570.25', start: 20, end: 27 }, { kind: 'text', text: '+18888107503', start: 100, end: 112 }], data: { phrase: 'Not you? Ring', amount: 'USD 570.25' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags: a withdrawal text with a link "to dispute" it',
      message: { input: '#NavyFed: $870 withdrawn at ATMSW-2. To dispute, go to bit.ly/navyauth', channel: 'sms' },
      hits: [
        { messageId: 'unauthorizedOrder', evidence: [{ kind: 'text', text: 'To dispute, go to', start: 37, end: 54 }, { kind: 'text', text: '$870', start: 10, end: 14 }], data: { phrase: 'To dispute, go to', amount: 'USD 870.00' }, strength: 0.6 },
      ],
    },
  ],
});
