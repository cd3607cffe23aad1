import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './crypto-wallet-alert.js';
import { at, ids, runRule } from './test-utils.js';

test('flags: Coinbase withdrawal request with a callback number', async () => {
  const t = 'Coinbase: A withdrawal request of 0.52 BTC was made from your account. If this was not you, call +1 (305) 555-0182.';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['walletAlert']);
  assert.deepEqual(hits[0]!.data, { brand: 'Coinbase', phrase: 'withdrawal request' });
  assert.deepEqual(hits[0]!.evidence.slice(0, 2), [at(t, 'Coinbase'), at(t, 'withdrawal request')]);
  assert.equal(hits[0]!.strength, 0.9);
});

test('flags: MetaMask wallet will be disabled, sync your wallet', async () => {
  const t = 'MetaMask: your wallet will be disabled within 24 hours. Validate your wallet now: https://metamask-sync.top';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'MetaMask'), at(t, 'wallet will be disabled'), at(t, 'https://metamask-sync.top')]);
});

test('near miss: exchange marketing and chat about wallets', async () => {
  assert.deepEqual(await ids(rule, 'Coinbase: Bitcoin is up 5% today. Open the app to see your portfolio.'), []);
  assert.deepEqual(await ids(rule, 'I left my wallet at your place, can you bring it tomorrow?'), []);
});
