import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './analyze.js';
import { ImpostorError } from './errors.js';

// Hostile and odd input: never a crash, never a hang. Each case must finish (the test runner's
// timeout catches a hang) and return a report or a typed error.

const cases: [string, string, 'email' | 'sms' | 'call' | undefined][] = [
  ['long run of one letter', 'a'.repeat(300_000), 'sms'],
  ['long run of digits', '1'.repeat(200_000), 'sms'],
  ['long run of dots and dashes', '.-'.repeat(150_000), 'sms'],
  ['many currency symbols', '$ '.repeat(100_000), 'sms'],
  ['repeated code words', 'code '.repeat(50_000), 'sms'],
  ['repeated gift cards', 'gift card pay '.repeat(20_000), 'sms'],
  ['many urls', 'http://a.example.com/x '.repeat(20_000), 'sms'],
  ['many emails', 'a@b.example '.repeat(20_000), 'sms'],
  ['brand spam', 'amazon '.repeat(50_000), 'sms'],
  ['colons for speaker tags', 'A: b\n'.repeat(50_000), 'call'],
  ['deep html nesting', `${'<div>'.repeat(50_000)}Amazon${'</div>'.repeat(50_000)}`, undefined],
  ['header-only email', 'From: x@y.example\r\nSubject: hi\r\n', 'email'],
  ['many headers', `${'X-A: b\r\n'.repeat(50_000)}From: a@b.example\r\n\r\nbody`, 'email'],
  ['RTL override and combining marks', '\u202Eamazon\u202C a\u0301\u0301\u0301\u0301 𝐀𝐦𝐚𝐳𝐨𝐧 🎁 gift card', 'sms'],
  ['only emoji', '🎁🎁🎁🎁', 'sms'],
];

for (const [name, input, channel] of cases) {
  test(`hostile input: ${name}`, async () => {
    try {
      const r = await analyze({ input, channel });
      assert.ok(['likely_scam', 'suspicious', 'no_red_flags'].includes(r.verdict));
      assert.ok(r.score >= 0 && r.score <= 1);
      for (const f of r.findings) {
        for (const e of f.evidence) if (e.kind === 'text') assert.equal(r.message.text.slice(e.start, e.end), e.text);
      }
    } catch (err) {
      assert.ok(err instanceof ImpostorError, `unexpected ${String(err)}`);
    }
  });
}

test('a 50 MB email is refused with a clear error', async () => {
  const big = `From: a@b.example\r\nSubject: big\r\n\r\n${'x'.repeat(50 * 1024 * 1024)}`;
  await assert.rejects(analyze({ input: big }), (e: unknown) => e instanceof ImpostorError && e.code === 'input_too_large' && /limit/.test(e.message));
});

test('caps are options: a lower text cap truncates with a warning and marks the report partial', async () => {
  const r = await analyze({ input: `Amazon account locked. ${'word '.repeat(1000)}`, channel: 'sms' }, { limits: { maxTextChars: 500 } });
  assert.equal(r.message.text.length, 500);
  assert.ok(r.warnings.some((w) => w.startsWith('text_truncated')));
  assert.equal(r.complete, false);
});

test('text dense with number groups: the phone search stops at its budget and says so', async () => {
  const rows = Array.from({ length: 80 }, (_, r) => `  ${r}.${(r * 37) % 1000}    ${(r * 7) % 100}.${(r * 91) % 1000}    ${(r * 13) % 100}.${(r * 53) % 1000}    1.00  RULE_${r}`);
  const input = `From: stats@lists.example\r\nSubject: weekly figures\r\n\r\nCall (206) 555-0100 with questions.\r\n${rows.join('\r\n')}\r\n`;
  const r = await analyze({ input, channel: 'email' });
  assert.ok(r.warnings.some((w) => w.startsWith('phones_truncated')), r.warnings.join('; '));
  assert.ok(r.entities.some((e) => e.type === 'phone' && e.value === '+12065550100'), 'the number before the table is kept');
  const roomy = await analyze({ input, channel: 'email' }, { limits: { maxPhoneTries: 1_000_000 } });
  assert.ok(!roomy.warnings.some((w) => w.startsWith('phones_truncated')), 'the cap is an option');
});

test('a rule that throws is listed and the report is marked incomplete', async () => {
  const boom = {
    meta: { id: 'boom', title: 'Boom rule', description: 'always throws, for this test', category: 'request' as const, channels: ['sms' as const], messages: { x: 'x' }, falsePositives: ['none'] },
    check(): never {
      throw new Error('kaput');
    },
  };
  const r = await analyze({ input: 'hello there', channel: 'sms' }, { rules: [boom] });
  assert.equal(r.complete, false);
  assert.ok(r.warnings.some((w) => w.includes('boom') && w.includes('kaput')));
});

test('findings: one entry per rule and message id, with the evidence of every hit', async () => {
  const { mergeFindings } = await import('./analyze.js');
  const f = (start: number, weight: number) => ({
    ruleId: 'urgency-deadline', category: 'pressure' as const, messageId: 'deadline', message: 'm', weight, policy: null,
    evidence: [{ kind: 'text' as const, text: 'now', start, end: start + 3 }],
  });
  const merged = mergeFindings([f(0, 0.1), f(10, 0.25), f(0, 0.1)]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.weight, 0.25);
  assert.deepEqual(merged[0]!.evidence.map((e) => (e.kind === 'text' ? e.start : -1)), [0, 10]);
});

test('advice: where only the trained classifier flagged a message, the summary says so', async () => {
  const { buildAdvice } = await import('./advice/advice.js');
  const model = { ruleId: 'learned-model', category: 'model' as const, messageId: 'resemblesScams', message: 'm', weight: 0.5, policy: null, evidence: [] };
  const rule = { ...model, ruleId: 'gift-card-payment-request', category: 'request' as const };
  const base = { channel: 'sms' as const, brand: null, verdict: 'suspicious' as const, country: 'US' };
  assert.match(buildAdvice({ ...base, findings: [model] }).summary, /Only the trained classifier flagged it/);
  assert.doesNotMatch(buildAdvice({ ...base, findings: [model, rule] }).summary, /Only the trained classifier/);
  assert.doesNotMatch(buildAdvice({ ...base, verdict: 'no_red_flags', findings: [] }).summary, /Only the trained classifier/);
});

test('report: checkable red flags first, then the classifier, then genuine evidence', async () => {
  const r = await analyze({ input: 'Amazon: We noticed a suspicious purchase of an iPhone 15 ($1,249.00) on your account. If this was not you, call 1-888-555-0173 immediately to cancel.', channel: 'sms', from: 'AMAZON' });
  const ranks = r.findings.map((f) => (f.effect === 'lower' ? 2 : f.category === 'model' ? 1 : 0));
  assert.ok(r.findings.length >= 3);
  assert.equal(ranks[0], 0);
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  assert.ok(r.findings.some((f) => f.category === 'model') && r.findings.some((f) => f.effect === 'lower'));
});
