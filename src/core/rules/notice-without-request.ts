import { ACTION_REQUEST, NOT_A_REQUEST } from '../facts/genuine.js';
import { defineRule, textEvidence } from './define-rule.js';

// Genuine evidence for texts. "T-Mobile: $40.00 has been added to your account", "Your order is
// ready for pickup", "Rs 500 debited from a/c XX1234": a notice about the reader's own order,
// account or payment that asks for nothing — no link off a brand's site, no number to call, no
// reply beyond the STOP/HELP lines, no deadline or threat. Every scam text needs the person to act,
// so a notice that gives them nothing to act on lowers the score. It proves nothing about the sender.

const TRANSACTIONAL =
  /\b(?:order(?:ed)?|account|a\/c|acct|balance|payment|paid|debited|credited|charged|refill(?:ed)?|deposit(?:ed)?|withdrawn|spent|purchase|transaction|txn|receipt|statement|bill(?:ed)?|invoice|shipped|dispatched|delivered|out for delivery|ready for (?:pickup|collection)|appointment|reservation|booking|subscription|renewed|recharge(?:d)?)\b/iu;
// Pressure and threats that turn a notice into a lure.
const PRESSURE =
  /\b(?:urgent(?:ly)?|immediately|asap|act now|right away|final (?:notice|warning|reminder)|last (?:chance|warning)|suspend(?:ed)?|lock(?:ed)?|block(?:ed)?|disabled|deactivat\w*|restricted|frozen|penalt(?:y|ies)|late fee|legal action|arrest|unusual|suspicious|unauthori[sz]ed|verify|confirm your|update your|within \d+ ?(?:hours?|hrs?|days?|minutes?)|expires? (?:today|soon)|congrat\w*|winner|won|prize|reward|gift|free|bonus|lucky|draw|selected|claim|seiz\w*|otherwise|(?:before|until|by) \d\S*|(?:get|be|getting|being) (?:paid|compensated))\b/iu;

const PICKUP_BY = /\b(?:pick(?:ed)? (?:it |them |this |your (?:order |parcel |package )?)?up|collect (?:it |them |your (?:order |parcel |package ))?|for (?:pickup|pick-up|collection))\s?(?:by|before|until) \S+/giu;

export default defineRule({
  meta: {
    id: 'notice-without-request',
    title: 'A notice about your own order or account that asks for nothing',
    description:
      'The text tells you about an order, payment, balance or delivery and asks for nothing: no link off the brand’s own site, no number to call, no reply, no deadline or threat. Scam texts always need you to act. This lowers the score; it cannot show who sent it.',
    category: 'genuine',
    channels: ['sms'],
    messages: {
      noticeOnly: 'A notice about your {{topic}} that asks you to do nothing: no link off the brand’s site, no number to call, no reply.',
    },
    falsePositives: [
      'The first text of a scam that follows up later (“reply YES to confirm”): the follow-up is judged on its own.',
    ],
    references: ['https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages'],
  },
  check(ctx) {
    const text = ctx.text.slice(0, 2000);
    const topic = TRANSACTIONAL.exec(text);
    if (!topic) return [];
    if (ctx.facts.phones.unpublished.length) return [];
    const links = ctx.facts.linkVerdict;
    if (links.links.length && !links.allOfficial) return [];
    // "Please pick it up by 10/14": a date to collect your own order is not a threat.
    if (PRESSURE.test(text.replace(PICKUP_BY, (m) => ' '.repeat(m.length)))) return [];
    const rest = text.replace(NOT_A_REQUEST, (s) => ' '.repeat(s.length));
    if (ACTION_REQUEST.test(rest)) return [];
    return [{ messageId: 'noticeOnly' as const, evidence: [textEvidence(ctx.text, topic.index, topic.index + topic[0].length)], data: { topic: topic[0].toLowerCase() }, effect: 'lower' as const }];
  },
});
