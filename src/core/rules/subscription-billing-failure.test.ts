import rule from './subscription-billing-failure.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: ordinary renewal reminder', message: 'Reminder: your membership renews on 3 March. No action is needed.' },
    { name: 'near miss: a mailing-list post about a failed build', message: { input: eml({ from: 'ci@lists.example.org', subject: 'Build failed', body: 'The nightly build failed again, the linker could not be found.' }), channel: 'email' } },
  ],
  invalid: [
    {
      name: 'flags: Prime membership could not be renewed + update billing',
      message: { input: eml({
      from: 'Amazon Prime <prime@renew-amzn.example>',
      subject: 'Your Prime membership',
      body: 'Your Prime membership could not be renewed. Please update your billing information to keep your benefits.',
    }), channel: 'email' },
      hits: [
        { messageId: 'billingFailure', evidence: [{ kind: 'text', text: 'Prime membership could not be renewed', start: 37, end: 74 }, { kind: 'text', text: 'update your billing information', start: 83, end: 114 }], data: { phrase: 'Prime membership could not be renewed' } },
      ],
    },
    {
      name: 'flags: payment declined (SMS) at lower strength',
      message: 'Netflix: your payment was declined. Visit http://nflx-billing.example',
      hits: [
        { messageId: 'billingFailure', evidence: [{ kind: 'text', text: 'payment was declined', start: 14, end: 34 }], data: { phrase: 'payment was declined' }, strength: 0.65 },
      ],
    },
    {
      name: 'flags: fake auto-renewal invoice',
      message: 'Your subscription has been auto-renewed for $399.99 and will be charged today. Call to cancel.',
      hits: [
        { messageId: 'billingFailure', evidence: [{ kind: 'text', text: 'subscription has been auto-renewed for', start: 5, end: 43 }], data: { phrase: 'subscription has been auto-renewed for' }, strength: 0.65 },
      ],
    },
    {
      name: 'flags: German, Spanish and French billing failures #1: Ihre Zahlung ist fehlgeschlagen. Bitte Zahlun…',
      message: 'Ihre Zahlung ist fehlgeschlagen. Bitte Zahlungsinformationen aktualisieren.',
      hits: [
        { messageId: 'billingFailure', evidence: [{ kind: 'text', text: 'Zahlung ist fehlgeschlagen', start: 5, end: 31 }, { kind: 'text', text: 'Zahlungsinformationen aktualisieren', start: 39, end: 74 }], data: { phrase: 'Zahlung ist fehlgeschlagen' } },
      ],
    },
    {
      name: 'flags: German, Spanish and French billing failures #2: Pago rechazado: actualice su información de p…',
      message: 'Pago rechazado: actualice su información de pago.',
      hits: [
        { messageId: 'billingFailure', evidence: [{ kind: 'text', text: 'Pago rechazado', start: 0, end: 14 }, { kind: 'text', text: 'actualice su información de pago', start: 16, end: 48 }], data: { phrase: 'Pago rechazado' } },
      ],
    },
    {
      name: 'flags: German, Spanish and French billing failures #3: Paiement refusé : veuillez mettre à jour vos…',
      message: 'Paiement refusé : veuillez mettre à jour vos informations de paiement.',
      hits: [
        { messageId: 'billingFailure', evidence: [{ kind: 'text', text: 'Paiement refusé', start: 0, end: 15 }, { kind: 'text', text: 'mettre à jour vos informations de paiement', start: 27, end: 69 }], data: { phrase: 'Paiement refusé' } },
      ],
    },
  ],
});
