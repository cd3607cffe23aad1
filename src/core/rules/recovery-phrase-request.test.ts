import rule from './recovery-phrase-request.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: the wallet maker warning against sharing #1: MetaMask will never ask for your Secret Recov…', message: 'MetaMask will never ask for your Secret Recovery Phrase. Do not share it with anyone.' },
    { name: 'near miss: the wallet maker warning against sharing #2: Write down your recovery phrase on paper and…', message: 'Write down your recovery phrase on paper and keep it somewhere safe.' },
  ],
  invalid: [
    {
      name: 'flags: enter your seed phrase to validate the wallet',
      message: 'Trust Wallet support: to keep your funds, import your 12-word recovery phrase at https://wallet-validate.top',
      hits: [
        { messageId: 'sharePhrase', evidence: [{ kind: 'text', text: 'import', start: 42, end: 48 }, { kind: 'text', text: '12-word recovery phrase', start: 54, end: 77 }], data: { phrase: '12-word recovery phrase' } },
      ],
    },
    {
      name: 'flags: send me your secret recovery phrase on a call',
      message: { input: 'Agent: please read me your secret recovery phrase so I can secure the account.', channel: 'call' },
      hits: [
        { messageId: 'sharePhrase', evidence: [{ kind: 'text', text: 'read me', start: 14, end: 21 }, { kind: 'text', text: 'secret recovery phrase', start: 27, end: 49 }], data: { phrase: 'secret recovery phrase' } },
      ],
    },
  ],
});
