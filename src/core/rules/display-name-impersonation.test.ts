import rule from './display-name-impersonation.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (from: string) => ({ input: eml({ from, subject: 'Account notice', body: 'Please review.' }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: the brand’s own mail and ordinary senders #1: "Amazon.com"', message: mail('"Amazon.com" <auto-confirm@amazon.com>') },
    { name: 'near misses: the brand’s own mail and ordinary senders #2: "PayPal"', message: mail('"PayPal" <service@paypal.com>') },
    { name: 'near misses: the brand’s own mail and ordinary senders #3: "Amanda Zona"', message: mail('"Amanda Zona" <amanda@example.org>') },
    { name: 'near misses: the brand’s own mail and ordinary senders #4: "Apple Valley Farms"', message: mail('"Apple Valley Farms" <news@applevalley.example>') },
    { name: 'near misses: the brand’s own mail and ordinary senders #5: "news@example.com"', message: mail('"news@example.com" <news@example.com>') },
  ],
  invalid: [
    // "Аmazon" with Cyrillic А
    {
      name: 'flags a homoglyph brand name in the display name #1: "=?UTF-8?B?0JBtYXpvbg==?="',
      message: mail('"=?UTF-8?B?0JBtYXpvbg==?=" <notice@mailer.example>'),
      hits: [
        { messageId: 'homoglyphName', evidence: [{ kind: 'header', header: 'from', value: '"=?UTF-8?B?0JBtYXpvbg==?=" <notice@mailer.example>' }], data: { name: 'Аmazon', brand: 'Amazon' } },
      ],
    },
    {
      name: 'flags a homoglyph brand name in the display name #2: "PayPaI Service"',
      message: mail('"PayPaI Service" <notice@mailer.example>'),
      hits: [
        { messageId: 'homoglyphName', evidence: [{ kind: 'header', header: 'from', value: '"PayPaI Service" <notice@mailer.example>' }], data: { name: 'PayPaI', brand: 'PayPal' } },
      ],
    },
    {
      name: 'flags a brand address shown in the display name',
      message: mail('"service@paypal.com" <x1@bulk-sender.top>'),
      hits: [
        { messageId: 'addressInName', evidence: [{ kind: 'header', header: 'from', value: '"service@paypal.com" <x1@bulk-sender.top>' }], data: { shown: 'service@paypal.com', address: 'x1@bulk-sender.top', brand: 'paypal' } },
      ],
    },
    {
      name: 'flags a brand-looking mailbox name on another domain',
      message: mail('Support <amazon-support@helpdesk-mail.example>'),
      hits: [
        { messageId: 'brandLocalPart', evidence: [{ kind: 'header', header: 'from', value: 'Support <amazon-support@helpdesk-mail.example>' }], data: { local: 'amazon-support', brand: 'Amazon', domain: 'helpdesk-mail.example' }, strength: 0.7 },
      ],
    },
  ],
});
