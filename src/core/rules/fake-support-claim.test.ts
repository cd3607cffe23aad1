import rule from './fake-support-claim.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: mailing-list post that mentions calling tech support', message: { input: eml({ from: 'joe@lists.example.org', subject: 'Re: drivers', body: 'I rang Microsoft tech support last year and they were useless.' }), channel: 'email' } },
    { name: 'near miss: genuine mail from the brand’s own domain', message: { input: eml({ from: 'Amazon.com <account-update@amazon.com>', subject: 'Your account', body: 'This is Amazon customer service following up on your request.' }), channel: 'email' } },
  ],
  invalid: [
    {
      name: 'flags: "this is Amazon security department" in a call',
      message: { input: 'Hello, this is the Amazon security department calling about your account.', channel: 'call' },
      hits: [
        { messageId: 'brandDesk', evidence: [{ kind: 'text', text: 'this is', start: 7, end: 14 }, { kind: 'text', text: 'Amazon security department', start: 19, end: 45 }], data: { desk: 'security department', brand: 'Amazon' } },
      ],
    },
    {
      name: 'flags: Microsoft certified technician',
      message: { input: 'I am calling from Microsoft, I am a Microsoft certified technician.', channel: 'call' },
      hits: [
        { messageId: 'brandDesk', evidence: [{ kind: 'text', text: 'I am calling from', start: 0, end: 17 }, { kind: 'text', text: 'Microsoft certified technician', start: 36, end: 66 }], data: { desk: 'certified technician', brand: 'Microsoft' } },
      ],
    },
    {
      name: 'flags: generic cancellation department without a brand is weaker',
      message: { input: 'You have been contacted by the cancellation department regarding a purchase on your account.', channel: 'call' },
      hits: [
        { messageId: 'genericDesk', evidence: [{ kind: 'text', text: 'You have been contacted by', start: 0, end: 26 }, { kind: 'text', text: 'cancellation department', start: 31, end: 54 }], data: { desk: 'cancellation department' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: display name "Amazon Security Team" from a non-Amazon domain',
      message: { input: eml({ from: 'Amazon Security Team <alert@secure-amzn.example>', subject: 'Notice', body: 'Please review the attached notice.' }), channel: 'email' },
      hits: [
        { messageId: 'brandDesk', evidence: [{ kind: 'header', header: 'from', value: 'Amazon Security Team <alert@secure-amzn.example>' }], data: { desk: 'Security Team', brand: 'Amazon' }, strength: 0.9 },
      ],
    },
    {
      name: 'flags: German and Spanish support claims #1: Hier ist die Sicherheitsabteilung von Amazon.',
      message: { input: 'Hier ist die Sicherheitsabteilung von Amazon.', channel: 'call' },
      hits: [
        { messageId: 'brandDesk', evidence: [{ kind: 'text', text: 'Hier ist', start: 0, end: 8 }, { kind: 'text', text: 'Sicherheitsabteilung', start: 13, end: 33 }], data: { desk: 'Sicherheitsabteilung', brand: 'Amazon' } },
      ],
    },
    {
      name: 'flags: German and Spanish support claims #2: Le llamamos desde el departamento de segurida…',
      message: { input: 'Le llamamos desde el departamento de seguridad de Amazon.', channel: 'call' },
      hits: [
        { messageId: 'brandDesk', evidence: [{ kind: 'text', text: 'Le llamamos desde', start: 0, end: 17 }, { kind: 'text', text: 'departamento de seguridad', start: 21, end: 46 }], data: { desk: 'departamento de seguridad', brand: 'Amazon' } },
      ],
    },
    {
      name: 'the finding names the brand once ("Microsoft’s technical support")',
      message: { input: 'Caller: Hello, this is David from Microsoft technical support. We detected a virus on your computer.', channel: 'call' },
      hits: [
        { messageId: 'brandDesk', evidence: [{ kind: 'text', text: 'this is', start: 15, end: 22 }, { kind: 'text', text: 'Microsoft technical support', start: 34, end: 61 }], data: { desk: 'technical support', brand: 'Microsoft' } },
      ],
    },
  ],
});
