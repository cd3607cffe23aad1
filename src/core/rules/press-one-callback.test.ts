import rule from './press-one-callback.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: doctor\'s office asking for a call back', message: { input: "Hi, this is Dr. Patel's office. We have an opening today. Please call us back at 925-555-0123. Thanks.", channel: 'call' } },
    { name: 'near miss: shop with a question about your order', message: { input: 'We have a question about your order before we can proceed. Please give us a call at 1-877-555-0140.', channel: 'call' } },
    { name: 'near miss: genuine bank alerts with the bank\'s own number #1: HDFC Bank: Rs 1000.00 debited from a/c **8679…', message: 'HDFC Bank: Rs 1000.00 debited from a/c **8679 on 02-05-22 to VPA payee@ybl. Not you? Call on 18002586161 to report' },
    { name: 'near miss: genuine bank alerts with the bank\'s own number #2: New login attempt for the mobile banking app…', message: 'New login attempt for the mobile banking app detected. NEVER share your PIN/OTP with anyone. Bank NEVER asks for your details. If not done by you, call 18004251809' },
  ],
  invalid: [
    {
      name: 'flags: press 1 robocall with an order story',
      message: {
      input: 'There is an order placed for Apple iPhone 11 Pro using your Amazon account. If you do not authorize this order, press 1.',
      channel: 'call',
    },
      hits: [
        { messageId: 'pressKey', evidence: [{ kind: 'text', text: 'press 1', start: 112, end: 119 }, { kind: 'text', text: 'If you do not authorize this', start: 76, end: 104 }], data: { phrase: 'press 1' } },
      ],
    },
    {
      name: 'flags: press 2 in a call without a story is still an IVR robocall',
      message: { input: 'Press 1 now to speak to a live agent, or press 2 to be placed on our do not call list.', channel: 'call' },
      hits: [
        { messageId: 'pressKey', evidence: [{ kind: 'text', text: 'Press 1', start: 0, end: 7 }], data: { phrase: 'Press 1' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: callback number with a charge story (email, TOAD)',
      message: { input: eml({
      from: 'Billing <billing@renewals.example>',
      subject: 'Invoice',
      body: 'Your card has been charged $399.99 for the annual plan. If you did not authorize this charge, call us at +1 (888) 555-0147.',
    }), channel: 'email' },
      hits: [
        { messageId: 'callbackNumber', evidence: [{ kind: 'text', text: 'call us', start: 112, end: 119 }, { kind: 'text', text: '+1 (888) 555-0147', start: 123, end: 140 }, { kind: 'text', text: 'If you did not authorize this', start: 74, end: 103 }], data: { phone: '+18885550147', context: 'If you did not authorize this' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: discount robocall asking for a callback',
      message: { input: 'Your existing account is qualified for 50% off. Kindly call us back at 844-555-0142 from 8 a.m. to 5 p.m.', channel: 'call' },
      hits: [
        { messageId: 'callbackNumber', evidence: [{ kind: 'text', text: 'Kindly call us', start: 48, end: 62 }, { kind: 'text', text: '844-555-0142', start: 71, end: 83 }, { kind: 'text', text: 'qualified for 50% off', start: 25, end: 46 }], data: { phone: '+18445550142', context: 'qualified for 50% off' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: German press-key robocall',
      message: { input: 'Ihr Konto wurde gesperrt. Drücken Sie die 1, um mit einem Mitarbeiter zu sprechen.', channel: 'call' },
      hits: [
        { messageId: 'pressKey', evidence: [{ kind: 'text', text: 'Drücken Sie die 1', start: 26, end: 43 }, { kind: 'text', text: 'Ihr Konto wurde gesperrt', start: 0, end: 24 }], data: { phrase: 'Drücken Sie die 1' } },
      ],
    },
    {
      name: 'flags: SMS "if this was not you, call 1-8xx" callback lure',
      message: 'Chase: a new sign-in to your account was detected. If this was not you, call 1-888-555-0142 now.',
      hits: [
        { messageId: 'callbackNumber', evidence: [{ kind: 'text', text: 'call', start: 72, end: 76 }, { kind: 'text', text: '1-888-555-0142', start: 77, end: 91 }, { kind: 'text', text: 'If this was not you', start: 51, end: 70 }], data: { phone: '+18885550142', context: 'If this was not you' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: card locked, call support at a number',
      message: 'VISA DEBIT Card Locked. Call support at: 855-555-0170.',
      hits: [
        { messageId: 'callbackNumber', evidence: [{ kind: 'text', text: 'Call support', start: 24, end: 36 }, { kind: 'text', text: '855-555-0170', start: 41, end: 53 }, { kind: 'text', text: 'DEBIT Card Locked', start: 5, end: 22 }], data: { phone: '+18555550170', context: 'DEBIT Card Locked' }, strength: 0.85 },
      ],
    },
  ],
});
