import rule from './wire-transfer-request.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: a receipt naming bank transfer', message: { input: eml({ from: 'shop@example.net', body: 'Payment method: Bank transfer. Your order will ship soon.' }), channel: 'email' } },
    { name: 'near miss: bank warning about safe accounts', message: 'We will never ask you to move money to a safe account.' },
    { name: 'near miss: logging in to a secure account area', message: 'Log in to your secure account area to view your statement.' },
  ],
  invalid: [
    {
      name: 'flags: Zelle payment to unlock an account',
      message: 'Send the payment via Zelle to 555-123-4567 to unlock your Amazon account.',
      hits: [
        { messageId: 'wireTransfer', evidence: [{ kind: 'text', text: 'Send', start: 0, end: 4 }, { kind: 'text', text: 'Zelle', start: 21, end: 26 }], data: { rail: 'zelle' } },
      ],
    },
    {
      name: 'flags: Western Union on a call',
      message: { input: 'Caller: you need to send it through Western Union or MoneyGram.', channel: 'call' },
      hits: [
        { messageId: 'wireTransfer', evidence: [{ kind: 'text', text: 'send', start: 20, end: 24 }, { kind: 'text', text: 'Western Union', start: 36, end: 49 }], data: { rail: 'western union' } },
      ],
    },
    {
      name: 'flags: wire the funds (email)',
      message: { input: eml({ from: 'ceo@example.net', body: 'Please wire the funds today to avoid the penalty.' }), channel: 'email' },
      hits: [
        { messageId: 'wireTransfer', evidence: [{ kind: 'text', text: 'wire the funds', start: 23, end: 37 }], data: { rail: 'wire the funds' } },
      ],
    },
    {
      name: 'flags: safe account story',
      message: { input: 'Caller: your account is compromised, you must move your money to a safe account now.', channel: 'call' },
      hits: [
        { messageId: 'safeAccount', evidence: [{ kind: 'text', text: 'move', start: 46, end: 50 }, { kind: 'text', text: 'safe account', start: 67, end: 79 }], data: { account: 'safe account' } },
      ],
    },
    {
      name: 'flags: German and Spanish safe account #1: Caller: Sie müssen Ihr Geld auf ein sicheres…',
      message: { input: 'Caller: Sie müssen Ihr Geld auf ein sicheres Konto überweisen.', channel: 'call' },
      hits: [
        { messageId: 'safeAccount', evidence: [{ kind: 'text', text: 'sicheres Konto', start: 36, end: 50 }, { kind: 'text', text: 'überweisen', start: 51, end: 61 }], data: { account: 'sicheres konto' } },
      ],
    },
    {
      name: 'flags: German and Spanish safe account #2: Transfiera sus ahorros a una cuenta segura ho…',
      message: 'Transfiera sus ahorros a una cuenta segura hoy mismo.',
      hits: [
        { messageId: 'safeAccount', evidence: [{ kind: 'text', text: 'Transfiera', start: 0, end: 10 }, { kind: 'text', text: 'cuenta segura', start: 29, end: 42 }], data: { account: 'cuenta segura' } },
      ],
    },
    {
      name: 'flags: generic bank transfer is weaker',
      message: 'To release the shipment, please make a bank transfer to the account below.',
      hits: [
        { messageId: 'wireTransfer', evidence: [{ kind: 'text', text: 'make a bank transfer', start: 32, end: 52 }], data: { rail: 'bank transfer' }, strength: 0.6 },
      ],
    },
  ],
});
