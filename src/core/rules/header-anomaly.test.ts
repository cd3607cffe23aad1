import rule from './header-anomaly.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const raw = (lines: string[], body = 'Your Amazon account needs attention.') => ({ input: [...lines, 'MIME-Version: 1.0', 'Content-Type: text/plain', '', body].join('\r\n'), channel: 'email' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'flags a brand claim without Message-ID, and a Message-ID from free mail #2: Subject: Your Amazon account', message: raw(['Subject: Your Amazon account']) },
    { name: 'near misses: ordinary mail with consistent headers #1: "Amazon.com"', message: { input: eml({ from: '"Amazon.com" <auto-confirm@amazon.com>', subject: 'Your Amazon order', body: 'Thanks' }), channel: 'email' } },
    { name: 'near misses: ordinary mail with consistent headers #2: Received: from mx.example.net by mx.example.o…', message: raw(['Received: from mx.example.net by mx.example.org; Mon, 2 Jun 2025 10:01:00 +0000', 'From: Bob <bob@gmail.com>', 'To: you@example.org', 'Subject: hi', 'Date: Mon, 2 Jun 2025 10:00:00 +0000', 'Message-ID: <CA1@mail.gmail.com>'], 'hello') },
  ],
  invalid: [
    {
      name: 'flags a Message-ID minted on a lookalike domain',
      message: raw(['From: "Amazon" <a@notice.example>', 'To: you@example.org', 'Subject: Your Amazon account', 'Message-ID: <123@amaz0n-mail.com>']),
      hits: [
        { messageId: 'messageIdLookalike', evidence: [{ kind: 'header', header: 'message-id', value: '<123@amaz0n-mail.com>' }], data: { domain: 'amaz0n-mail.com', brand: 'Amazon' } },
      ],
    },
    {
      name: 'flags a brand claim without Message-ID, and a Message-ID from free mail #1: Received: from x.example by mx.example.org; M…',
      message: raw(['Received: from x.example by mx.example.org; Mon, 2 Jun 2025 10:00:00 +0000', 'From: "Amazon" <a@notice.example>', 'To: you@example.org', 'Subject: Your Amazon account']),
      hits: [
        { messageId: 'missingMessageId', evidence: [{ kind: 'header', header: 'message-id', value: '(missing)' }], data: { brand: 'Amazon' }, strength: 0.5 },
      ],
    },
    {
      name: 'flags a brand claim without Message-ID, and a Message-ID from free mail #3: From: "Amazon"',
      message: raw(['From: "Amazon" <a@notice.example>', 'To: you@example.org', 'Subject: Your Amazon account', 'Message-ID: <CAF1234@mail.gmail.com>']),
      hits: [
        { messageId: 'messageIdFreemail', evidence: [{ kind: 'header', header: 'message-id', value: '<CAF1234@mail.gmail.com>' }], data: { domain: 'mail.gmail.com', brand: 'Amazon' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags a Date far from the first Received time',
      message: raw(['Received: from mx.example.net by mx.example.org; Tue, 10 Jun 2025 10:00:00 +0000', 'From: Bob <bob@example.net>', 'To: you@example.org', 'Subject: hi', 'Date: Mon, 2 Jun 2025 10:00:00 +0000', 'Message-ID: <1@example.net>'], 'hello'),
      hits: [
        { messageId: 'dateSkew', evidence: [{ kind: 'header', header: 'date', value: 'Mon, 2 Jun 2025 10:00:00 +0000' }, { kind: 'header', header: 'received', value: 'from mx.example.net by mx.example.org; Tue, 10 Jun 2025 10:00:00 +0000' }], data: { days: 8 }, strength: 0.6 },
      ],
    },
  ],
});
