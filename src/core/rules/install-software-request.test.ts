import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './install-software-request.js';
import { eml, ids, runRule } from './test-utils.js';

const mail = (body: string, from = 'x@example.net') => ({ input: eml({ from, body }), channel: 'email' as const });

test('flags: install a security app (sms)', async () => {
  const hits = await runRule(rule, 'Install our security app to protect your Amazon account: http://x.top/app.apk');
  assert.deepEqual(hits.map((h) => h.messageId), ['installSoftware']);
  assert.equal(hits[0]!.data!.what, 'security app');
});

test('flags: APK and configuration profile', async () => {
  assert.deepEqual(await ids(rule, 'Your parcel is held. Download the APK to reschedule delivery.'), ['installSoftware']);
  assert.deepEqual(await ids(rule, mail('Install the configuration profile attached to keep using your account.')), ['installSoftware']);
});

test('flags: attached file to verify identity', async () => {
  const hits = await runRule(rule, mail('Download the attached file to verify your identity.'));
  assert.deepEqual(hits.map((h) => h.messageId), ['openAttachment']);
  assert.equal(hits[0]!.data!.reason, 'verify');
});

test('flags: German and Spanish', async () => {
  assert.deepEqual(await ids(rule, { input: 'Caller: Bitte laden Sie die App herunter, damit wir Ihr Konto entsperren können.', channel: 'call' }), ['installSoftware']);
  assert.deepEqual(await ids(rule, 'Instale la aplicación de seguridad para proteger su cuenta.'), ['installSoftware']);
});

test('near miss: patch advice on a mailing list', async () => {
  assert.deepEqual(await ids(rule, mail('Please install the patch to fix the bug in glibc.')), []);
});

test('near miss: open the official app', async () => {
  assert.deepEqual(await ids(rule, 'Open the Amazon app to track your package.'), []);
});

test('near miss: named remote tools are left to remote-access-request', async () => {
  assert.deepEqual(await ids(rule, { input: 'Caller: install AnyDesk so I can fix it.', channel: 'call' }), []);
});

test('near miss: warning against installing apps from links', async () => {
  assert.deepEqual(await ids(rule, 'Never install an app from a text message to verify your account.'), []);
});
