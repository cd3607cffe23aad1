import rule from './fake-security-alert.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: security discussion on a mailing list', message: { input: eml({ from: 'dev@lists.example.org', subject: 'Re: IDS', body: 'The IDS logs suspicious activity to syslog; the security alert list has the advisory.' }), channel: 'email' } },
    { name: 'near miss: moving to a new location', message: 'We moved the printer to a new location on the second floor, you can find it by the kitchen.' },
    // Ordinary talk about apps or a virus is not an alert.
    { name: 'fake device-infection alerts in texts #3: I deleted some apps on my phone, and I think…', message: { input: 'I deleted some apps on my phone, and I think I caught a virus at work so I stayed home.', channel: 'sms' } },
    // Card-protection upsells name the danger without claiming it happened.
    { name: 'near miss: an offer of cover against fraud is not an alert #1: Protect your credit/debit card from unauthori…', message: { input: 'Protect your credit/debit card from unauthorised transactions upto Rs 2 Lacs at just Rs 499. Click https://x.example/a -BFL', channel: 'sms' } },
    { name: 'near miss: an offer of cover against fraud is not an alert #2: Get insurance cover for your card against fra…', message: { input: 'Get insurance cover for your card against fraudulent transactions today.', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags: unusual login from Russia (escalated)',
      message: 'Amazon Alert: we detected an unusual sign-in to your account from an IP address in Russia. Secure it now: http://amz-secure.example',
      hits: [
        { messageId: 'securityAlert', evidence: [{ kind: 'text', text: 'unusual sign-in', start: 29, end: 44 }, { kind: 'text', text: 'IP address in Russia', start: 69, end: 89 }], data: { phrase: 'IP address in Russia' } },
      ],
    },
    {
      name: 'flags: "your account was hacked" robocall',
      message: { input: 'This is Apple support. Your iCloud account has been hacked. Press 1 to speak to an advisor.', channel: 'call' },
      hits: [
        { messageId: 'securityAlert', evidence: [{ kind: 'text', text: 'Your iCloud account has been hacked', start: 23, end: 58 }], data: { phrase: 'Your iCloud account has been hacked' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: German and Spanish alerts #1: Wir haben eine verdächtige Anmeldung bei Ihre…',
      message: 'Wir haben eine verdächtige Anmeldung bei Ihrem Konto festgestellt.',
      hits: [
        { messageId: 'securityAlert', evidence: [{ kind: 'text', text: 'verdächtige Anmeldung', start: 15, end: 36 }], data: { phrase: 'verdächtige Anmeldung' }, strength: 0.5 },
      ],
    },
    {
      name: 'flags: German and Spanish alerts #2: Detectamos actividad sospechosa en su cuenta.',
      message: 'Detectamos actividad sospechosa en su cuenta.',
      hits: [
        { messageId: 'securityAlert', evidence: [{ kind: 'text', text: 'actividad sospechosa', start: 11, end: 31 }], data: { phrase: 'actividad sospechosa' }, strength: 0.5 },
      ],
    },
    {
      name: 'flags: plain suspicious activity is weaker',
      message: 'We noticed suspicious activity on your account.',
      hits: [
        { messageId: 'securityAlert', evidence: [{ kind: 'text', text: 'suspicious activity', start: 11, end: 30 }], data: { phrase: 'suspicious activity' }, strength: 0.5 },
      ],
    },
    {
      name: 'fake device-infection alerts in texts #1: ALERT: 5 apps on your phone are breaching its…',
      message: { input: 'ALERT: 5 apps on your phone are breaching its security defenses. Delete these programs now: x-example.com/a', channel: 'sms' },
      hits: [
        { messageId: 'securityAlert', evidence: [{ kind: 'text', text: '5 apps on your phone are breaching', start: 7, end: 41 }], data: { phrase: '5 apps on your phone are breaching' }, strength: 0.8 },
      ],
    },
    {
      name: 'fake device-infection alerts in texts #2: SYSTEM FAILURE: malicious files have accessed…',
      message: { input: 'SYSTEM FAILURE: malicious files have accessed your data. Delete files NOW', channel: 'sms' },
      hits: [
        { messageId: 'securityAlert', evidence: [{ kind: 'text', text: 'malicious files have accessed', start: 16, end: 45 }], data: { phrase: 'malicious files have accessed' }, strength: 0.5 },
      ],
    },
    // The claim that it happened still counts.
    {
      name: 'near miss: an offer of cover against fraud is not an alert #3: We blocked unauthorised transactions on your…',
      message: { input: 'We blocked unauthorised transactions on your card. Protect it now: x.example/a', channel: 'sms' },
      hits: [
        { messageId: 'securityAlert', evidence: [{ kind: 'text', text: 'unauthorised transactions', start: 11, end: 36 }], data: { phrase: 'unauthorised transactions' }, strength: 0.8 },
      ],
    },
  ],
});
