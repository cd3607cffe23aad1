import rule from './urgency-deadline.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: technical time window without any ask', message: { input: eml({ from: 'dev@lists.example.org', subject: 'Re: build', body: 'The mirror resyncs within 30 minutes of a commit, so the new tarball shows up then.' }), channel: 'email' } },
    { name: 'near miss: one "immediately" in the middle of a long mail', message: { input: eml({ from: 'dev@lists.example.org', subject: 'Release notes', body: `${'Here are the release notes for this week. '.repeat(10)}The patch was applied immediately after review. ${'More notes follow. '.repeat(10)}` }), channel: 'email' } },
    { name: 'near miss: friend asking to call back as soon as possible mid-text', message: 'Hey, it is Sam. Got your note about Saturday, call me back as soon as possible when you can.' },
    { name: 'near miss: a friend’s text with no time pressure at all', message: 'Hi Jo, the photos from Saturday are on the shared drive now. See you at the station at 7.' },
    { name: 'near miss: a time window in a long team mail, with the reader named only sentences away', message: { input: eml({ from: 'Priya <priya@example.org>', subject: 'Backups', body: 'Hi all, thank you for coming to the planning meeting yesterday and for the notes you sent round afterwards.\n\nA short summary of the storage change for the record, since several people asked about it in the hallway.\n\nThe nightly backup now finishes within 30 minutes of midnight. The old tape job has been retired for good after ten years of service.\n\nThe wiki page has the new schedule. Let me know if you spot anything wrong in it.' }), channel: 'email' } },
    { name: 'near miss: an email that opens with “Urgent” but asks nothing (no subject, no threat)', message: { input: eml({ from: 'Coach Ben <ben@example.org>', subject: 'Team kit', body: 'Urgent one: what shirt size do you wear? The order goes in on Thursday.' }), channel: 'email' } },
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
    {
      name: 'flags: a countdown with a consequence and a push (soft deadline with threat)',
      message: 'Offer ends tonight, act now or lose your 80% discount forever: http://deals-outlet.example',
      hits: [
        { messageId: 'deadlineWithThreat', evidence: [{ kind: 'text', text: 'ends tonight', start: 6, end: 18 }, { kind: 'text', text: 'lose your', start: 31, end: 40 }], data: { deadline: 'ends tonight', consequence: 'lose your' }, strength: 0.75 },
      ],
    },
    {
      name: 'flags: a countdown and a push without a consequence',
      message: 'Your Netflix membership ends tonight. Act now: update your payment at http://netflix-billing.example',
      hits: [
        { messageId: 'softDeadline', evidence: [{ kind: 'text', text: 'ends tonight', start: 24, end: 36 }], data: { deadline: 'ends tonight' }, strength: 0.44999999999999996 },
      ],
    },
    {
      name: 'flags: two hard deadlines without a consequence count a little more',
      message: 'FINAL NOTICE: pay your unpaid toll balance within 24 hours at http://toll-pay.example',
      hits: [
        { messageId: 'hardDeadline', evidence: [{ kind: 'text', text: 'FINAL NOTICE', start: 0, end: 12 }], data: { deadline: 'FINAL NOTICE' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags: a hard deadline with urgent wording and a legal threat',
      message: 'PayPal: Final notice. Pay the balance by 5 pm today. Act immediately. The bailiff will proceed next week.',
      hits: [
        { messageId: 'hardDeadline', evidence: [{ kind: 'text', text: 'Final notice', start: 8, end: 20 }], data: { deadline: 'Final notice' }, strength: 0.9 },
      ],
    },
    {
      name: 'flags: a time window that opens the text, the ask after it',
      message: 'Within 48 hours your parcel goes back to the sender. Reply YES to book a new slot.',
      hits: [
        { messageId: 'hardDeadline', evidence: [{ kind: 'text', text: 'Within 48 hours', start: 0, end: 15 }], data: { deadline: 'Within 48 hours' }, strength: 0.6 },
      ],
    },
    {
      name: 'flags: a headline “URGENT” at the start of a text',
      message: 'URGENT: a payment from your account could not be completed. Check the app.',
      hits: [
        { messageId: 'urgentWording', evidence: [{ kind: 'text', text: 'URGENT', start: 0, end: 6 }], data: { phrase: 'URGENT' }, strength: 0.25 },
      ],
    },
    {
      name: 'flags: urgent wording tied to a concrete threat',
      message: 'Respond immediately or your account will be suspended.',
      hits: [
        { messageId: 'urgentWording', evidence: [{ kind: 'text', text: 'Respond immediately', start: 0, end: 19 }, { kind: 'text', text: 'will be suspended', start: 36, end: 53 }], data: { phrase: 'Respond immediately' }, strength: 0.5 },
      ],
    },
    {
      name: 'flags: urgent wording with only a vague “otherwise” counts as a headline, not a threat',
      message: 'Amazon: reply immediately, otherwise we cannot process your refund.',
      hits: [
        { messageId: 'urgentWording', evidence: [{ kind: 'text', text: 'immediately', start: 14, end: 25 }], data: { phrase: 'immediately' }, strength: 0.25 },
      ],
    },
    {
      name: 'flags: “Urgent” at the end of the subject, said again in the body',
      message: { input: eml({ from: 'IT Desk <it@corp-helpdesk.example>', subject: 'Mailbox full - Urgent', body: 'Your mailbox is over its limit. This is urgent, open the link to add space.' }), channel: 'email' },
      hits: [
        { messageId: 'urgentWording', evidence: [{ kind: 'text', text: 'Urgent', start: 24, end: 30 }], data: { phrase: 'Urgent' }, strength: 0.35 },
      ],
    },
    {
      name: 'flags: two different urgent words in an email body',
      message: { input: eml({ from: 'Microsoft <alerts@ms-secure.example>', subject: 'Mailbox notice', body: 'Dear user, this is urgent. Please respond immediately to keep your mailbox.' }), channel: 'email' },
      hits: [
        { messageId: 'urgentWording', evidence: [{ kind: 'text', text: 'urgent', start: 44, end: 50 }], data: { phrase: 'urgent' }, strength: 0.35 },
      ],
    },
  ],
});
