import { ev } from '../signals/match.js';
import { WALLET_ALERT, WALLET_BRAND } from '../signals/lure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Fake exchange and wallet alerts: "Coinbase: a withdrawal request of 0.5 BTC was made, if this was
// not you call …", "your MetaMask wallet will be disabled, sync/validate your wallet". They push
// people to a fake support line or a page that asks for the recovery phrase. Coinbase says it never
// asks for 2-step codes or to move funds; MetaMask cannot suspend a self-custody wallet at all.

export default defineRule({
  meta: {
    id: 'crypto-wallet-alert',
    title: 'Crypto exchange or wallet alert',
    description:
      'The message names a crypto exchange or wallet (Coinbase, Binance, MetaMask, Trust Wallet…). It reports a withdrawal request or a wallet that will be shut. Or it says you must sync, check or restore your wallet. Open the app yourself; never call a number or follow a link from the message.',
    category: 'pretext',
    channels: ['sms', 'email', 'call'],
    messages: {
      walletAlert: 'A crypto alert from "{{brand}}": {{phrase}}.',
    },
    falsePositives: [
      'Genuine withdrawal confirmations from an exchange you use (they send you to the app, not to a phone number).',
    ],
    references: [
      'https://help.coinbase.com/en/coinbase/privacy-and-security/avoiding-phishing-and-scams/avoiding-cryptocurrency-scams/phishing',
      'https://www.coinbase.com/en-gb/blog/how-to-spot-and-stop-customer-support-scams',
      'https://consumer.ftc.gov/articles/what-know-about-cryptocurrency-and-scams',
    ],
  },
  check(ctx) {
    const alert = cues(ctx.facts, WALLET_ALERT, 4);
    if (!alert.length) return [];
    const brand = cues(ctx.facts, WALLET_BRAND, 4)[0];
    if (!brand) return [];
    const a = alert[0]!;
    const out = ctx.byType('url').find((u) => u.span) ?? ctx.byType('phone').find((p) => p.span);
    const evidence = [brand, a].sort((x, y) => x.start - y.start).map((m) => ev(ctx.text, m));
    if (out?.span) evidence.push(ev(ctx.text, out.span));
    return [{ messageId: 'walletAlert', evidence, data: { brand: brand.text, phrase: a.text }, strength: out ? 0.9 : 0.7 }];
  },
});
