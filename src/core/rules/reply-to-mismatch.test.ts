import rule from './reply-to-mismatch.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const mail = (from: string, subject: string, headers: Record<string, string>) => ({ input: eml({ from, subject, body: 'Please reply.', headers }), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: same-domain Reply-To, mailing lists, personal mail #1: "Amazon.com"', message: mail('"Amazon.com" <order-update@amazon.com>', 'Your Amazon order', { 'Reply-To': 'no-reply@amazon.com' }) },
    { name: 'near misses: same-domain Reply-To, mailing lists, personal mail #2: Bob', message: mail('Bob <bob@gmail.com>', 'Re: patch', { 'Reply-To': 'dev@lists.example.org', 'List-Id': '<dev.lists.example.org>' }) },
    { name: 'near misses: same-domain Reply-To, mailing lists, personal mail #3: Bob', message: mail('Bob <bob@gmail.com>', 'Dinner', { 'Reply-To': 'bob@yahoo.com' }) },
  ],
  invalid: [
    {
      name: 'flags a brand claim whose replies go elsewhere',
      message: mail('"Amazon Support" <support@amazon-notice.example>', 'Your Amazon account', { 'Reply-To': 'amazon.refunds@gmail.com' }),
      hits: [
        { messageId: 'replyToElsewhere', evidence: [{ kind: 'header', header: 'reply-to', value: 'amazon.refunds@gmail.com' }, { kind: 'header', header: 'from', value: 'support@amazon-notice.example' }], data: { brand: 'Amazon', replyTo: 'amazon.refunds@gmail.com' } },
      ],
    },
    {
      name: 'flags a company sender whose replies go to a free mailbox',
      message: mail('CEO <ceo@acme-corp.example>', 'Quick task', { 'Reply-To': 'ceo.acme@outlook.com' }),
      hits: [
        { messageId: 'replyToFreemail', evidence: [{ kind: 'header', header: 'reply-to', value: 'ceo.acme@outlook.com' }, { kind: 'header', header: 'from', value: 'ceo@acme-corp.example' }], data: { from: 'ceo@acme-corp.example', replyTo: 'ceo.acme@outlook.com' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags bounces to a free mailbox on a brand claim',
      message: mail('"PayPal" <service@pp-notice.example>', 'Your PayPal account', { 'Return-Path': '<bulk77@yahoo.com>' }),
      hits: [
        { messageId: 'returnPathFreemail', evidence: [{ kind: 'header', header: 'return-path', value: 'bulk77@yahoo.com' }], data: { brand: 'PayPal', returnPath: 'bulk77@yahoo.com' }, strength: 0.6 },
      ],
    },
  ],
});
