import rule from './brand-authenticated.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const AR = (s: string) => ({ 'Authentication-Results': s });
const mail = (from: string, headers: Record<string, string>) => ({ input: eml({ from, subject: 'Your Amazon order', body: 'Verify your order details.', headers }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: untrusted header, unaligned signature, DMARC fail, not a brand domain #1: a@amazon.com', message: mail('a@amazon.com', AR('evil.example; dkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com')) },
    { name: 'near misses: untrusted header, unaligned signature, DMARC fail, not a brand domain #2: a@amazon.com', message: mail('a@amazon.com', AR('mx.google.com; dkim=pass header.i=@mailer.example; dmarc=pass header.from=amazon.com')) },
    { name: 'near misses: untrusted header, unaligned signature, DMARC fail, not a brand domain #3: a@amazon.com', message: mail('a@amazon.com', AR('mx.google.com; dkim=fail header.i=@amazon.com; dmarc=fail header.from=amazon.com')) },
    { name: 'near misses: untrusted header, unaligned signature, DMARC fail, not a brand domain #4: a@shop.example', message: mail('a@shop.example', AR('mx.google.com; dkim=pass header.i=@shop.example; dmarc=pass header.from=shop.example')) },
    { name: 'near miss: a free mailbox passes its own DKIM and DMARC for anyone who has one', message: mail('Microsoft Support <helpdesk-team@outlook.com>', AR('mx.google.com; dkim=pass header.i=@outlook.com header.s=x; spf=pass smtp.mailfrom=outlook.com; dmarc=pass header.from=outlook.com')) },
  ],
  invalid: [
    {
      name: 'a brand domain that passes aligned DKIM and DMARC lowers the score',
      message: mail('"Amazon.com" <auto-confirm@amazon.com>', AR('mx.google.com; dkim=pass header.i=@amazon.com header.s=x; spf=pass smtp.mailfrom=bounces.amazon.com; dmarc=pass header.from=amazon.com')),
      hits: [
        { messageId: 'authenticated', evidence: [{ kind: 'header', header: 'authentication-results', value: 'mx.google.com; dkim=pass header.i=@amazon.com header.s=x; spf=pass smtp.mailfrom=bounces.amazon.com; dmarc=pass header.from=amazon.com' }], data: { domain: 'amazon.com', signer: 'amazon.com', authserv: 'mx.google.com', brand: 'Amazon' }, effect: 'lower' },
      ],
    },
    {
      name: 'an online verdict passed as options.auth is used',
      message: { input: eml({ from: 'a@amazon.com', subject: 'x', body: 'y' }), channel: 'email' },
      options: { auth: { source: 'online', authservId: '', spf: null, dkim: [{ result: 'pass', domain: 'amazon.com', selector: 's', aligned: true }], dmarc: { result: 'pass', headerFrom: 'amazon.com', policy: 'quarantine' }, arc: null, header: 'online-check', value: 'dkim=pass; dmarc=pass' } },
      hits: [
        { messageId: 'authenticated', evidence: [{ kind: 'header', header: 'online-check', value: 'dkim=pass; dmarc=pass' }], data: { domain: 'amazon.com', signer: 'amazon.com', authserv: 'online check', brand: 'Amazon' }, effect: 'lower' },
      ],
    },
  ],
});
