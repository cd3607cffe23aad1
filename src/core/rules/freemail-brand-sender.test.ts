import rule from './freemail-brand-sender.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (from: string, subject: string, body = 'Please review your account.') => ({ input: eml({ from, subject, body }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: personal mail from free mailboxes, brand mail from the brand #1: Jane', message: mail('Jane <jane.doe@gmail.com>', 'Dinner Friday?', 'Are we still on?') },
    { name: 'near misses: personal mail from free mailboxes, brand mail from the brand #2: "Apple"', message: mail('"Apple" <no_reply@email.apple.com>', 'Your receipt from Apple') },
  ],
  invalid: [
    {
      name: 'flags a brand claim from a free mailbox #1: "Apple Support"',
      message: mail('"Apple Support" <applesupport.team@gmail.com>', 'Your Apple ID is locked'),
      hits: [
        { messageId: 'freemail', evidence: [{ kind: 'header', header: 'from', value: '"Apple Support" <applesupport.team@gmail.com>' }], data: { brand: 'Apple', provider: 'gmail.com', address: 'applesupport.team@gmail.com' } },
      ],
    },
    {
      name: 'flags a brand claim from a free mailbox #2: "Microsoft Account Team"',
      message: mail('"Microsoft Account Team" <msteam@outlook.com>', 'Unusual sign-in'),
      hits: [
        { messageId: 'freemail', evidence: [{ kind: 'header', header: 'from', value: '"Microsoft Account Team" <msteam@outlook.com>' }], data: { brand: 'Microsoft', provider: 'outlook.com', address: 'msteam@outlook.com' } },
      ],
    },
    {
      name: 'near misses: personal mail from free mailboxes, brand mail from the brand #3: Jane',
      message: mail('Jane <jane.doe@gmail.com>', 'Fwd: Your Amazon order', '---------- Forwarded message ---------\nYour Amazon order has shipped'),
      hits: [
        { messageId: 'freemail', evidence: [{ kind: 'header', header: 'from', value: 'Jane <jane.doe@gmail.com>' }], data: { brand: 'Amazon', provider: 'gmail.com', address: 'jane.doe@gmail.com' }, strength: 0.3 },
      ],
    },
  ],
});
