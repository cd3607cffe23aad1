import { ev } from '../signals/match.js';
import { defineRule } from './define-rule.js';

// "Your account has been locked" / "will be suspended" is the classic hook that makes people sign in
// through the scammer's link or call the scammer's number. Utility robocalls use the same threat
// for service ("your power will be disconnected in 30 minutes").

export default defineRule({
  meta: {
    id: 'account-suspension-threat',
    title: 'Threatens to lock, suspend or close your account',
    description:
      'The message says your account is (or will be) locked, suspended, on hold or deleted. Or it says your service will be cut off. This is to push you to act. Check the account by signing in yourself, never through the message.',
    category: 'pressure',
    channels: ['email', 'sms', 'call'],
    statement: 'pressure',
    messages: {
      accountThreat: 'Says your account is or will be blocked: "{{phrase}}".',
      serviceCutoff: 'Threatens to cut off your service: "{{phrase}}".',
    },
    falsePositives: [
      'Genuine account-on-hold notices that ask you to sign in through the official app or site (no link or number to use).',
      'Administrators announcing that inactive accounts will be disabled.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B',
    ],
  },
  check(ctx) {
    const s = ctx.facts.pressure.suspension.slice(0, 4);
    if (s.length) {
      const m = s[0]!;
      return [{ messageId: 'accountThreat', evidence: [ev(ctx.text, m)], data: { phrase: m.text }, strength: s.length > 1 ? 1 : 0.85 }];
    }
    const c = ctx.facts.pressure.serviceCutoff.slice(0, 2);
    if (c.length) {
      const m = c[0]!;
      return [{ messageId: 'serviceCutoff', evidence: [ev(ctx.text, m)], data: { phrase: m.text }, strength: 0.8 }];
    }
    return [];
  },
});
