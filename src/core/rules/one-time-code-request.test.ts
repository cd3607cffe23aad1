import rule from './one-time-code-request.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const call = (text: string) => ({ input: text, channel: 'call' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: genuine OTP text warns against sharing #1: Your Amazon code is 123456. Don\\\'t share it w…', message: 'Your Amazon code is 123456. Don\'t share it with anyone.' },
    { name: 'near miss: genuine OTP text warns against sharing #2: 123456 is your Amazon OTP. Do not share it wi…', message: '123456 is your Amazon OTP. Do not share it with anyone.' },
    { name: 'near miss: genuine OTP text warns against sharing #3: Ihre Mobile-TAN lautet 123456. Geben Sie dies…', message: 'Ihre Mobile-TAN lautet 123456. Geben Sie diese niemals weiter.' },
    { name: 'near miss: entering the code on the site yourself #1: Enter the verification code 482913 on the sig…', message: 'Enter the verification code 482913 on the sign-in page to continue.' },
    { name: 'near miss: entering the code on the site yourself #2: x@example.net', message: { input: eml({ from: 'x@example.net', body: 'Confirm the verification code in the app to finish setting up 2-step verification.' }), channel: 'email' } },
    { name: 'near miss: "tan" as an English word', message: 'Send me a photo of the tan sofa with the code on the label.' },
  ],
  invalid: [
    {
      name: 'flags: "we sent you a code, please read it to me"',
      message: call('Caller: we sent you a code, please read it to me.'),
      hits: [
        { messageId: 'shareCode', evidence: [{ kind: 'text', text: 'sent you a code', start: 11, end: 26 }, { kind: 'text', text: 'read it', start: 35, end: 42 }], data: { code: 'sent you a code' } },
      ],
    },
    {
      name: 'flags: reply with the 6-digit code',
      message: 'Reply with the 6-digit code to cancel your order.',
      hits: [
        { messageId: 'shareCode', evidence: [{ kind: 'text', text: 'Reply with', start: 0, end: 10 }, { kind: 'text', text: '6-digit code', start: 15, end: 27 }], data: { code: '6-digit code' } },
      ],
    },
    {
      name: 'flags: give me the code you just received',
      message: call('Caller: give me the code you just received.'),
      hits: [
        { messageId: 'shareCode', evidence: [{ kind: 'text', text: 'give me', start: 8, end: 15 }, { kind: 'text', text: 'the code you just received', start: 16, end: 42 }], data: { code: 'the code you just received' } },
      ],
    },
    {
      name: 'flags: confirm the code on a call',
      message: call('Caller: to cancel the order, confirm the verification code we sent you.'),
      hits: [
        { messageId: 'shareCode', evidence: [{ kind: 'text', text: 'confirm', start: 29, end: 36 }, { kind: 'text', text: 'verification code', start: 41, end: 58 }], data: { code: 'verification code' } },
      ],
    },
    {
      name: 'flags: German TAN and Spanish code #1: Caller: nennen Sie mir bitte die TAN, die Sie…',
      message: call('Caller: nennen Sie mir bitte die TAN, die Sie gerade bekommen haben.'),
      hits: [
        { messageId: 'shareCode', evidence: [{ kind: 'text', text: 'nennen', start: 8, end: 14 }, { kind: 'text', text: 'TAN', start: 33, end: 36 }], data: { code: 'TAN' } },
      ],
    },
    {
      name: 'flags: German TAN and Spanish code #2: Caller: dígame el código de verificación que…',
      message: call('Caller: dígame el código de verificación que le enviamos.'),
      hits: [
        { messageId: 'shareCode', evidence: [{ kind: 'text', text: 'dígame', start: 8, end: 14 }, { kind: 'text', text: 'código de verificación', start: 18, end: 40 }], data: { code: 'código de verificación' } },
      ],
    },
    {
      name: 'flags: code relay, "I accidentally sent my code to your number, can you send it back"',
      message: 'Hi, I accidentally sent my code to your number, can you send it back?',
      hits: [
        { messageId: 'shareCode', evidence: [{ kind: 'text', text: 'accidentally sent my code', start: 6, end: 31 }, { kind: 'text', text: 'send it', start: 56, end: 63 }], data: { code: 'accidentally sent my code' } },
      ],
    },
    {
      name: 'flags: send me the 6-digit code I sent by mistake',
      message: 'Sorry, please send me the 6-digit code I sent you by mistake.',
      hits: [
        { messageId: 'shareCode', evidence: [{ kind: 'text', text: 'send me', start: 14, end: 21 }, { kind: 'text', text: '6-digit code', start: 26, end: 38 }], data: { code: '6-digit code' } },
      ],
    },
  ],
});
