import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './urgency-deadline.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: hard deadline tied to a suspension threat (strong)', async () => {
  const hits = await runRule(rule, 'Amazon: verify your account within 24 hours or it will be permanently suspended: http://amzn-verify.top');
  assert.deepEqual(hits.map((h) => h.messageId), ['deadlineWithThreat']);
  assert.match(String(hits[0]!.data!.deadline), /within 24 hours/i);
  assert.ok((hits[0]!.strength ?? 1) >= 0.9);
});

test('flags: final notice without a consequence is a hard deadline of middling strength', async () => {
  const hits = await runRule(rule, 'FINAL NOTICE: please confirm your details at the link below.');
  assert.deepEqual(hits.map((h) => h.messageId), ['hardDeadline']);
  assert.ok((hits[0]!.strength ?? 1) < 0.9);
});

test('flags: legal threat in a tax robocall', async () => {
  assert.deepEqual(
    await ids(rule, { input: 'This is the tax department. A lawsuit has been filed against you. Call back to avoid arrest.', channel: 'call' }),
    ['legalThreat'],
  );
});

test('flags: German and Spanish deadlines', async () => {
  assert.deepEqual(await ids(rule, 'Bitte bestätigen Sie Ihre Daten innerhalb von 48 Stunden, sonst wird Ihr Konto gesperrt.'), ['deadlineWithThreat']);
  assert.deepEqual(await ids(rule, 'Último aviso: confirme sus datos en las próximas 24 horas o su cuenta será suspendida.'), ['deadlineWithThreat']);
});

test('flags: a single "urgent" is weak and only counts in the subject', async () => {
  const hits = await runRule(rule, { input: eml({ from: 'x@example.net', subject: 'URGENT: your parcel', body: 'See the link.' }), channel: 'email' });
  assert.deepEqual(hits.map((h) => h.messageId), ['urgentWording']);
  assert.ok((hits[0]!.strength ?? 1) <= 0.4);
});

test('near miss: technical time window without any ask', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'dev@lists.example.org', subject: 'Re: build', body: 'The mirror resyncs within 30 minutes of a commit, so the new tarball shows up then.' }), channel: 'email' }), []);
});

test('near miss: one "immediately" in the middle of a long mail', async () => {
  const body = `${'Here are the release notes for this week. '.repeat(10)}The patch was applied immediately after review. ${'More notes follow. '.repeat(10)}`;
  assert.deepEqual(await ids(rule, { input: eml({ from: 'dev@lists.example.org', subject: 'Release notes', body }), channel: 'email' }), []);
});

test('near miss: friend asking to call back as soon as possible mid-text', async () => {
  assert.deepEqual(await ids(rule, 'Hey, it is Sam. Got your note about Saturday, call me back as soon as possible when you can.'), []);
});

test('flags: fake debt-collection threats (bailiffs, prejudgment attachment)', async () => {
  const t = 'TAX AUTHORITY Your outstanding debt of EUR 687.02 has not been paid after several reminders. On November 12 the bailiff will proceed with a prejudgment attachment.';
  assert.equal((await ids(rule, { input: t, channel: 'sms' })).length, 1);
});
