import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './secrecy-isolation.js';
import { ids, runRule } from './test-utils.js';

test("flags: don't tell your bank, staff may be involved", async () => {
  const hits = await runRule(rule, {
    input: "Caller: Don't tell your bank about this, the bank staff may be involved in the fraud.\nMe: okay",
    channel: 'call',
  });
  assert.deepEqual(hits.map((h) => h.messageId), ['secrecy']);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: keep this confidential, even from family', async () => {
  assert.deepEqual(await ids(rule, { input: 'Keep this investigation confidential and do not tell anyone, not even family.', channel: 'call' }), ['secrecy']);
});

test('flags: stay on the line is the weaker signal', async () => {
  const hits = await runRule(rule, { input: 'Do not hang up. Stay on the line while you drive to the store.', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['stayOnLine']);
  assert.ok((hits[0]!.strength ?? 1) < 1);
});

test('flags: German and Spanish secrecy', async () => {
  assert.deepEqual(await ids(rule, { input: 'Sagen Sie niemandem etwas davon, auch nicht Ihrer Bank.', channel: 'call' }), ['secrecy']);
  assert.deepEqual(await ids(rule, { input: 'No se lo diga a nadie y no cuelgue.', channel: 'call' }), ['secrecy']);
});

test('near miss: bank OTP text "don\'t share it with anyone"', async () => {
  assert.deepEqual(await ids(rule, "Your code is 123456. Don't share it with anyone."), []);
});

test('near miss: a surprise party secret', async () => {
  assert.deepEqual(await ids(rule, "It's a surprise party, can you keep the secret till Friday?"), []);
});
