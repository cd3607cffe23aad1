import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './fake-support-claim.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: "this is Amazon security department" in a call', async () => {
  const hits = await runRule(rule, { input: 'Hello, this is the Amazon security department calling about your account.', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['brandDesk']);
  assert.equal(hits[0]!.data!.brand, 'Amazon');
  assert.equal(hits[0]!.strength, 1);
});

test('flags: Microsoft certified technician', async () => {
  assert.deepEqual(await ids(rule, { input: 'I am calling from Microsoft, I am a Microsoft certified technician.', channel: 'call' }), ['brandDesk']);
});

test('flags: generic cancellation department without a brand is weaker', async () => {
  const hits = await runRule(rule, { input: 'You have been contacted by the cancellation department regarding a purchase on your account.', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['genericDesk']);
  assert.ok((hits[0]!.strength ?? 1) < 1);
});

test('flags: display name "Amazon Security Team" from a non-Amazon domain', async () => {
  const raw = eml({ from: 'Amazon Security Team <alert@secure-amzn.example>', subject: 'Notice', body: 'Please review the attached notice.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), ['brandDesk']);
});

test('flags: German and Spanish support claims', async () => {
  assert.deepEqual(await ids(rule, { input: 'Hier ist die Sicherheitsabteilung von Amazon.', channel: 'call' }), ['brandDesk']);
  assert.deepEqual(await ids(rule, { input: 'Le llamamos desde el departamento de seguridad de Amazon.', channel: 'call' }), ['brandDesk']);
});

test('near miss: mailing-list post that mentions calling tech support', async () => {
  const raw = eml({ from: 'joe@lists.example.org', subject: 'Re: drivers', body: 'I rang Microsoft tech support last year and they were useless.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), []);
});

test('near miss: genuine mail from the brand’s own domain', async () => {
  const raw = eml({ from: 'Amazon.com <account-update@amazon.com>', subject: 'Your account', body: 'This is Amazon customer service following up on your request.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), []);
});

test('the finding names the brand once ("Microsoft’s technical support")', async () => {
  const hits = await runRule(rule, { input: 'Caller: Hello, this is David from Microsoft technical support. We detected a virus on your computer.', channel: 'call' });
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.data?.brand, 'Microsoft');
  assert.equal(hits[0]!.data?.desk, 'technical support');
});
