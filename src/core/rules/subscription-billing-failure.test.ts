import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './subscription-billing-failure.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: Prime membership could not be renewed + update billing', async () => {
  const raw = eml({
    from: 'Amazon Prime <prime@renew-amzn.example>',
    subject: 'Your Prime membership',
    body: 'Your Prime membership could not be renewed. Please update your billing information to keep your benefits.',
  });
  const hits = await runRule(rule, { input: raw, channel: 'email' });
  assert.deepEqual(hits.map((h) => h.messageId), ['billingFailure']);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: payment declined (SMS) at lower strength', async () => {
  const hits = await runRule(rule, 'Netflix: your payment was declined. Visit http://nflx-billing.example');
  assert.deepEqual(hits.map((h) => h.messageId), ['billingFailure']);
  assert.ok((hits[0]!.strength ?? 1) < 1);
});

test('flags: fake auto-renewal invoice', async () => {
  assert.deepEqual(await ids(rule, 'Your subscription has been auto-renewed for $399.99 and will be charged today. Call to cancel.'), ['billingFailure']);
});

test('flags: German, Spanish and French billing failures', async () => {
  for (const t of [
    'Ihre Zahlung ist fehlgeschlagen. Bitte Zahlungsinformationen aktualisieren.',
    'Pago rechazado: actualice su información de pago.',
    'Paiement refusé : veuillez mettre à jour vos informations de paiement.',
  ]) {
    assert.deepEqual(await ids(rule, t), ['billingFailure'], t);
  }
});

test('near miss: ordinary renewal reminder', async () => {
  assert.deepEqual(await ids(rule, 'Reminder: your membership renews on 3 March. No action is needed.'), []);
});

test('near miss: a mailing-list post about a failed build', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'ci@lists.example.org', subject: 'Build failed', body: 'The nightly build failed again, the linker could not be found.' }), channel: 'email' }), []);
});
