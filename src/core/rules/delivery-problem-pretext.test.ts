import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './delivery-problem-pretext.js';
import { ids, runRule } from './test-utils.js';

test('flags: parcel held, pay redelivery fee', async () => {
  const hits = await runRule(rule, 'USPS: your package could not be delivered and is held at our depot. Pay the $1.99 redelivery fee: http://usps-redeliver.example');
  assert.deepEqual(hits.map((h) => h.messageId), ['deliveryFee']);
  assert.ok((hits[0]!.strength ?? 1) >= 0.9);
});

test('flags: update your address when a parcel is in the story', async () => {
  assert.deepEqual(await ids(rule, 'Your parcel is waiting. Please update your delivery address here: http://track-parcel.example'), ['deliveryProblem']);
});

test('flags: German and Spanish customs fees', async () => {
  assert.deepEqual(await ids(rule, 'Ihr Paket konnte nicht zugestellt werden. Bitte zahlen Sie die Zollgebühr von 2,99 €.'), ['deliveryFee']);
  assert.deepEqual(await ids(rule, 'Su paquete está retenido. Pague las tasas de aduana para recibirlo.'), ['deliveryFee']);
});

test('near miss: genuine shipping notice', async () => {
  assert.deepEqual(await ids(rule, 'Your Amazon order has shipped and will arrive Thursday. Track it in the Amazon app.'), []);
});

test('near miss: update the address in a config file', async () => {
  assert.deepEqual(await ids(rule, 'Please update the address in the config so the mail server relays again.'), []);
});
