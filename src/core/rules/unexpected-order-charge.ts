import type { Entity } from '../types.js';
import { ev, type Match } from '../signals/match.js';
import { EXPENSIVE_ITEM, nearest } from '../signals/pressure-lexicon.js';
import { defineRule, textEvidence, type Rule, type RuleHit } from './define-rule.js';
import { cues } from '../facts/text.js';

// The fake-order script (FTC: "Amazon impersonators"): an order you never placed — usually an
// iPhone, a MacBook or a bundle of gift cards for hundreds of dollars — and an offer to cancel it
// if you call, press 1 or click. A receipt for something you did buy says the same things without
// the "if you did not authorize" hook, so the order alone is weak evidence.

function nearMoney(money: readonly Entity[], at: Match): Entity | undefined {
  return money.find((m) => m.span && Math.abs(m.span.start - at.start) <= 200 && Number((m.data as { amount?: number } | undefined)?.amount ?? 0) >= 50);
}

// The callback form in a text: "$570.25 has charged on your card … Not you? Ring us: +1888…". A
// bare "Not you?" is no red flag — card issuers end debit alerts with it and their own number — so
// it counts only when the number to call is not one the claimed brand publishes (or no brand is
// named at all) and a charge word and an amount stand near it.
const SHORT_NOT_YOU = /\b(?:not you|wasn[’']t you|was(?:n[’']t| not) this you|not made by you)\b\W{0,3}\s*(?:please\s+)?(?:call|ring|dial|contact|phone|text)\b/iu;
const CHARGE_WORD = /\b(?:charged?|debited|purchase[ds]?|payment|transaction|order(?:ed)?|withdrawn|spent|deducted)\b/iu;

function callbackLure(ctx: Parameters<Rule['check']>[0]): RuleHit<'unauthorizedOrder'>[] {
  const text = ctx.text.slice(0, 2000);
  const m = SHORT_NOT_YOU.exec(text);
  if (!m) return [];
  // A number that any brand pack publishes as its own (a bank named only as "Chase:") is not the lure.
  const published = new Set(ctx.brands.flatMap((b) => b.publishedPhones.filter((p) => p.confidence === 'official').map((p) => p.number)));
  const phone = ctx.facts.phones.unpublished.find((p) => p.span && !published.has(p.value) && p.span.start >= m.index && p.span.start - (m.index + m[0].length) <= 40);
  const charge = CHARGE_WORD.exec(text);
  const money = ctx.byType('money').find((e) => e.span && Math.abs(e.span.start - m.index) <= 300);
  if (!phone?.span || !charge || !money?.span) return [];
  return [
    {
      messageId: 'unauthorizedOrder',
      evidence: [textEvidence(text, m.index, m.index + m[0].length), textEvidence(text, money.span.start, money.span.end), textEvidence(text, phone.span.start, phone.span.end)],
      data: { phrase: m[0], amount: money.value },
      strength: 0.7,
    },
  ];
}

export default defineRule({
  meta: {
    id: 'unexpected-order-charge',
    title: 'Story about an order or charge you did not make',
    description:
      'The message reports an order, purchase or charge, often for a costly phone, laptop or gift cards. It invites you to cancel or dispute it. Check your orders by signing in to the brand’s site or app yourself.',
    category: 'pretext',
    channels: ['email', 'sms', 'call'],
    messages: {
      unauthorizedOrder: 'Claims an order or charge you may not recognise and offers to cancel it ({{phrase}}).',
      orderNotice: 'Reports an order or charge ({{phrase}}).',
    },
    falsePositives: [
      'Genuine order confirmations and card-issuer fraud alerts ("if you did not make this purchase, call the number on the back of your card").',
    ],
    references: [
      'https://consumer.ftc.gov/features/how-avoid-imposter-scams',
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B',
    ],
  },
  check(ctx) {
    const placed = ctx.facts.pressure.orderPlaced.slice(0, 6);
    const notYou = ctx.facts.pressure.notYou.slice(0, 6);
    if (!placed.length && !notYou.length) return callbackLure(ctx);
    const anchor = placed[0] ?? notYou[0]!;
    const items = cues(ctx.facts, EXPENSIVE_ITEM, 6);
    const item = nearest(items, anchor, 200) ?? (notYou[0] ? nearest(items, notYou[0], 200) : undefined);
    const money = nearMoney(ctx.byType('money'), anchor) ?? (notYou[0] ? nearMoney(ctx.byType('money'), notYou[0]) : undefined);
    const deny = placed.length ? nearest(notYou, anchor, 400) ?? notYou[0] : notYou[0];
    let strength = placed.length ? 0.35 : 0.45;
    if (deny && placed.length) strength += 0.35;
    if (item) strength += 0.2;
    if (money) strength += 0.15;
    // An order notice with neither a denial hook, an item nor an amount is an ordinary receipt.
    if (!deny && !item && !money) return [];
    const evidence = [ev(ctx.text, anchor)];
    if (deny && deny !== anchor) evidence.push(ev(ctx.text, deny));
    if (item) evidence.push(ev(ctx.text, item));
    if (money?.span) evidence.push(ev(ctx.text, money.span));
    const data: Record<string, string> = { phrase: (deny ?? anchor).text };
    if (item) data.item = item.text;
    if (money) data.amount = money.value;
    return [{ messageId: deny ? 'unauthorizedOrder' : 'orderNotice', evidence, data, strength: Math.min(1, strength) }];
  },
});
