import rule from './brand-sender-mismatch.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (from: string, subject: string, body = 'Please review your account.', headers?: Record<string, string>) => ({ input: eml({ from, subject, body, headers }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: genuine brand mail, list posts, unrelated mail #1: "Amazon.com"', message: mail('"Amazon.com" <shipment-tracking@amazon.com>', 'Your Amazon order has shipped') },
    { name: 'near misses: genuine brand mail, list posts, unrelated mail #2: "Amazon.co.uk"', message: mail('"Amazon.co.uk" <order-update@amazon.co.uk>', 'Your order') },
    { name: 'near misses: genuine brand mail, list posts, unrelated mail #3: Bob', message: mail('Bob <bob@lists.example.org>', 'Re: Microsoft patch breaks Samba', 'The Microsoft patch from Tuesday breaks our build.', { 'List-Id': '<samba.lists.example.org>' }) },
    { name: 'near misses: genuine brand mail, list posts, unrelated mail #4: Alice', message: mail('Alice <alice@example.org>', 'Lunch?', 'Want to grab lunch?') },
  ],
  invalid: [
    {
      name: 'a brand display name with no address in From',
      message: mail('Amazon', 'Your Amazon order'),
      hits: [
        { messageId: 'noSenderAddress', evidence: [{ kind: 'header', header: 'from', value: 'Amazon' }, { kind: 'header', header: 'from', value: 'Amazon <>' }], data: { brand: 'Amazon' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags a brand display name on a foreign domain',
      message: mail('"Amazon.com" <service@amaz0n-support.top>', 'Your order'),
      hits: [
        { messageId: 'notBrandDomain', evidence: [{ kind: 'header', header: 'from', value: '"Amazon.com" <service@amaz0n-support.top>' }], data: { brand: 'Amazon', domain: 'amaz0n-support.top' } },
      ],
    },
    {
      name: 'flags a subject claim from an unrelated domain #1: Billing',
      message: mail('Billing <billing@randomshop.example>', 'Your PayPal account has been limited'),
      hits: [
        { messageId: 'notBrandDomain', evidence: [{ kind: 'header', header: 'from', value: 'Billing <billing@randomshop.example>' }, { kind: 'text', text: 'PayPal', start: 14, end: 20 }], data: { brand: 'PayPal', domain: 'randomshop.example' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags a subject claim from an unrelated domain #2: Support',
      message: mail('Support <help@mailer.example>', 'Notice', 'This is Microsoft Security. Your Microsoft account was used to sign in.'),
      hits: [
        { messageId: 'notBrandDomain', evidence: [{ kind: 'header', header: 'from', value: 'Support <help@mailer.example>' }, { kind: 'text', text: 'This is Microsoft', start: 17, end: 34 }], data: { brand: 'Microsoft', domain: 'mailer.example' }, strength: 0.8 },
      ],
    },
    // A forward whose inner From/Subject block parse can read is unwrapped and the inner message judged
    // (parse/pasted.test.ts); this is the forward it cannot unwrap: only the "Fwd:" subject says so.
    {
      name: 'a forwarded brand mail counts at reduced strength',
      message: mail('Alice <alice@example.org>', 'Fwd: Your Amazon order #112-1234567-1234567', 'See below, it came from Amazon.com this morning.'),
      hits: [
        { messageId: 'notBrandDomain', evidence: [{ kind: 'header', header: 'from', value: 'Alice <alice@example.org>' }, { kind: 'text', text: 'Amazon', start: 19, end: 25 }], data: { brand: 'Amazon', domain: 'example.org' }, strength: 0.4 },
      ],
    },
  ],
});
