import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_FEATURES } from '../model/features.js';
import { TextModel } from '../model/predict.js';
import rule, { REPORT_FLOOR } from './learned-model.js';
import { RuleTester } from './rule-tester.js';
import { runRule } from './test-utils.js';

const PRIZE = 'URGENT! You have WON a guaranteed cash prize. To claim call now, claim code XK22, T&C apply, reply STOP to end.';
const LUNCH = 'Are we still on for lunch tomorrow? I can pick you up around noon, just text me when you are ready.';

function constantModel(bias: number): TextModel {
  const flat = { a: 1, b: 0 };
  return new TextModel({ w: new Float32Array(1 << DEFAULT_FEATURES.bits), bias }, { email: flat, sms: flat, call: flat });
}

test('a prize-style text gets one hit with a calibrated probability and word spans as evidence', async () => {
  const hits = await runRule(rule, { input: PRIZE, channel: 'sms' });
  assert.equal(hits.length, 1);
  const h = hits[0]!;
  assert.equal(h.messageId, 'resemblesScams');
  const p = Number(h.data?.probability);
  assert.ok(p >= REPORT_FLOOR.sms && p <= 1);
  assert.equal(h.strength, p);
  assert.ok(String(h.data?.terms).length > 0);
  for (const e of h.evidence) {
    assert.equal(e.kind, 'text');
    if (e.kind === 'text') assert.equal(PRIZE.slice(e.start, e.end), e.text);
  }
});

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'an everyday personal text gets no hit', message: { input: LUNCH, channel: 'sms' } },
    { name: 'options.model = false turns the model off', message: { input: PRIZE, channel: 'sms' }, options: { model: false } },
    { name: 'an injected model replaces the committed one; no word stands out → the opening is the evidence #1', message: { input: PRIZE, channel: 'sms' }, options: { model: constantModel(-3) } },
  ],
  invalid: [
    {
      name: 'an injected model replaces the committed one; no word stands out → the opening is the evidence #2',
      message: { input: LUNCH, channel: 'sms' },
      options: { model: constantModel(3) },
      hits: [
        { messageId: 'resemblesScams', evidence: [{ kind: 'text', text: 'Are we still on for lunch tomorrow? I can pick you up around noon, just text me when you are ready.', start: 0, end: 99 }], data: { probability: 0.953, percent: 95, words: 0, terms: '(none stand out)' }, strength: 0.953 },
      ],
    },
  ],
});
