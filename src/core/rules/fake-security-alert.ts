import { ev } from '../signals/match.js';
import { defineRule } from './define-rule.js';

// "Unusual sign-in from Russia", "your account was hacked": a fake security alert scares people into
// "securing" the account through the scammer — a link, a callback, or remote access. Genuine
// sign-in notices exist, so a lone "new sign-in" is weak; a far-away place, an IP address or
// "hacked" is the scripted escalation.

const ESCALATION = /hack|compromis|breach|infect|russia|china|nigeria|ukraine|korea|iran|romania|brazil|india|vietnam|moscow|beijing|lagos|(?<![a-z])ip(?![a-z])|someone|somebody|third party|unknown (?:user|person|party)|fraudulent|unauthori[sz]ed|no autorizad|não autorizad|non autorisée|unbefugte|onbevoegde/iu;
const YOU = /(?<![\p{L}])(?:you|your|yours|ihr|ihre|ihrem|ihren|ihres|sie|dein|deine|su|sus|tu|usted|vous|votre|vos|você|sua|seu|uw|je)(?![\p{L}])/iu;
// "security alert/warning/breach/notice" on its own is everyday vocabulary on tech mailing lists.
const GENERIC = /^security (?:alert|warning|breach|issue|threat|notice)$/iu;
// "Protect your card from unauthorised transactions for Rs 499", "insurance against fraudulent
// charges": an offer of cover names the danger without claiming it happened.
const PROTECTION_OFFER = /(?:protect\w*|insur\w*|cover(?:s|ed|age)?|safeguard\w*|shield\w*)\b[^.!?\n]{0,50}?\b(?:from|against)\s+(?:any\s+|all\s+)?$/iu;

export default defineRule({
  meta: {
    id: 'fake-security-alert',
    title: 'Security-alert story',
    description:
      'The message warns of odd activity, a sign-in from a new device or country, or a hacked account. This is to make you act fast. Check your account’s security page by signing in yourself, not through the message.',
    category: 'pretext',
    channels: ['email', 'sms', 'call'],
    messages: {
      securityAlert: 'Warns of strange activity on your account ({{phrase}}).',
    },
    falsePositives: [
      'Genuine sign-in notifications from services you use (they point you to the account’s own security page).',
      'Security advisories on technical mailing lists.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams',
      'https://learn.microsoft.com/en-us/defender-endpoint/malware/support-scams',
    ],
  },
  check(ctx) {
    const all = ctx.facts.pressure.securityAlert.slice(0, 8);
    // The alert must be about the reader ("your account", "you"), not a security discussion.
    const specific = all.filter(
      (m) =>
        !GENERIC.test(m.text) &&
        !PROTECTION_OFFER.test(ctx.text.slice(Math.max(0, m.start - 80), m.start)) &&
        YOU.test(ctx.text.slice(Math.max(0, m.start - 120), m.end + 120)),
    );
    if (!specific.length) return [];
    const m = specific[0]!;
    const escalated = specific.find((x) => ESCALATION.test(x.text));
    const distinct = new Set(all.map((x) => x.text.toLowerCase())).size;
    let strength = 0.5;
    if (escalated) strength += 0.3;
    if (distinct >= 2) strength += 0.2;
    const evidence = [ev(ctx.text, m)];
    if (escalated && escalated !== m) evidence.push(ev(ctx.text, escalated));
    return [{ messageId: 'securityAlert', evidence, data: { phrase: (escalated ?? m).text }, strength: Math.min(1, strength) }];
  },
});
