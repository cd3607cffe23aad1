import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './crypto-payment-request.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: bech32 wallet with send (email)', async () => {
  const hits = await runRule(rule, { input: eml({ from: 'x@example.net', body: 'Send 0.1 BTC to my wallet bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh within 48 hours.' }), channel: 'email' });
  assert.deepEqual(hits.map((h) => h.messageId), ['walletAddress']);
  assert.equal(hits[0]!.data!.wallet, 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh');
});

test('flags: USDT to an Ethereum address', async () => {
  assert.deepEqual(await ids(rule, 'Send USDT to this wallet: 0x52908400098527886E0F7030069857D2E4169EE7'), ['walletAddress']);
});

test('flags: legacy address with a bitcoin word', async () => {
  assert.deepEqual(await ids(rule, 'Pay $1500 in Bitcoin to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 now.'), ['walletAddress']);
});

test('flags: Bitcoin ATM deposit on a call', async () => {
  const hits = await runRule(rule, { input: 'Caller: take the cash to the Bitcoin ATM at the gas station and deposit it.', channel: 'call' });
  assert.deepEqual(hits.map((h) => h.messageId), ['bitcoinAtm']);
});

test('flags: German and Spanish crypto asks', async () => {
  assert.deepEqual(await ids(rule, 'Bitte zahlen Sie den Betrag in Bitcoin, sonst wird Ihr Konto gesperrt.'), ['payInCrypto']);
  assert.deepEqual(await ids(rule, 'Debe pagar con criptomonedas para liberar su pedido.'), ['payInCrypto']);
});

test('near miss: crypto news', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'news@example.org', body: 'Bitcoin prices rose 5% today as investors bought the dip.' }), channel: 'email' }), []);
});

test('near miss: a base58-looking token with no crypto word', async () => {
  assert.deepEqual(await ids(rule, 'Send the form back with reference 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.'), []);
});

test('near miss: warning about Bitcoin ATMs', async () => {
  assert.deepEqual(await ids(rule, 'Never deposit cash into a Bitcoin ATM because a caller told you to.'), []);
});

test('near miss: a bare "wallet" is a shop or phone wallet unless a coin or a wallet address is named', async () => {
  assert.deepEqual(await ids(rule, { input: 'Get a Pocket Loan of upto Rs 10,000! Download the app and apply to load your wallet.', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'Pay the fee in USDT to our wallet today.', channel: 'sms' }), ['payInCrypto']);
});
