import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../analyze.js';
import { buildAdvice } from './advice.js';
import { buildIncidentReport, defang } from './report-text.js';
import { leaksSecret, SCAM_EMAIL } from './test-fixtures.js';

const NOW = new Date('2024-05-01T12:00:00.000Z');

describe('incident report', () => {
  it('is pre-filled with sender, links, numbers, order numbers, amounts and dates', async () => {
    const report = await analyze({ input: SCAM_EMAIL });
    const r = buildIncidentReport(report, { now: NOW, country: 'US', receivedAt: 'Tue, 30 Apr 2024 10:00:00 +0000' });
    assert.equal(r.generatedAt, '2024-05-01T12:00:00.000Z');
    assert.equal(r.sender?.address, 'support@amaz0n-help.top');
    assert.ok(r.indicators.some((i) => i.type === 'url' && i.value === 'http://amaz0n-help.top/login?id=1'));
    assert.ok(r.indicators.some((i) => i.type === 'phone' && i.value === '+18885550142'));
    assert.ok(r.indicators.some((i) => i.type === 'email' && i.value === 'refunds@amaz0n-help.top'));
    // The genuine amazon.com link is not an indicator.
    assert.ok(!r.indicators.some((i) => /amazon\.com/.test(i.value)));
    assert.deepEqual(r.orderNumbers, ['112-1234567-1234567']);
    assert.deepEqual(r.amounts, ['USD 499.99']);
    assert.ok(r.datesMentioned.includes('April 29, 2024'));
    assert.ok(r.text.includes('hxxp://amaz0n-help[.]top/login?id=1'));
    assert.ok(r.text.includes('+18885550142'));
    assert.ok(r.text.includes('112-1234567-1234567'));
    assert.ok(r.routes.some((x) => x.address === 'https://reportfraud.ftc.gov'));
  });

  it('never includes the card, CVV, code, password, IBAN or SSN from the input', async () => {
    const report = await analyze({ input: SCAM_EMAIL });
    // Sanity: the secrets really are in the analysed text, so the test can fail.
    assert.ok(leaksSecret(report.message.text));
    const r = buildIncidentReport(report, { now: NOW, country: 'GB' });
    assert.equal(leaksSecret(r.text), null);
    assert.equal(leaksSecret(JSON.stringify(r)), null);
    assert.ok((r.redactions.card ?? 0) >= 1);
    assert.ok((r.redactions.otp ?? 0) >= 1);
    assert.ok((r.redactions.password ?? 0) >= 1);
    assert.ok((r.redactions.iban ?? 0) >= 1);
    assert.ok((r.redactions.ssn ?? 0) >= 1);
  });

  it('masks fragments of secrets that a finding message quotes', () => {
    const fake = {
      schemaVersion: '1',
      channel: 'sms',
      verdict: 'likely_scam',
      score: 0.9,
      brand: null,
      findings: [{ ruleId: 'learned-model', category: 'model', messageId: 'm', message: 'top words: hunter, 9999, order, 99%', evidence: [], policy: null, weight: 1 }],
      advice: { summary: '', verify: [], doNot: [], ifYouAlready: [], report: [] },
      warnings: [],
      complete: true,
      message: { text: 'my password: hunter2 and SSN 219-09-9999, order now', links: [], attachments: [], sender: '+15550100' },
      entities: [],
    } as never;
    const r = buildIncidentReport(fake, { now: NOW });
    assert.equal(r.findings[0]!.message, 'top words: [removed], [removed], order, 99%');
    assert.ok(!/hunter|9999/.test(r.text));
  });

  it('defangs URLs', () => {
    assert.equal(defang('https://evil.example.com/a.b?c=d.e'), 'hxxps://evil[.]example[.]com/a.b?c=d.e');
    assert.equal(defang('evil.example/x'), 'evil[.]example/x');
  });
});

describe('buildAdvice', () => {
  it('lists the stages the findings point at first and routes with sources', async () => {
    const report = await analyze({ input: SCAM_EMAIL });
    assert.ok(report.findings.some((f) => f.ruleId === 'gift-card-payment-request'));
    const a = report.advice;
    const order = a.ifYouAlready.map((s) => s.stage);
    // The gift-card demand puts that playbook ahead of every stage nothing pointed at.
    assert.ok(order.indexOf('paid-gift-card') < order.indexOf('shared-bank'));
    assert.ok(!a.ifYouAlready.some((s) => s.stage === 'received'));
    assert.equal(new Set(a.ifYouAlready.map((s) => s.stage)).size, 9);
    assert.ok(a.report.length > 0 && a.report.every((r) => /^https?:\/\//.test(r.source)));
  });

  it('gives no playbooks or routes when there are no red flags', () => {
    const a = buildAdvice({ channel: 'sms', brand: null, findings: [], verdict: 'no_red_flags', country: 'US' });
    assert.deepEqual(a.ifYouAlready, []);
    assert.deepEqual(a.report, []);
  });

  it('returns fresh route objects on every call', () => {
    const input = { channel: 'email' as const, brand: null, findings: [], verdict: 'suspicious' as const, country: 'GB' };
    const a = buildAdvice(input);
    a.report[0]!.name = 'changed';
    a.ifYouAlready[0]!.steps.push('changed');
    const b = buildAdvice(input);
    assert.notEqual(b.report[0]!.name, 'changed');
    assert.ok(!b.ifYouAlready[0]!.steps.includes('changed'));
  });
});
