import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './recovery-phrase-request.js';
import { at, ids, runRule } from './test-utils.js';

test('flags: enter your seed phrase to validate the wallet', async () => {
  const t = 'Trust Wallet support: to keep your funds, import your 12-word recovery phrase at https://wallet-validate.top';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['sharePhrase']);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'import'), at(t, '12-word recovery phrase')]);
  assert.equal(hits[0]!.data!.phrase, '12-word recovery phrase');
});

test('flags: send me your secret recovery phrase on a call', async () => {
  const t = 'Agent: please read me your secret recovery phrase so I can secure the account.';
  const hits = await runRule(rule, { input: t, channel: 'call' });
  assert.deepEqual(hits[0]!.evidence, [at(t, 'read me'), at(t, 'secret recovery phrase')]);
});

test('near miss: the wallet maker warning against sharing', async () => {
  assert.deepEqual(await ids(rule, 'MetaMask will never ask for your Secret Recovery Phrase. Do not share it with anyone.'), []);
  assert.deepEqual(await ids(rule, 'Write down your recovery phrase on paper and keep it somewhere safe.'), []);
});
