import rule from './dmarc-fail-brand.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (from: string, ar: string, extra: Record<string, string> = {}) => ({ input: eml({ from, subject: 'Your account', body: 'Please verify.', headers: { 'Authentication-Results': ar, ...extra } }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: pass, untrusted receiver, non-brand domain #1: service@paypal.com', message: mail('service@paypal.com', 'mx.google.com; dkim=pass header.i=@paypal.com; dmarc=pass header.from=paypal.com') },
    { name: 'near misses: pass, untrusted receiver, non-brand domain #2: service@paypal.com', message: mail('service@paypal.com', 'mx.evil.example; dmarc=fail header.from=paypal.com') },
    { name: 'near misses: pass, untrusted receiver, non-brand domain #3: bob@example.org', message: mail('bob@example.org', 'mx.google.com; dmarc=fail header.from=example.org') },
  ],
  invalid: [
    {
      name: 'flags a brand From that fails DMARC at a trusted receiver #1: "PayPal"',
      message: mail('"PayPal" <service@paypal.com>', 'mx.google.com; dkim=none; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=REJECT) header.from=paypal.com'),
      hits: [
        { messageId: 'dmarcFail', evidence: [{ kind: 'header', header: 'authentication-results', value: 'mx.google.com; dkim=none; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=REJECT) header.from=paypal.com' }, { kind: 'header', header: 'from', value: 'service@paypal.com' }], data: { domain: 'paypal.com', brand: 'PayPal', authserv: 'mx.google.com' } },
      ],
    },
    {
      name: 'flags a brand From that fails DMARC at a trusted receiver #2: a@amazon.com',
      message: mail('a@amazon.com', 'spf=fail smtp.mailfrom=evil.example; dkim=none header.d=none', { 'X-MS-Exchange-Organization-AuthAs': 'Anonymous' }),
      hits: [
        { messageId: 'spfAndDkimFail', evidence: [{ kind: 'header', header: 'authentication-results', value: 'spf=fail smtp.mailfrom=evil.example; dkim=none header.d=none' }, { kind: 'header', header: 'from', value: 'a@amazon.com' }], data: { domain: 'amazon.com', brand: 'Amazon', authserv: 'the receiving server' }, strength: 0.7 },
      ],
    },
  ],
});
