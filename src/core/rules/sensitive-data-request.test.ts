import rule from './sensitive-data-request.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: the brand statement itself', message: { input: eml({ from: 'x@example.net', body: 'We will never ask for your PIN or card number.' }), channel: 'email' } },
    { name: 'near miss: a charge notice with the last digits', message: 'Your card ending in 1234 was charged $10.99.' },
    { name: 'near miss: advice not to share the CVV', message: 'Do not share your CVV with anyone who calls you.' },
  ],
  invalid: [
    {
      name: 'flags: confirm card number and CVV on a call',
      message: { input: 'Caller: can you confirm your card number and the 3 digit code on the back?', channel: 'call' },
      hits: [
        { messageId: 'askCardDetails', evidence: [{ kind: 'text', text: 'confirm', start: 16, end: 23 }, { kind: 'text', text: 'card number', start: 29, end: 40 }], data: { item: 'card number', kind: 'card' } },
      ],
    },
    {
      name: 'flags: provide the security code',
      message: 'Amazon: to keep your order, provide the 3-digit code on the back of your card.',
      hits: [
        { messageId: 'askCardDetails', evidence: [{ kind: 'text', text: 'provide', start: 28, end: 35 }, { kind: 'text', text: '3-digit code', start: 40, end: 52 }], data: { item: '3-digit code', kind: 'card' } },
      ],
    },
    {
      name: 'flags: SSN and bank PIN #1: Amazon: verify your SSN to release your refund.',
      message: 'Amazon: verify your SSN to release your refund.',
      hits: [
        { messageId: 'askPersonalInfo', evidence: [{ kind: 'text', text: 'verify', start: 8, end: 14 }, { kind: 'text', text: 'SSN', start: 20, end: 23 }], data: { item: 'ssn', kind: 'personal' } },
      ],
    },
    {
      name: 'flags: SSN and bank PIN #2: Caller: I need your bank PIN to stop the tran…',
      message: { input: 'Caller: I need your bank PIN to stop the transaction.', channel: 'call' },
      hits: [
        { messageId: 'askCardDetails', evidence: [{ kind: 'text', text: 'need your', start: 10, end: 19 }, { kind: 'text', text: 'bank PIN', start: 20, end: 28 }], data: { item: 'bank pin', kind: 'card' } },
      ],
    },
    {
      name: 'flags: mother\'s maiden name and online banking login #1: s maiden name.", channel:',
      message: { input: "Caller: for security, tell me your mother's maiden name.", channel: 'call' },
      hits: [
        { messageId: 'askPersonalInfo', evidence: [{ kind: 'text', text: 'tell me', start: 22, end: 29 }, { kind: 'text', text: 'mother\'s maiden name', start: 35, end: 55 }], data: { item: 'mother\'s maiden name', kind: 'personal' } },
      ],
    },
    {
      name: 'flags: mother\'s maiden name and online banking login #2: PayPal: confirm your online banking login to…',
      message: 'PayPal: confirm your online banking login to link the account.',
      hits: [
        { messageId: 'askPersonalInfo', evidence: [{ kind: 'text', text: 'confirm', start: 8, end: 15 }, { kind: 'text', text: 'online banking login', start: 21, end: 41 }], data: { item: 'online banking login', kind: 'personal' } },
      ],
    },
    {
      name: 'flags: German and Spanish card asks #1: Bitte bestätigen Sie Ihre Kreditkartennummer…',
      message: 'Bitte bestätigen Sie Ihre Kreditkartennummer und die Prüfnummer.',
      hits: [
        { messageId: 'askCardDetails', evidence: [{ kind: 'text', text: 'bestätigen', start: 6, end: 16 }, { kind: 'text', text: 'Kreditkartennummer', start: 26, end: 44 }], data: { item: 'kreditkartennummer', kind: 'card' } },
      ],
    },
    {
      name: 'flags: German and Spanish card asks #2: Por favor confirme el número de su tarjeta y…',
      message: 'Por favor confirme el número de su tarjeta y el código de seguridad.',
      hits: [
        { messageId: 'askCardDetails', evidence: [{ kind: 'text', text: 'confirme', start: 10, end: 18 }, { kind: 'text', text: 'número de su tarjeta', start: 22, end: 42 }], data: { item: 'número de su tarjeta', kind: 'card' } },
      ],
    },
    {
      name: 'date of birth alone is weaker than with an address #1: Please confirm your date of birth.',
      message: 'Please confirm your date of birth.',
      hits: [
        { messageId: 'askPersonalInfo', evidence: [{ kind: 'text', text: 'confirm', start: 7, end: 14 }, { kind: 'text', text: 'date of birth', start: 20, end: 33 }], data: { item: 'date of birth', kind: 'personal' }, strength: 0.5 },
      ],
    },
    {
      name: 'date of birth alone is weaker than with an address #2: Please confirm your date of birth and home ad…',
      message: 'Please confirm your date of birth and home address.',
      hits: [
        { messageId: 'askPersonalInfo', evidence: [{ kind: 'text', text: 'confirm', start: 7, end: 14 }, { kind: 'text', text: 'date of birth', start: 20, end: 33 }], data: { item: 'date of birth', kind: 'personal' } },
      ],
    },
  ],
});
