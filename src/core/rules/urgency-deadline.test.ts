import rule from './urgency-deadline.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: technical time window without any ask', message: { input: eml({ from: 'dev@lists.example.org', subject: 'Re: build', body: 'The mirror resyncs within 30 minutes of a commit, so the new tarball shows up then.' }), channel: 'email' } },
    { name: 'near miss: one "immediately" in the middle of a long mail', message: { input: eml({ from: 'dev@lists.example.org', subject: 'Release notes', body: `${'Here are the release notes for this week. '.repeat(10)}The patch was applied immediately after review. ${'More notes follow. '.repeat(10)}` }), channel: 'email' } },
    { name: 'near miss: friend asking to call back as soon as possible mid-text', message: 'Hey, it is Sam. Got your note about Saturday, call me back as soon as possible when you can.' },
  ],
  invalid: [
    {
      name: 'a countdown-style deadline alone is a soft deadline',
      message: 'Offer ends tonight at midnight.',
      hits: [
        { messageId: 'softDeadline', evidence: [{ kind: 'text', text: 'ends tonight', start: 6, end: 18 }], data: { deadline: 'ends tonight' }, strength: 0.35 },
      ],
    },
    {
      name: 'flags: hard deadline tied to a suspension threat (strong)',
      message: 'Amazon: verify your account within 24 hours or it will be permanently suspended: http://amzn-verify.top',
      hits: [
        { messageId: 'deadlineWithThreat', evidence: [{ kind: 'text', text: 'within 24 hours', start: 28, end: 43 }, { kind: 'text', text: 'will be permanently suspended', start: 50, end: 79 }], data: { deadline: 'within 24 hours', consequence: 'will be permanently suspended' } },
      ],
    },
    {
      name: 'flags: final notice without a consequence is a hard deadline of middling strength',
      message: 'FINAL NOTICE: please confirm your details at the link below.',
      hits: [
        { messageId: 'hardDeadline', evidence: [{ kind: 'text', text: 'FINAL NOTICE', start: 0, end: 12 }], data: { deadline: 'FINAL NOTICE' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: legal threat in a tax robocall',
      message: { input: 'This is the tax department. A lawsuit has been filed against you. Call back to avoid arrest.', channel: 'call' },
      hits: [
        { messageId: 'legalThreat', evidence: [{ kind: 'text', text: 'lawsuit has been filed against you', start: 30, end: 64 }], data: { phrase: 'lawsuit has been filed against you' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags: German and Spanish deadlines #1: Bitte bestätigen Sie Ihre Daten innerhalb von…',
      message: 'Bitte bestätigen Sie Ihre Daten innerhalb von 48 Stunden, sonst wird Ihr Konto gesperrt.',
      hits: [
        { messageId: 'deadlineWithThreat', evidence: [{ kind: 'text', text: 'innerhalb von 48 Stunden', start: 32, end: 56 }, { kind: 'text', text: 'wird Ihr Konto gesperrt', start: 64, end: 87 }], data: { deadline: 'innerhalb von 48 Stunden', consequence: 'wird Ihr Konto gesperrt' } },
      ],
    },
    {
      name: 'flags: German and Spanish deadlines #2: Último aviso: confirme sus datos en las próxi…',
      message: 'Último aviso: confirme sus datos en las próximas 24 horas o su cuenta será suspendida.',
      hits: [
        { messageId: 'deadlineWithThreat', evidence: [{ kind: 'text', text: 'Último aviso', start: 0, end: 12 }, { kind: 'text', text: 'será suspendida', start: 70, end: 85 }], data: { deadline: 'Último aviso', consequence: 'será suspendida' } },
      ],
    },
    {
      name: 'flags: a single "urgent" is weak and only counts in the subject',
      message: { input: eml({ from: 'x@example.net', subject: 'URGENT: your parcel', body: 'See the link.' }), channel: 'email' },
      hits: [
        { messageId: 'urgentWording', evidence: [{ kind: 'text', text: 'URGENT', start: 9, end: 15 }], data: { phrase: 'URGENT' }, strength: 0.35 },
      ],
    },
    {
      name: 'flags: fake debt-collection threats (bailiffs, prejudgment attachment)',
      message: { input: 'TAX AUTHORITY Your outstanding debt of EUR 687.02 has not been paid after several reminders. On November 12 the bailiff will proceed with a prejudgment attachment.', channel: 'sms' },
      hits: [
        { messageId: 'legalThreat', evidence: [{ kind: 'text', text: 'bailiff will proceed', start: 112, end: 132 }], data: { phrase: 'bailiff will proceed' }, strength: 0.7 },
      ],
    },
  ],
});
