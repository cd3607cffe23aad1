import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './registered-sender-id.js';
import { runRule } from './test-utils.js';

const sms = (input: string, from: string) => ({ input, channel: 'sms' as const, from });

test('genuine: an Indian DLT header, a short code, a sender name — in decreasing strength', async () => {
  const dlt = await runRule(rule, sms('Rs 500 debited from a/c XX1234.', 'VM-ICICIB'));
  assert.deepEqual(dlt.map((h) => [h.messageId, h.effect]), [['dltHeader', 'lower']]);
  assert.deepEqual(dlt[0]!.evidence, [{ kind: 'header', header: 'sender', value: 'VM-ICICIB' }]);
  const short = await runRule(rule, sms('Your order has shipped.', '262966'));
  const name = await runRule(rule, sms('Your order has shipped.', 'Amazon'));
  assert.equal(short[0]!.messageId, 'shortCode');
  assert.equal(name[0]!.messageId, 'alphanumeric');
  assert.ok(dlt[0]!.strength! > short[0]!.strength! && short[0]!.strength! > name[0]!.strength!);
});

test('near miss: ordinary numbers, email addresses, no sender, over-long names', async () => {
  for (const from of ['+1 415 555 0123', '07700900123', 'scam@example.com', 'A-VERY-LONG-SENDER-NAME']) {
    assert.deepEqual((await runRule(rule, sms('Your order has shipped.', from))).map((h) => h.messageId), [], from);
  }
  assert.deepEqual(await runRule(rule, 'Your order has shipped.'), []);
});

test('genuine, stronger: a sender the claimed brand lists as its own', async () => {
  const { BRANDS } = await import('../brands/index.js');
  const amazon = BRANDS.find((b) => b.id === 'amazon')!;
  const withSender = { ...amazon, smsSenders: [{ id: '262966', kind: 'short-code' as const, country: 'US', source: amazon.sources[0]! }] };
  const brands = BRANDS.map((b) => (b.id === 'amazon' ? withSender : b));
  const hits = await runRule(rule, sms('Amazon: your order has shipped.', '262966'), { brands });
  assert.deepEqual(hits.map((h) => [h.messageId, h.data?.brand, h.strength ?? 1]), [['brandSender', 'Amazon', 1]]);
  // The same short code with a text that claims no brand is only a short code.
  assert.equal((await runRule(rule, sms('Your order has shipped.', '262966'), { brands }))[0]!.messageId, 'shortCode');
});
