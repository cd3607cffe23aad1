import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, analyzeWithMessage } from '../analyze.js';
import { buildAdvice } from './advice.js';
import { reportRoutes, routeTarget } from './routes.js';
import { BRANDS } from '../brands/index.js';
import { buildIncidentReport, defang } from './report-text.js';
import { leaksSecret, SCAM_EMAIL } from './test-fixtures.js';

const NOW = new Date('2024-05-01T12:00:00.000Z');

describe('incident report', () => {
  it('takes when an email arrived from the analysis it is built from, not from a second parse', async () => {
    const mail = `Date: Tue, 30 Apr 2024 10:00:00 +0000\r\nFrom: Amazon <support@amaz0n-help.top>\r\nTo: you@example.com\r\nSubject: Refund\r\n\r\nYour refund of $499.99 is waiting: http://amaz0n-help.top/login\r\n`;
    const { report, message } = await analyzeWithMessage({ input: mail, channel: 'email' });
    assert.deepEqual(report, await analyze({ input: mail, channel: 'email' }));
    assert.equal(buildIncidentReport(report, { now: NOW, message }).receivedAt, message.extras?.date ?? 'no date parsed');
    assert.match(buildIncidentReport(report, { now: NOW, message }).receivedAt ?? '', /30 Apr 2024 10:00:00/);
    // A text has no Date header; an explicit receivedAt wins over the message's.
    const sms = await analyzeWithMessage({ input: 'Your parcel is held: http://parcel-fee.top/pay', channel: 'sms' });
    assert.equal(buildIncidentReport(sms.report, { now: NOW, message: sms.message }).receivedAt, null);
    assert.equal(buildIncidentReport(report, { now: NOW, message, receivedAt: '2024-05-01' }).receivedAt, '2024-05-01');
  });

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
    // The ready-to-paste text lists where to send it, each with the address or number.
    const where = r.text.slice(r.text.indexOf('Where to send this report:'));
    assert.ok(where.length > 30, r.text);
    assert.match(where, /^ {2}- Amazon scam reports by email — Email: reportascam@amazon\.com$/m);
    assert.match(where, /^ {2}- FTC by phone — Call: \+1 877 382 4357$/m);
    assert.match(where, /^ {2}- FTC — ReportFraud\.ftc\.gov — Open: https:\/\/reportfraud\.ftc\.gov$/m);
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

  // Issue 15: "no red flags found" in green read as an all-clear.
  it('a clean result says what was checked and what it cannot know, never that it is safe', () => {
    const a = buildAdvice({ channel: 'sms', brand: null, findings: [], verdict: 'no_red_flags', country: 'US', sender: 'given' });
    assert.deepEqual(a.checked, ['the sender you gave', 'links (where they really go)', 'phone numbers', 'what it asks for', 'pressure', 'known scam lures']);
    assert.equal(a.cannotKnow[0], 'Who really sent it: sender names and numbers can be faked.');
    assert.equal(
      a.summary,
      'No red flags found in what Impostor checks: the sender you gave, links, phone numbers, what it asks for, pressure and known scam lures. This does not mean it is safe: Impostor cannot see who really sent it (sender names and numbers can be faked), or what a link does. If in doubt, check with the sender or company through a way you already know, not through the message.',
    );
    // "safe" appears only in the denial, never as a verdict.
    assert.equal(a.summary.replace('This does not mean it is safe', '').match(/\bsafe\b|all clear/i), null);
  });

  it('claims a sender check only when there was a sender, and says why not', () => {
    const none = buildAdvice({ channel: 'sms', brand: null, findings: [], verdict: 'no_red_flags', country: 'US' });
    assert.ok(!none.checked.some((c) => /sender/.test(c)), none.checked.join('; '));
    assert.match(none.cannotKnow[0]!, /^Who sent it: no sender was given/);
    assert.match(none.summary, /cannot see who sent it \(no sender was given\)/);
    const body = buildAdvice({ channel: 'email', brand: null, findings: [], verdict: 'no_red_flags', country: 'US', sender: 'given' });
    assert.equal(body.checked[0], 'the sender you gave');
    assert.match(body.cannotKnow[0]!, /without the email’s headers, its authentication \(SPF, DKIM, DMARC\) could not be checked/);
    const headers = buildAdvice({ channel: 'email', brand: BRANDS.find((b) => b.id === 'amazon')!, findings: [], verdict: 'no_red_flags', country: 'US', sender: 'headers' });
    assert.equal(headers.checked[0], 'the sender and the email’s headers');
    assert.match(headers.summary, /check with Amazon through its own app or website\.$/);
    const call = buildAdvice({ channel: 'call', brand: null, findings: [], verdict: 'suspicious', country: 'US', sender: 'given' });
    assert.deepEqual(call.checked, ['the caller number you gave', 'phone numbers', 'what the caller asks for', 'pressure', 'known scam lures']);
    assert.equal(call.cannotKnow[0], 'Who really called: caller ID can be faked.');
  });

  it('analyze() tells the advice where the sender came from', async () => {
    const typed = await analyze({ input: 'See you at 7 for dinner?', channel: 'sms', from: '+12025550143' });
    assert.equal(typed.advice.checked[0], 'the sender you gave');
    const pasted = await analyze({ input: 'See you at 7 for dinner?', channel: 'sms' });
    assert.equal(pasted.advice.checked[0], 'links (where they really go)');
    const mail = await analyze({ input: SCAM_EMAIL });
    assert.equal(mail.advice.checked[0], 'the sender and the email’s headers');
  });

  // Issue 15: routes that are an email address or a number lost it ("Forward it to Apple").
  it('every advice route carries its kind and address, email and text routes included', async () => {
    const apple = BRANDS.find((b) => b.id === 'apple')!;
    const paypal = BRANDS.find((b) => b.id === 'paypal')!;
    const sms = buildAdvice({ channel: 'sms', brand: apple, findings: [], verdict: 'likely_scam', country: 'US' });
    assert.deepEqual(sms.report.find((r) => r.name === 'Apple phishing reports'), {
      name: 'Apple phishing reports',
      how: 'Forward the suspicious email, or a screenshot of the text, to Apple.',
      kind: 'email',
      address: 'reportphishing@apple.com',
      source: apple.report[0]!.source.url,
    });
    assert.equal(sms.report.find((r) => r.kind === 'sms')?.address, '7726');
    const mail = buildAdvice({ channel: 'email', brand: paypal, findings: [], verdict: 'suspicious', country: 'GB' });
    assert.deepEqual(mail.report.filter((r) => r.kind === 'email').map((r) => r.address), ['phishing@paypal.com', 'report@phishing.gov.uk']);
    const web = mail.report.find((r) => r.kind === 'web');
    assert.equal(web?.url, web?.address, 'web routes keep url (schema 1.0) equal to address');
    for (const r of mail.report) assert.ok(r.address.length >= 2, r.name);
  });

  it('routeTarget says how to use each route, with the address or number itself', () => {
    const us = reportRoutes({ country: 'US' });
    const byAddress = (a: string) => routeTarget(us.find((r) => r.address === a)!).text;
    assert.equal(byAddress('7726'), 'Text: 7726');
    assert.equal(byAddress('+18773824357'), 'Call: +1 877 382 4357');
    assert.equal(byAddress('https://reportfraud.ftc.gov'), 'Open: https://reportfraud.ftc.gov');
    assert.equal(routeTarget({ kind: 'email', address: 'reportphishing@apple.com' }).text, 'Email: reportphishing@apple.com');
    assert.equal(routeTarget({ kind: 'phone', address: '+443001232040' }).text, 'Call: +44 300 123 2040');
    assert.equal(routeTarget({ kind: 'phone', address: '159' }).text, 'Call: 159');
    assert.equal(routeTarget({ kind: 'in-app', address: 'Messages → Report Junk' }).text, 'In the app: Messages → Report Junk');
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
