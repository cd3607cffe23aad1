import { defineRule } from './define-rule.js';
import { firstAskNear, isWarning, lexicon, matches, spanEvidence, gatedLexicon } from '../signals/request-lexicon.js';

// "Deposit cash into a Bitcoin ATM", "send USDT to this wallet": crypto payments cannot be reversed,
// and no retailer, bank or government agency asks to be paid in them (FTC: only scammers tell you
// to pay with cryptocurrency). Sextortion and fake-invoice mails carry the wallet address itself.

export const CRYPTO = gatedLexicon([
  'bitcoins?',
  'btc',
  'usdt',
  'tether',
  'ethereum',
  'eth',
  'litecoin',
  'ltc',
  'dogecoin',
  'monero',
  'xmr',
  'usdc',
  'tron',
  'trc-?20',
  'erc-?20',
  'crypto(?:currency|currencies|-?currency|-?w[äa]hrung|moneda|monnaie|moeda|munt)?',
  'kryptow[äa]hrung(?:en)?',
  'criptomonedas?',
  'cripto(?:moeda)?s?',
  'bitcoin (?:atm|machine|kiosk|automat|cajero)',
  'btm',
  'coinstar kiosk',
  'crypto (?:atm|kiosk|wallet)',
  '(?:bitcoin|crypto|btc|usdt|wallet) address',
  'wallet',
  'wallet-?adresse',
  'monedero',
  'billetera',
  'cartera (?:de )?(?:bitcoin|cripto)',
  'portefeuille',
  'carteira',
], 'bitcoin btc usdt eth litecoin ltc doge monero xmr usdc tron trc erc crypt krypt cripto btm coinstar wallet monedero billetera cartera portefeuille carteira');

// Wallet addresses: bech32 (bc1…), legacy base58 (1…/3…, 26–35 chars, no 0/O/I/l), Ethereum
// (0x + 40 hex), TRON (T + 33 base58). Bounded classes, one pass.
const WALLET = /(?<![A-Za-z0-9])(?:bc1[ac-hj-np-z02-9]{25,59}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})(?![A-Za-z0-9])/gu;

// Buying crypto is not the ask (exchange promos); paying someone with it is. "Buy" only counts when
// the same sentence then sends it on.
const ATM = lexicon(['(?:bitcoin|crypto|btc) (?:atm|machine|kiosk|automat)', 'btm', 'cajero (?:de )?bitcoin', 'bitcoin-?automat(?:en)?']);

const BARE_WALLET = /^(?:wallet|monedero|billetera|portefeuille|carteira)$/iu;

function walletLooksReal(s: string): boolean {
  // A legacy address mixes digits and both cases; "1SomethingLikeThisWord…" in prose does not.
  if (s.startsWith('bc1') || s.startsWith('0x')) return true;
  return /\d/.test(s.slice(1)) && /[a-z]/.test(s) && /[A-Z]/.test(s.slice(1));
}

export default defineRule({
  meta: {
    id: 'crypto-payment-request',
    title: 'Asks for payment in cryptocurrency or at a Bitcoin ATM',
    description:
      'The message asks the person to pay or move money in crypto. It may ask them to put cash into a Bitcoin ATM or send coins to a wallet. Crypto payments cannot be reversed; brands, banks and agencies never ask for them.',
    category: 'request',
    channels: ['email', 'sms', 'call'],
    statement: 'crypto',
    messages: {
      payInCrypto: 'Asks you to pay in cryptocurrency ({{what}}). Only scammers ask for payment in crypto.',
      bitcoinAtm: 'Asks you to put cash into a Bitcoin ATM ({{what}}).',
      walletAddress: 'Asks you to send money to a crypto wallet address ({{wallet}}).',
    },
    falsePositives: [
      'Crypto exchanges and wallets confirming a transfer the person made themselves ("You sent 0.01 BTC to bc1…").',
      'Donation pages and open-source projects that list a Bitcoin address to send tips to.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/what-know-about-cryptocurrency-and-scams',
      'https://consumer.ftc.gov/consumer-alerts/2024/09/bitcoin-atms-scammers-new-favorite-way-steal',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    const cryptoWords = matches(text, CRYPTO);
    // Base58 strings also appear as tracking tokens; legacy and TRON forms need a crypto word too.
    const wallets = matches(text, WALLET, 10).filter((w) => walletLooksReal(w.text) && (cryptoWords.length > 0 || /^(?:bc1|0x)/.test(w.text)));
    // A bare "wallet" is as often a phone or shop wallet ("load your Paytm wallet"): it counts only
    // beside a coin name or a wallet address.
    const coin = cryptoWords.some((m) => !BARE_WALLET.test(m.text));
    const crypto = coin || wallets.length > 0 ? cryptoWords : [];
    if (crypto.length === 0 && wallets.length === 0) return [];
    const pays = ctx.facts.requests.pay;
    if (pays.length === 0) return [];
    // A wallet address with a payment verb near it is the ask in its plainest form.
    if (wallets.length > 0) {
      const pair = firstAskNear(text, pays, wallets, 150);
      if (pair) {
        const wallet = text.slice(pair.target.start, pair.target.end);
        return [{ messageId: 'walletAddress' as const, evidence: spanEvidence(text, pair.ask, pair.target), data: { wallet } }];
      }
    }
    const atm = matches(text, ATM, 5).find((a) => !isWarning(text, a));
    if (atm) {
      const pair = firstAskNear(text, pays, [atm], 80);
      if (pair) return [{ messageId: 'bitcoinAtm' as const, evidence: spanEvidence(text, pair.ask, atm), data: { what: atm.text } }];
    }
    const pair = firstAskNear(text, pays, crypto, 40);
    if (!pair) return [];
    return [
      {
        messageId: 'payInCrypto' as const,
        evidence: spanEvidence(text, pair.ask, pair.target),
        data: { what: text.slice(pair.target.start, pair.target.end) },
        // "send bitcoin" without an address or ATM could be a news item or an exchange promo.
        strength: 0.8,
      },
    ];
  },
});
