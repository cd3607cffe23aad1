import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leaksSecret, SCAM_EMAIL } from '../../core/advice/test-fixtures.js';
import { memoryIo } from '../io.js';
import { run } from '../run.js';
import { playbookCommand } from './playbook.js';
import { reportCommand } from './report.js';

const fixedIo = (files: Record<string, string> = {}, stdin = '') => {
  const io = memoryIo(stdin, files);
  io.env.IMPOSTOR_NOW = '2024-05-01T12:00:00Z';
  return io;
};

describe('impostor playbook', () => {
  it('prints a stage playbook as JSON with brand steps, routes and the hardening checklist', async () => {
    const io = fixedIo();
    assert.equal(await playbookCommand(['--stage', 'shared-code', '--brand', 'amazon', '--country', 'GB', '--json'], io), 0);
    const p = JSON.parse(io.out);
    assert.equal(p.stage, 'shared-code');
    assert.equal(p.brand.id, 'amazon');
    assert.equal(p.country, 'GB');
    assert.ok(p.firstHour.length > 0 && p.brandSteps.length > 0);
    assert.ok(p.report.some((r: { address: string }) => r.address === '159'));
    assert.ok(p.hardening.some((h: { id: string }) => h.id === 'two-step'));
    assert.equal(p.steps.length, p.firstHour.length + p.brandSteps.length + p.next.length);
  });

  it('prints text by default, through the command table', async () => {
    const io = fixedIo();
    assert.equal(await run(['playbook', '--stage', 'remote-access'], io), 0);
    assert.match(io.out, /^If you let them into your computer or phone \(US\)/);
    assert.match(io.out, /https:\/\/reportfraud\.ftc\.gov/);
  });

  it('text: email and phone routes show the address or number', async () => {
    const io = fixedIo();
    assert.equal(await run(['playbook', '--stage', 'clicked-link', '--brand', 'paypal', '--channel', 'email'], io), 0);
    assert.match(io.out, /PayPal phishing reports: .* Email: phishing@paypal\.com \(source: /);
    assert.match(io.out, /FTC by phone: .* Call: \+1 877 382 4357 \(source: /);
  });

  it('rejects a missing or unknown stage or brand with exit code 2', async () => {
    for (const args of [[], ['--stage', 'sent_money'], ['--stage', 'received', '--brand', 'acme']]) {
      const io = fixedIo();
      assert.equal(await run(['playbook', ...args], io), 2, args.join(' '));
      assert.match(io.err, /stage|brand/);
    }
  });
});

describe('impostor report', () => {
  const files = { 'scam.eml': SCAM_EMAIL };

  it('text: pre-filled with sender, links, order number and received date, secrets removed', async () => {
    const io = fixedIo(files);
    assert.equal(await reportCommand(['scam.eml', '--country', 'UK'], io), 0);
    assert.match(io.out, /support@amaz0n-help\.top/);
    assert.match(io.out, /hxxp:\/\/amaz0n-help\[\.\]top/);
    assert.match(io.out, /112-1234567-1234567/);
    assert.match(io.out, /Received: 2024-04-30T10:00:00/);
    assert.equal(leaksSecret(io.out), null);
  });

  // Issue 15: the text named "PayPal phishing reports" without phishing@paypal.com.
  it('text: lists where to send it, each route with its email address or number', async () => {
    const mail = 'From: PayPal <service@paypa1-support.example>\nSubject: Account limited\n\nYour PayPal account is limited. Pay the fee with gift cards and send us the codes.\n';
    const io = fixedIo({ 'paypal.eml': mail });
    assert.equal(await reportCommand(['paypal.eml', '--country', 'GB'], io), 0);
    const where = io.out.slice(io.out.indexOf('Where to send this report:'));
    assert.match(where, /^ {2}- PayPal phishing reports — Email: phishing@paypal\.com$/m);
    assert.match(where, /^ {2}- NCSC Suspicious Email Reporting Service — Email: report@phishing\.gov\.uk$/m);
    assert.match(where, /^ {2}- Your bank via 159 — Call: 159$/m);
    const sms = fixedIo({}, 'Apple: your Apple ID is locked. Send the code we texted you to unlock it: http://apple-id-unlock.top/x');
    assert.equal(await reportCommand(['-', '--channel', 'sms'], sms), 0);
    assert.match(sms.out, /^ {2}- Apple phishing reports — Email: reportphishing@apple\.com$/m);
    assert.match(sms.out, /^ {2}- Forward spam texts to 7726 — Text: 7726$/m);
  });

  it('json: routes for the country, each with a source', async () => {
    const io = fixedIo(files);
    assert.equal(await reportCommand(['scam.eml', '--country', 'GB', '--format', 'json'], io), 0);
    const r = JSON.parse(io.out);
    assert.equal(r.country, 'GB');
    assert.equal(r.generatedAt, '2024-05-01T12:00:00.000Z');
    assert.ok(r.routes.some((x: { address: string }) => x.address === 'report@phishing.gov.uk'));
    assert.ok(r.routes.every((x: { source: { url: string } }) => /^https?:\/\//.test(x.source.url)));
    assert.equal(leaksSecret(io.out), null);
  });

  it('csv and stix from stdin are reproducible with a fixed clock', async () => {
    const outs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const io = fixedIo({}, SCAM_EMAIL);
      assert.equal(await reportCommand(['-', '--format', 'stix'], io), 0);
      outs.push(io.out);
    }
    assert.equal(outs[0], outs[1]);
    const bundle = JSON.parse(outs[0]!);
    assert.equal(bundle.type, 'bundle');
    assert.ok(bundle.objects.some((o: { type: string; pattern?: string }) => o.type === 'indicator' && o.pattern === "[domain-name:value = 'amaz0n-help.top']"));
    const io = fixedIo(files);
    assert.equal(await reportCommand(['scam.eml', '--format', 'csv'], io), 0);
    assert.match(io.out, /^type,value,role,brand,verdict,reported_at\r\n/);
    assert.equal(leaksSecret(io.out), null);
  });

  it('rejects an unknown format with exit code 2', async () => {
    const io = fixedIo(files);
    assert.equal(await run(['report', 'scam.eml', '--format', 'pdf'], io), 2);
    assert.match(io.err, /format/);
  });
});
