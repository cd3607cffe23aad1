import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leaksSecret, SCAM_EMAIL } from '../core/advice/test-fixtures.js';
import { createApp } from './app.js';

const NOW = new Date('2024-05-01T12:00:00.000Z');
const app = () => createApp({ analyzeOptions: { now: () => NOW } });
const post = (body: unknown, query = '') =>
  app().request(`/api/report${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/playbooks/:stage', () => {
  it('returns the playbook with brand steps, routes with sources and the checklist', async () => {
    const res = await app().request('/api/playbooks/paid-gift-card?brand=amazon&country=GB');
    assert.equal(res.status, 200);
    const p = await res.json();
    assert.equal(p.stage, 'paid-gift-card');
    assert.equal(p.brand.id, 'amazon');
    assert.ok(p.brandSteps.length > 0);
    assert.ok(p.report.length > 0 && p.report.every((r: { source: { url: string } }) => /^https?:\/\//.test(r.source.url)));
    assert.ok(p.report.some((r: { address: string }) => r.address === '159'));
    assert.ok(Array.isArray(p.hardening));
  });

  it('lists the stages', async () => {
    const res = await app().request('/api/playbooks');
    assert.equal(res.status, 200);
    assert.equal((await res.json()).length, 10);
  });

  it('404 for an unknown stage, 400 for an unknown brand', async () => {
    assert.equal((await app().request('/api/playbooks/sent_money')).status, 404);
    const res = await app().request('/api/playbooks/received?brand=acme');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, 'unknown_brand');
  });
});

describe('POST /api/report', () => {
  it('json by default: pre-filled, secrets removed, routes for the country', async () => {
    const res = await post({ text: SCAM_EMAIL, country: 'GB' });
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.equal(leaksSecret(body), null);
    const r = JSON.parse(body);
    assert.equal(r.generatedAt, NOW.toISOString());
    assert.equal(r.sender.address, 'support@amaz0n-help.top');
    assert.ok(r.routes.some((x: { address: string }) => x.address === 'report@phishing.gov.uk'));
    assert.match(r.text, /112-1234567-1234567/);
  });

  it('text, csv and stix formats', async () => {
    const text = await post({ text: SCAM_EMAIL, format: 'text' });
    assert.match(text.headers.get('content-type') ?? '', /text\/plain/);
    assert.equal(leaksSecret(await text.text()), null);
    const csv = await post({ text: SCAM_EMAIL, format: 'csv' });
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(await csv.text(), /^type,value,role/);
    const stix = await (await post({ text: SCAM_EMAIL, format: 'stix' })).json();
    assert.equal(stix.type, 'bundle');
    assert.ok(stix.objects.every((o: { spec_version: string }) => o.spec_version === '2.1'));
  });

  it('takes a raw email with options in the query', async () => {
    const res = await app().request('/api/report?format=text&country=GB', { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: SCAM_EMAIL });
    assert.equal(res.status, 200);
    const t = await res.text();
    assert.match(t, /Received: 2024-04-30/);
    assert.equal(leaksSecret(t), null);
  });

  it('rejects a bad format and a bad content type', async () => {
    const bad = await post({ text: 'hi', format: 'pdf' });
    assert.equal(bad.status, 400);
    const res = await app().request('/api/report', { method: 'POST', headers: { 'content-type': 'image/png' }, body: 'x' });
    assert.equal(res.status, 415);
  });
});
