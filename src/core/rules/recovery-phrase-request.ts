import { RECOVERY_PHRASE } from '../signals/lure-lexicon.js';
import { firstAskNear, matches, spanEvidence } from '../signals/request-lexicon.js';
import { defineRule } from './define-rule.js';

// A wallet's recovery (seed) phrase or private key IS the wallet: whoever has it takes the coins.
// Unlike a one-time code, typing it into a web page is the theft itself, so "enter", "import" and
// "validate" count as asks too. Wallet makers say the opposite ("we will never ask for your Secret
// Recovery Phrase"), which the shared warning check recognises.

const ENTER = /(?<![\p{L}])(?:import|restore (?:it|with)|paste|type|write (?:it|them) (?:in|here)|upload|sync)(?![\p{L}])/giu;

export default defineRule({
  meta: {
    id: 'recovery-phrase-request',
    title: 'Asks for a wallet recovery phrase or private key',
    description:
      'The message asks you to share, enter, import or "validate" your wallet\'s secret words. That is the seed phrase or secret recovery phrase (the 12 or 24 words) or the private key. Anyone who has it owns the wallet; no exchange, wallet or support agent ever asks for it.',
    category: 'request',
    channels: ['sms', 'email', 'call'],
    messages: {
      sharePhrase: 'Asks for your wallet recovery phrase ({{phrase}}). Whoever has it can empty the wallet.',
    },
    falsePositives: [
      'Wallet set-up instructions that tell you to type the phrase into the wallet app itself when restoring.',
    ],
    references: [
      'https://help.coinbase.com/en/coinbase/privacy-and-security/avoiding-phishing-and-scams/avoiding-cryptocurrency-scams/phishing',
      'https://consumer.ftc.gov/articles/what-know-about-cryptocurrency-and-scams',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    const phrases = matches(text, RECOVERY_PHRASE, 10);
    if (!phrases.length) return [];
    const asks = [...ctx.facts.requests.share, ...matches(text, ENTER, 10)].sort((a, b) => a.start - b.start);
    const pair = firstAskNear(text, asks, phrases, 60);
    if (!pair) return [];
    return [{ messageId: 'sharePhrase', evidence: spanEvidence(text, pair.ask, pair.target), data: { phrase: text.slice(pair.target.start, pair.target.end) } }];
  },
});
