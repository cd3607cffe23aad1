import rule from './refund-overpayment-pretext.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: "overpaid" in everyday talk', message: 'Those consultants are overpaid and underworked, if you ask me.' },
  ],
  invalid: [
    {
      name: 'flags: overpaid refund, send back the difference (call)',
      message: {
      input: 'Agent: I typed an extra zero, we refunded you $4,000 instead of $400. You need to send back the difference with gift cards.',
      channel: 'call',
    },
      hits: [
        { messageId: 'overpayment', evidence: [{ kind: 'text', text: 'typed an extra zero', start: 9, end: 28 }, { kind: 'text', text: 'send back', start: 82, end: 91 }], data: { phrase: 'typed an extra zero' } },
      ],
    },
    {
      name: 'flags: unsolicited refund offer with amount',
      message: 'Amazon: you are eligible for a refund of $399. Reply YES to claim your refund.',
      hits: [
        { messageId: 'refundOffer', evidence: [{ kind: 'text', text: 'you are eligible for a refund', start: 8, end: 37 }, { kind: 'text', text: '$399', start: 41, end: 45 }], data: { phrase: 'you are eligible for a refund' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: German and Spanish refund lures #1: Sie haben Anspruch auf eine Rückerstattung vo…',
      message: 'Sie haben Anspruch auf eine Rückerstattung von 129,99 €.',
      hits: [
        { messageId: 'refundOffer', evidence: [{ kind: 'text', text: 'Anspruch auf eine Rückerstattung von', start: 10, end: 46 }, { kind: 'text', text: '129,99 €', start: 47, end: 55 }], data: { phrase: 'Anspruch auf eine Rückerstattung von' }, strength: 0.7000000000000001 },
      ],
    },
    {
      name: 'flags: German and Spanish refund lures #2: Usted tiene derecho a un reembolso de 250 €.…',
      message: 'Usted tiene derecho a un reembolso de 250 €. Responda para recibir su reembolso.',
      hits: [
        { messageId: 'refundOffer', evidence: [{ kind: 'text', text: 'tiene derecho a un reembolso', start: 6, end: 34 }, { kind: 'text', text: '250 €', start: 38, end: 43 }], data: { phrase: 'tiene derecho a un reembolso' }, strength: 0.8 },
      ],
    },
    {
      name: 'near miss: a genuine refund receipt is weak',
      message: 'Your refund of $23.99 has been issued to your original payment method.',
      hits: [
        { messageId: 'refundOffer', evidence: [{ kind: 'text', text: 'refund of', start: 5, end: 14 }, { kind: 'text', text: '$23.99', start: 15, end: 21 }], data: { phrase: 'refund of' }, strength: 0.2 },
      ],
    },
  ],
});
