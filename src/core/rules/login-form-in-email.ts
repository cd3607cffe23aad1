import { classifyHost } from '../signals/lookalike.js';
import { defineRule } from './define-rule.js';

// A form inside the email body that asks for a password, card or code: no brand collects those in
// an email; the form posts straight to the attacker.

const SENSITIVE = /pass|pwd|card|cc-?num|cvv|cvc|csc|exp|ssn|social|pin\b|otp|code|secur|account|iban|routing|login|user/i;

export default defineRule({
  meta: {
    id: 'login-form-in-email',
    title: 'Form in the email asks for sign-in or payment details',
    description: 'The email contains a form with fields such as password, card number or security code. Brands never collect these in an email.',
    category: 'link',
    channels: ['email'],
    statement: 'password',
    messages: {
      sensitiveForm: 'The email contains a form asking for {{fields}} that sends them to {{action}}.',
    },
    falsePositives: ['Newsletter sign-up or search forms (only forms with password, card or code fields count fully).'],
    references: ['https://www.paypal.com/us/security/learn-about-fake-messages'],
  },
  check(ctx) {
    const forms = ctx.message.extras?.forms ?? [];
    for (const f of forms.slice(0, 10)) {
      const fields = f.inputs.filter((i) => i.type === 'password' || (i.type !== 'hidden' && i.type !== 'submit' && SENSITIVE.test(i.name)));
      if (!fields.length) continue;
      const hasPassword = fields.some((i) => i.type === 'password' || /pass|pwd|cvv|cvc|card/i.test(i.name));
      const host = /^https?:\/\/([^/?#:]+)/i.exec(f.action)?.[1] ?? '';
      const lookalike = host ? classifyHost(host, ctx.brands).kind === 'lookalike' : false;
      const names = fields.map((i) => i.name || i.type).slice(0, 5).join(', ');
      return [{
        messageId: 'sensitiveForm' as const,
        evidence: [{ kind: 'header', header: 'html-form', value: `action=${f.action.slice(0, 200) || '(none)'}; fields=${names}` }],
        data: { fields: names, action: host || f.action.slice(0, 100) || '(this page)' },
        strength: hasPassword || lookalike ? 1 : 0.5,
      }];
    }
    return [];
  },
});
