import { ev } from '../signals/match.js';
import { defineRule } from './define-rule.js';

// "Your Prime membership could not be renewed — update your billing information" is the most common
// Amazon phishing email; the fake auto-renewal invoice ("your subscription renewed for $399, call
// to cancel") is its callback twin. Brands ask you to fix payment inside your account, never
// through a link or number in a message.

export default defineRule({
  meta: {
    id: 'subscription-billing-failure',
    title: 'Story about a failed payment or a subscription renewal',
    description:
      'The message says a membership could not be renewed or a payment was declined. Or it says an auto-renewal charged you. It asks you to update billing details or call. Check your payment settings by signing in yourself.',
    category: 'pretext',
    channels: ['email', 'sms', 'call'],
    statement: 'update-payment',
    messages: {
      billingFailure: 'Says there is a problem with your payment or subscription ({{phrase}}).',
    },
    falsePositives: [
      'Genuine payment-declined notices from a service you use (they ask you to sign in to the app, not to follow a link).',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B',
    ],
  },
  check(ctx) {
    const hits = ctx.facts.pressure.billingFailure.slice(0, 6);
    if (!hits.length) return [];
    const distinct = new Set(hits.map((h) => h.text.toLowerCase())).size;
    const m = hits[0]!;
    const evidence = hits.slice(0, 3).map((h) => ev(ctx.text, h));
    return [{ messageId: 'billingFailure', evidence, data: { phrase: m.text }, strength: distinct >= 2 ? 1 : 0.65 }];
  },
});
