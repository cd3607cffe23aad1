import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './credential-link-request.js';
import { eml, ids, runRule } from './test-utils.js';

const mail = (body: string, from = 'alerts@example.net') => ({ input: eml({ from, body }), channel: 'email' as const });

test('flags: click here to log in and verify (sms)', async () => {
  const hits = await runRule(rule, 'Click here to log in and verify your account: http://amaz0n-verify.top/login');
  assert.deepEqual(hits.map((h) => h.messageId), ['verifyViaLink']);
  assert.equal(hits[0]!.data!.phrase, 'log in and verify');
});

test('flags: confirm your password at the link', async () => {
  assert.deepEqual(await ids(rule, mail('Confirm your password at the link below: http://bit.ly/abc')), ['verifyViaLink']);
});

test('flags: update payment information here (html button)', async () => {
  const input = eml({ from: 'billing@example.net', html: '<p>Your Prime payment failed. Update your payment information <a href="https://secure-pay.example.top/u">here</a>.</p>' });
  assert.deepEqual(await ids(rule, { input, channel: 'email' }), ['verifyViaLink']);
});

test('flags: German and Spanish', async () => {
  assert.deepEqual(await ids(rule, 'Bitte bestätigen Sie Ihr Konto hier: https://amzn-de.xyz'), ['verifyViaLink']);
  assert.deepEqual(await ids(rule, 'Verifique su cuenta aquí: https://amazon-es.top/v'), ['verifyViaLink']);
});

test('near miss: sign in on the official site, no link', async () => {
  assert.deepEqual(await ids(rule, mail('Sign in to your account on amazon.com to see your orders.')), []);
});

test('near miss: verify wording with only official links', async () => {
  const input = eml({ from: 'account-update@amazon.com', html: '<p>To verify your account, <a href="https://www.amazon.com/ap/signin">sign in</a>.</p>' });
  assert.deepEqual(await ids(rule, { input, channel: 'email' }), []);
});

test('weak: newsletter "log in to read more"', async () => {
  const hits = await runRule(rule, mail('Log in to read more: https://news.example.com/article/1'));
  assert.deepEqual(hits.map((h) => h.messageId), ['signInViaLink']);
  assert.ok((hits[0]!.strength ?? 1) <= 0.3);
});

test('near miss: calls are out of scope', async () => {
  assert.deepEqual(await ids(rule, { input: 'Caller: verify your account at amaz0n-help.top', channel: 'call' }), []);
});

test('flags: verify in the subject, a "Log in" button further down', async () => {
  const filler = 'We detected an issue with your account that requires your immediate attention. '.repeat(3);
  const input = eml({ from: 'support@example.net', subject: 'Verify your identity to continue using your account', html: `<p>${filler}</p><p><a href="https://venmo-help.example.top/x">Log in</a></p>` });
  const hits = await runRule(rule, { input, channel: 'email' });
  assert.deepEqual(hits.map((h) => h.messageId), ['verifyViaLink']);
  assert.equal(hits[0]!.strength, 0.8);
  assert.ok(hits[0]!.evidence.some((e) => e.kind === 'text' && e.text === 'Log in'));
});

test('near miss: genuine receipt "log in to your account to see the details" with an unrelated link', async () => {
  const body = 'You sent a payment of $12.98.\nTo see all the transaction details, log in to your PayPal account.\nSeller\nhttp://ebay.co.uk/help';
  assert.deepEqual(await ids(rule, mail(body, 'service@paypal.co.uk')), []);
});

test('flags: bare "Verify now at <link>" in a text', async () => {
  assert.deepEqual(await ids(rule, 'Amazon: your account is locked. Verify now at http://amaz0n-secure-login.top/ap/signin'), ['verifyViaLink']);
});

test('near miss: "verify now" with no link at all', async () => {
  assert.deepEqual(await ids(rule, 'Please verify now that the meeting room is booked.'), []);
});
