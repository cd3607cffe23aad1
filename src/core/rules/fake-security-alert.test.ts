import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './fake-security-alert.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: unusual login from Russia (escalated)', async () => {
  const hits = await runRule(rule, 'Amazon Alert: we detected an unusual sign-in to your account from an IP address in Russia. Secure it now: http://amz-secure.example');
  assert.deepEqual(hits.map((h) => h.messageId), ['securityAlert']);
  assert.ok((hits[0]!.strength ?? 1) >= 0.8);
});

test('flags: "your account was hacked" robocall', async () => {
  assert.deepEqual(await ids(rule, { input: 'This is Apple support. Your iCloud account has been hacked. Press 1 to speak to an advisor.', channel: 'call' }), ['securityAlert']);
});

test('flags: German and Spanish alerts', async () => {
  assert.deepEqual(await ids(rule, 'Wir haben eine verdächtige Anmeldung bei Ihrem Konto festgestellt.'), ['securityAlert']);
  assert.deepEqual(await ids(rule, 'Detectamos actividad sospechosa en su cuenta.'), ['securityAlert']);
});

test('flags: plain suspicious activity is weaker', async () => {
  const hits = await runRule(rule, 'We noticed suspicious activity on your account.');
  assert.deepEqual(hits.map((h) => h.messageId), ['securityAlert']);
  assert.ok((hits[0]!.strength ?? 1) <= 0.5);
});

test('near miss: security discussion on a mailing list', async () => {
  const raw = eml({ from: 'dev@lists.example.org', subject: 'Re: IDS', body: 'The IDS logs suspicious activity to syslog; the security alert list has the advisory.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), []);
});

test('near miss: moving to a new location', async () => {
  assert.deepEqual(await ids(rule, 'We moved the printer to a new location on the second floor, you can find it by the kitchen.'), []);
});

test('fake device-infection alerts in texts', async () => {
  assert.deepEqual(await ids(rule, { input: 'ALERT: 5 apps on your phone are breaching its security defenses. Delete these programs now: x-example.com/a', channel: 'sms' }), ['securityAlert']);
  assert.deepEqual(await ids(rule, { input: 'SYSTEM FAILURE: malicious files have accessed your data. Delete files NOW', channel: 'sms' }), ['securityAlert']);
  // Ordinary talk about apps or a virus is not an alert.
  assert.deepEqual(await ids(rule, { input: 'I deleted some apps on my phone, and I think I caught a virus at work so I stayed home.', channel: 'sms' }), []);
});

test('near miss: an offer of cover against fraud is not an alert', async () => {
  // Card-protection upsells name the danger without claiming it happened.
  assert.deepEqual(await ids(rule, { input: 'Protect your credit/debit card from unauthorised transactions upto Rs 2 Lacs at just Rs 499. Click https://x.example/a -BFL', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'Get insurance cover for your card against fraudulent transactions today.', channel: 'sms' }), []);
  // The claim that it happened still counts.
  assert.deepEqual(await ids(rule, { input: 'We blocked unauthorised transactions on your card. Protect it now: x.example/a', channel: 'sms' }), ['securityAlert']);
});
