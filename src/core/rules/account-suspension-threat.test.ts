import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './account-suspension-threat.js';
import { eml, ids, runRule } from './test-utils.js';
import { at } from './test-utils.js';

test('flags: your account has been locked', async () => {
  const hits = await runRule(rule, 'Amazon: your account has been locked due to unusual activity. Unlock it at http://amz-unlock.example');
  assert.deepEqual(hits.map((h) => h.messageId), ['accountThreat']);
  assert.match(String(hits[0]!.data!.phrase), /account has been locked/i);
});

test('flags: we have suspended your Apple ID (email)', async () => {
  const raw = eml({ from: 'Apple <no-reply@apple-id-support.example>', subject: 'Action needed', body: 'We have temporarily suspended your Apple ID until you confirm your details.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), ['accountThreat']);
});

test('flags: German, Spanish, French, Portuguese, Dutch', async () => {
  for (const t of [
    'Ihr Amazon Konto wurde vorübergehend gesperrt.',
    'Su cuenta ha sido suspendida temporalmente.',
    'Votre compte a été suspendu.',
    'Sua conta foi bloqueada.',
    'Uw account is tijdelijk geblokkeerd.',
  ]) {
    assert.deepEqual(await ids(rule, t), ['accountThreat'], t);
  }
});

test('flags: utility disconnection robocall', async () => {
  assert.deepEqual(await ids(rule, { input: 'This call is to inform you that your power will be disconnected in 30 minutes.', channel: 'call' }), ['serviceCutoff']);
});

test('near miss: user talking about their own locked account', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'a@lists.example.org', subject: 'Re: ssh', body: 'My account was locked after three bad passwords, the admin reset it.' }), channel: 'email' }), []);
});

test('near miss: genuine "account settings" text', async () => {
  assert.deepEqual(await ids(rule, 'You can close your account at any time from Account settings.'), []);
});

test('flags: short SMS forms of a locked account or card', async () => {
  for (const [t, phrase] of [
    ['WELLS FARGO: Account temporarily locked. Visit https://wf-unlock.top', 'Account temporarily locked'],
    ['Citi Alert: We have blocked access to your debit card due to unusual activity.', 'We have blocked access to your debit card'],
    ['BofA: we placed a hold on your debit card, verify now to avoid suspension.', 'placed a hold on your debit card'],
    ['Il tuo conto è stato sospeso. Accedi per riattivarlo.', 'Il tuo conto è stato sospeso'],
  ] as const) {
    const hits = await runRule(rule, t);
    assert.deepEqual(hits.map((h) => h.messageId), ['accountThreat'], t);
    assert.deepEqual(hits[0]!.evidence[0], at(t, phrase), t);
  }
});

test('near miss: a card the customer locked in the app', async () => {
  assert.deepEqual(await ids(rule, 'You locked your card ending 1234 in the app. Unlock it any time from Settings.'), []);
});

test('flags: a short gap (masked number, "associated with …") before the block; near miss: a block you asked for', async () => {
  const hits = await runRule(rule, 'Your card starting with 4427*** has been temporarily blocked. Unblock card at: https://unblock-card.info/x');
  assert.deepEqual(hits.map((h) => h.messageId), ['accountThreat']);
  assert.equal(hits[0]!.data!.phrase, 'card starting with 4427*** has been temporarily blocked');
  assert.deepEqual(await ids(rule, 'Debit card associated with Acct*8139 is locked. Visit bit.ly/x1'), ['accountThreat']);
  assert.deepEqual(await ids(rule, 'Your Debit Card XX1234 has been blocked as per your request.'), []);
});

test('flags: broken-English block threats, KYC expiry and card-renewal requests in texts', async () => {
  const sms = (input: string) => ({ input, channel: 'sms' as const });
  for (const t of [
    'Dear customer your Paytm KYC has expired. Contact customer care 6200992462 immediately. your account will Block within 24 hr.',
    'Dear user your ATM card have be block because you do not update yet, please call this number',
    'Dear PAY T.M customer your K.Y.C have be suspend call 9876543210 immediately',
    'Rabobank: your debit card is outdated. Request your new debit card free of charge via rabo-pas.top/nl',
  ]) assert.deepEqual(await ids(rule, sms(t)), ['accountThreat'], t);
  // A genuine card notice and a KYC reminder that claims nothing are not threats.
  for (const t of [
    'Your new debit card ending 4421 has been dispatched and will reach you in 5 days.',
    'Complete your KYC at any branch to keep enjoying full services. -XYZ Bank',
    'Your card will be blocked as per your request. -SBI',
  ]) assert.deepEqual(await ids(rule, sms(t)), [], t);
});
