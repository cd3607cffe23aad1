import rule from './credential-link-request.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (body: string, from = 'alerts@example.net') => ({ input: eml({ from, body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: sign in on the official site, no link', message: mail('Sign in to your account on amazon.com to see your orders.') },
    { name: 'near miss: verify wording with only official links', message: { input: eml({ from: 'account-update@amazon.com', html: '<p>To verify your account, <a href="https://www.amazon.com/ap/signin">sign in</a>.</p>' }), channel: 'email' } },
    { name: 'near miss: calls are out of scope', message: { input: 'Caller: verify your account at amaz0n-help.top', channel: 'call' } },
    { name: 'near miss: genuine receipt "log in to your account to see the details" with an unrelated link', message: mail('You sent a payment of $12.98.\nTo see all the transaction details, log in to your PayPal account.\nSeller\nhttp://ebay.co.uk/help', 'service@paypal.co.uk') },
    { name: 'near miss: "verify now" with no link at all', message: 'Please verify now that the meeting room is booked.' },
  ],
  invalid: [
    {
      name: 'flags: click here to log in and verify (sms)',
      message: 'Click here to log in and verify your account: http://amaz0n-verify.top/login',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'log in and verify', start: 14, end: 31 }, { kind: 'text', text: 'http://amaz0n-verify.top/login', start: 46, end: 76 }], data: { phrase: 'log in and verify' } },
      ],
    },
    {
      name: 'flags: confirm your password at the link',
      message: mail('Confirm your password at the link below: http://bit.ly/abc'),
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Confirm your password', start: 16, end: 37 }, { kind: 'text', text: 'http://bit.ly/abc', start: 57, end: 74 }], data: { phrase: 'confirm your password' } },
      ],
    },
    {
      name: 'flags: update payment information here (html button)',
      message: { input: eml({ from: 'billing@example.net', html: '<p>Your Prime payment failed. Update your payment information <a href="https://secure-pay.example.top/u">here</a>.</p>' }), channel: 'email' },
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Update your payment information', start: 43, end: 74 }, { kind: 'text', text: 'here', start: 75, end: 79 }], data: { phrase: 'update your payment information' } },
      ],
    },
    {
      name: 'flags: German and Spanish #1: Bitte bestätigen Sie Ihr Konto hier: https://…',
      message: 'Bitte bestätigen Sie Ihr Konto hier: https://amzn-de.xyz',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'bestätigen Sie Ihr Konto', start: 6, end: 30 }, { kind: 'text', text: 'https://amzn-de.xyz', start: 37, end: 56 }], data: { phrase: 'bestätigen sie ihr konto' } },
      ],
    },
    {
      name: 'flags: German and Spanish #2: Verifique su cuenta aquí: https://amazon-es.t…',
      message: 'Verifique su cuenta aquí: https://amazon-es.top/v',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Verifique su cuenta', start: 0, end: 19 }, { kind: 'text', text: 'https://amazon-es.top/v', start: 26, end: 49 }], data: { phrase: 'verifique su cuenta' } },
      ],
    },
    {
      name: 'weak: newsletter "log in to read more"',
      message: mail('Log in to read more: https://news.example.com/article/1'),
      hits: [
        { messageId: 'signInViaLink', evidence: [{ kind: 'text', text: 'Log in to', start: 16, end: 25 }, { kind: 'text', text: 'https://news.example.com/article/1', start: 37, end: 71 }], data: { phrase: 'log in to' }, strength: 0.3 },
      ],
    },
    {
      name: 'flags: verify in the subject, a "Log in" button further down',
      message: { input: eml({ from: 'support@example.net', subject: 'Verify your identity to continue using your account', html: `<p>${'We detected an issue with your account that requires your immediate attention. '.repeat(3)}</p><p><a href="https://venmo-help.example.top/x">Log in</a></p>` }), channel: 'email' },
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Verify your identity', start: 9, end: 29 }, { kind: 'text', text: 'Log in', start: 300, end: 306 }], data: { phrase: 'verify your identity' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: bare "Verify now at <link>" in a text',
      message: 'Amazon: your account is locked. Verify now at http://amaz0n-secure-login.top/ap/signin',
      hits: [
        { messageId: 'verifyViaLink', evidence: [{ kind: 'text', text: 'Verify now', start: 32, end: 42 }, { kind: 'text', text: 'http://amaz0n-secure-login.top/ap/signin', start: 46, end: 86 }], data: { phrase: 'verify now' } },
      ],
    },
  ],
});
