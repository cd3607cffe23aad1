import rule from './crypto-payment-request.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: crypto news', message: { input: eml({ from: 'news@example.org', body: 'Bitcoin prices rose 5% today as investors bought the dip.' }), channel: 'email' } },
    { name: 'near miss: a base58-looking token with no crypto word', message: 'Send the form back with reference 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.' },
    { name: 'near miss: warning about Bitcoin ATMs', message: 'Never deposit cash into a Bitcoin ATM because a caller told you to.' },
    { name: 'near miss: a bare "wallet" is a shop or phone wallet unless a coin or a wallet address is named #1: Get a Pocket Loan of upto Rs 10,000! Download…', message: { input: 'Get a Pocket Loan of upto Rs 10,000! Download the app and apply to load your wallet.', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags: bech32 wallet with send (email)',
      message: { input: eml({ from: 'x@example.net', body: 'Send 0.1 BTC to my wallet bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh within 48 hours.' }), channel: 'email' },
      hits: [
        { messageId: 'walletAddress', evidence: [{ kind: 'text', text: 'Send', start: 16, end: 20 }, { kind: 'text', text: 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh', start: 42, end: 84 }], data: { wallet: 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh' } },
      ],
    },
    {
      name: 'flags: USDT to an Ethereum address',
      message: 'Send USDT to this wallet: 0x52908400098527886E0F7030069857D2E4169EE7',
      hits: [
        { messageId: 'walletAddress', evidence: [{ kind: 'text', text: 'Send', start: 0, end: 4 }, { kind: 'text', text: '0x52908400098527886E0F7030069857D2E4169EE7', start: 26, end: 68 }], data: { wallet: '0x52908400098527886E0F7030069857D2E4169EE7' } },
      ],
    },
    {
      name: 'flags: legacy address with a bitcoin word',
      message: 'Pay $1500 in Bitcoin to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 now.',
      hits: [
        { messageId: 'walletAddress', evidence: [{ kind: 'text', text: 'Pay', start: 0, end: 3 }, { kind: 'text', text: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', start: 24, end: 58 }], data: { wallet: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2' } },
      ],
    },
    {
      name: 'flags: Bitcoin ATM deposit on a call',
      message: { input: 'Caller: take the cash to the Bitcoin ATM at the gas station and deposit it.', channel: 'call' },
      hits: [
        { messageId: 'bitcoinAtm', evidence: [{ kind: 'text', text: 'Bitcoin ATM', start: 29, end: 40 }, { kind: 'text', text: 'deposit', start: 64, end: 71 }], data: { what: 'Bitcoin ATM' } },
      ],
    },
    {
      name: 'flags: German and Spanish crypto asks #1: Bitte zahlen Sie den Betrag in Bitcoin, sonst…',
      message: 'Bitte zahlen Sie den Betrag in Bitcoin, sonst wird Ihr Konto gesperrt.',
      hits: [
        { messageId: 'payInCrypto', evidence: [{ kind: 'text', text: 'zahlen', start: 6, end: 12 }, { kind: 'text', text: 'Bitcoin', start: 31, end: 38 }], data: { what: 'Bitcoin' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: German and Spanish crypto asks #2: Debe pagar con criptomonedas para liberar su…',
      message: 'Debe pagar con criptomonedas para liberar su pedido.',
      hits: [
        { messageId: 'payInCrypto', evidence: [{ kind: 'text', text: 'pagar', start: 5, end: 10 }, { kind: 'text', text: 'criptomonedas', start: 15, end: 28 }], data: { what: 'criptomonedas' }, strength: 0.8 },
      ],
    },
    {
      name: 'near miss: a bare "wallet" is a shop or phone wallet unless a coin or a wallet address is named #2: Pay the fee in USDT to our wallet today.',
      message: { input: 'Pay the fee in USDT to our wallet today.', channel: 'sms' },
      hits: [
        { messageId: 'payInCrypto', evidence: [{ kind: 'text', text: 'Pay', start: 0, end: 3 }, { kind: 'text', text: 'USDT', start: 15, end: 19 }], data: { what: 'USDT' }, strength: 0.8 },
      ],
    },
  ],
});
