import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leaksSecret, SCAM_EMAIL } from '../core/advice/test-fixtures.js';
import { createApp } from './app.js';
import { IncidentReportBody } from './schemas.js';

// POST /api/report with a multipart upload, as /api/analyze takes one.

const NOW = new Date('2024-05-01T12:00:00.000Z');
const app = () => createApp({ analyzeOptions: { now: () => NOW } });
const form = (fields: Record<string, string | Blob>, name = 'mail.eml') => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === 'string') fd.set(k, v);
    else fd.set(k, v, name);
  }
  return fd;
};
const upload = (fd: FormData, query = '') => app().request(`/api/report${query}`, { method: 'POST', body: fd });

test('an uploaded .eml gives the same report as the raw body', async () => {
  const up = await upload(form({ file: new Blob([SCAM_EMAIL]), country: 'GB' }));
  assert.equal(up.status, 200);
  const body = await up.text();
  assert.equal(leaksSecret(body), null);
  const viaUpload = IncidentReportBody.parse(JSON.parse(body));
  assert.equal(viaUpload.channel, 'email');
  const raw = await app().request('/api/report?country=GB', { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: SCAM_EMAIL });
  assert.deepEqual(viaUpload, IncidentReportBody.parse(await raw.json()));
  assert.ok(viaUpload.routes.some((r) => r.address === 'report@phishing.gov.uk'));
});

test('form fields choose the format; a text field works too', async () => {
  const csv = await upload(form({ file: new Blob([SCAM_EMAIL]), format: 'csv' }));
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  assert.match(await csv.text(), /^type,value,role/);
  const stix = await (await upload(form({ file: new Blob([SCAM_EMAIL]), format: 'stix' }))).json();
  assert.equal(stix.type, 'bundle');
  const text = await upload(form({ text: 'Amazon: your account is locked. Buy a $200 gift card and text us the code.', channel: 'sms', format: 'text' }));
  assert.equal(text.status, 200);
  assert.match(text.headers.get('content-type') ?? '', /text\/plain/);
});

test('a .txt upload is not forced to email', async () => {
  const sms = 'Amazon: your parcel is held. Pay the $1.99 fee at http://amzn-parcel.top/pay';
  const r = IncidentReportBody.parse(await (await upload(form({ file: new Blob([sms]) }, 'sms.txt'))).json());
  assert.notEqual(r.channel, 'email');
});

test('bad multipart → 400', async () => {
  assert.equal((await upload(form({ country: 'GB' }))).status, 400);
  assert.equal((await upload(form({ file: new Blob([SCAM_EMAIL]), format: 'pdf' }))).status, 400);
  assert.equal((await upload(form({ file: new Blob([SCAM_EMAIL]), channel: 'fax' }))).status, 400);
  const broken = await app().request('/api/report', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zz' }, body: '--zz\r\nnot a part' });
  assert.ok(broken.status === 400, String(broken.status));
});
