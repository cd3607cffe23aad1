import rule from './recall-safety-refund-pretext.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: "recall" as memory', message: "I don't recall the meeting time, was it 3pm?" },
  ],
  invalid: [
    {
      name: 'flags: product recall with a refund to claim',
      message: 'Important: the air fryer you bought has been recalled. You are eligible for a refund of $89. Claim it at http://recall-refunds.example',
      hits: [
        { messageId: 'recallRefund', evidence: [{ kind: 'text', text: 'has been recalled', start: 36, end: 53 }, { kind: 'text', text: 'You are eligible for a refund', start: 55, end: 84 }], data: { phrase: 'has been recalled' } },
      ],
    },
    {
      name: 'flags: recall story without a refund is weaker',
      message: 'Product recall notice: confirm your address for a replacement.',
      hits: [
        { messageId: 'recall', evidence: [{ kind: 'text', text: 'Product recall', start: 0, end: 14 }], data: { phrase: 'Product recall' }, strength: 0.45 },
      ],
    },
    {
      name: 'flags: German and Spanish recalls with refunds #1: Produktrückruf: Sie erhalten eine Erstattung…',
      message: 'Produktrückruf: Sie erhalten eine Erstattung des Kaufpreises.',
      hits: [
        { messageId: 'recallRefund', evidence: [{ kind: 'text', text: 'Produktrückruf', start: 0, end: 14 }], data: { phrase: 'Produktrückruf' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: German and Spanish recalls with refunds #2: Retirada del producto: solicite su reembolso…',
      message: 'Retirada del producto: solicite su reembolso hoy.',
      hits: [
        { messageId: 'recallRefund', evidence: [{ kind: 'text', text: 'Retirada del producto', start: 0, end: 21 }], data: { phrase: 'Retirada del producto' }, strength: 0.8 },
      ],
    },
  ],
});
