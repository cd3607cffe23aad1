import rule from './crypto-wallet-alert.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: exchange marketing and chat about wallets #1: Coinbase: Bitcoin is up 5% today. Open the ap…', message: 'Coinbase: Bitcoin is up 5% today. Open the app to see your portfolio.' },
    { name: 'near miss: exchange marketing and chat about wallets #2: I left my wallet at your place, can you bring…', message: 'I left my wallet at your place, can you bring it tomorrow?' },
  ],
  invalid: [
    {
      name: 'flags: Coinbase withdrawal request with a callback number',
      message: 'Coinbase: A withdrawal request of 0.52 BTC was made from your account. If this was not you, call +1 (305) 555-0182.',
      hits: [
        { messageId: 'walletAlert', evidence: [{ kind: 'text', text: 'Coinbase', start: 0, end: 8 }, { kind: 'text', text: 'withdrawal request', start: 12, end: 30 }, { kind: 'text', text: '+1 (305) 555-0182', start: 97, end: 114 }], data: { brand: 'Coinbase', phrase: 'withdrawal request' }, strength: 0.9 },
      ],
    },
    {
      name: 'flags: MetaMask wallet will be disabled, sync your wallet',
      message: 'MetaMask: your wallet will be disabled within 24 hours. Validate your wallet now: https://metamask-sync.top',
      hits: [
        { messageId: 'walletAlert', evidence: [{ kind: 'text', text: 'MetaMask', start: 0, end: 8 }, { kind: 'text', text: 'wallet will be disabled', start: 15, end: 38 }, { kind: 'text', text: 'https://metamask-sync.top', start: 82, end: 107 }], data: { brand: 'MetaMask', phrase: 'wallet will be disabled' }, strength: 0.9 },
      ],
    },
  ],
});
