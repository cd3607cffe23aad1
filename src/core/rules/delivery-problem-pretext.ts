import { ev } from '../signals/match.js';
import { ADDRESS_UPDATE, DELIVERY_PROBLEM, PARCEL } from '../signals/pressure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Delivery smishing: a parcel "could not be delivered" or is "held at the depot" until you pay a small
// redelivery or customs fee or "update your address" — the fee page steals card details.

const FEE = /fee|charge|dut(?:y|ies)|tax|gebühr|tasa|gastos|tarifa|frais|droits|taxa|kosten|payment|pay|settle/iu;

export default defineRule({
  meta: {
    id: 'delivery-problem-pretext',
    title: 'Delivery-problem story',
    description:
      'The message says a parcel could not be delivered or is held. Or it says the parcel needs a new delivery date, a customs fee or an address update. Track parcels in the store’s or carrier’s own app; carriers do not ask for fees by text.',
    category: 'pretext',
    channels: ['email', 'sms', 'call'],
    messages: {
      deliveryFee: 'Asks you to pay a fee for delivery or customs ({{phrase}}).',
      deliveryProblem: 'Claims a problem with a delivery ({{phrase}}).',
    },
    falsePositives: [
      'Genuine carrier notices of a missed delivery (they point to the carrier’s own site and ask for no fee).',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages',
      'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
    ],
  },
  check(ctx) {
    const probs = cues(ctx.facts, DELIVERY_PROBLEM, 6);
    const addr = cues(ctx.facts, ADDRESS_UPDATE, 2);
    const parcel = addr.length && !probs.length ? cues(ctx.facts, PARCEL, 1) : [];
    const all = [...probs, ...(probs.length || parcel.length ? addr : [])].sort((a, b) => a.start - b.start);
    if (!all.length) return [];
    const fee = all.find((m) => FEE.test(m.text));
    const distinct = new Set(all.map((m) => m.text.toLowerCase())).size;
    const m = fee ?? all[0]!;
    const money = ctx.byType('money').find((x) => x.span && Math.abs(x.span.start - m.start) <= 200);
    let strength = fee ? 0.8 : 0.5;
    if (distinct >= 2) strength += 0.15;
    if (money) strength += 0.15;
    const evidence = all.slice(0, 3).map((x) => ev(ctx.text, x));
    if (money?.span) evidence.push(ev(ctx.text, money.span));
    return [{ messageId: fee ? 'deliveryFee' : 'deliveryProblem', evidence, data: { phrase: m.text }, strength: Math.min(1, strength) }];
  },
});
