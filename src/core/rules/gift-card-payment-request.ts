import { findAll, near, ev } from '../signals/match.js';
import { defineRule } from './define-rule.js';

// Paying with gift cards (or reading out their claim codes) is the signature of impersonation scams:
// no brand takes payment, fees, refunds or "verification" in gift cards.

// A payment or hand-over verb near a gift card: "pay with Google Play cards", "buy 5 Amazon cards",
// "read me the numbers on the back", "Gutscheine kaufen", "comprar tarjetas de regalo".
const ASK =
  /\b(?:pay(?:ment)?(?! later)|paid|buy|purchase|get|pick up|go to (?:the )?(?:store|walmart|target|cvs|walgreens)|scratch|read (?:out|me|them)|send (?:me|us|them|a (?:photo|picture))|(?:the )?(?:numbers?|codes?|pins?) on the back|redeem|load|kaufen|bezahlen|zahlen|senden|schicken|comprar|pagar|enviar|env[ií]e|acheter|payer|betalen|kopen)\b/giu;

const REWARD_BEFORE = /\b(?:win|won|earn|get|gets|receive|enjoy|bag)\b[^!?\n]{0,25}$/iu;

export default defineRule({
  meta: {
    id: 'gift-card-payment-request',
    title: 'Asks for payment or codes in gift cards',
    description:
      'The message asks the person to buy gift cards, pay with them, or hand over their numbers or claim codes. Brands never take payment, fees or verification in gift cards.',
    category: 'request',
    channels: ['email', 'sms', 'call'],
    statement: 'gift-cards',
    messages: {
      payWithGiftCards: 'Asks you to pay or "verify" with gift cards ({{phrase}}). Gift cards are for gifts, not payments.',
      shareClaimCode: 'Asks you to share a gift card claim code or PIN.',
    },
    falsePositives: [
      'Genuine gift-card purchase receipts or promotions ("buy a gift card for a friend") — they mention buying but not paying someone with the card.',
    ],
    references: ['https://consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams'],
  },
  check(ctx) {
    const cards = ctx.byType('gift_card');
    if (cards.length === 0) return [];
    const hits = [];
    const asks = findAll(ctx.text, ASK, 50);
    for (const card of cards) {
      if (!card.span) continue;
      const ask = asks.find((a) => near(a, card.span!, 60));
      if (!ask) continue;
      // "buy a gift card for a friend" / "gift cards make great presents" are shopping, not payment.
      const window = ctx.text.slice(Math.max(0, card.span.start - 80), card.span.end + 80);
      const fee =
        /\b(?:fee|verify|verification|refund|owe|penalty|fine|pay (?:us|me|the))\b/i.test(window) ||
        /\b(?:send|text|give|read|e-?mail|share|tell)\b[^.!?\n]{0,20}\b(?:codes?|numbers?|pins?|photos?|pictures?|back)\b|\bscratch/i.test(window);
      // A gift card offered as the reward ("sign up & get a Rs.100 Gift Card", "win a $50 gift
      // card") is a promotion or a prize lure, not payment in gift cards.
      if (REWARD_BEFORE.test(ctx.text.slice(Math.max(0, card.span.start - 30), card.span.start)) && !fee) continue;
      if (/\b(?:for (?:a |your )?(?:friend|family|loved ones?|someone special)|perfect gift|great gift|holiday gift|gift ideas?)\b/i.test(window) && !fee) {
        continue;
      }
      hits.push({
        messageId: 'payWithGiftCards' as const,
        evidence: [ev(ctx.text, ask), ev(ctx.text, card.span)],
        data: { phrase: ctx.text.slice(card.span.start, card.span.end) },
      });
      break;
    }
    const codes = ctx.byType('claim_code');
    if (codes.length > 0 && cards.length > 0 && hits.length === 0) {
      const c = codes[0]!;
      if (c.span) hits.push({ messageId: 'shareClaimCode' as const, evidence: [ev(ctx.text, c.span)] });
    }
    return hits;
  },
});
