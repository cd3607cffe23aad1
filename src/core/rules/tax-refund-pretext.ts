import { ev, near } from '../signals/match.js';
import { CLAIM_ASK, TAX_AGENCY, TAX_REFUND } from '../signals/lure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Tax-refund phishing: "IRS: you are eligible for a tax refund of $573, confirm your information at
// …", "HMRC: you have an outstanding tax refund of £276, claim at …". The IRS does not text about
// refunds and HMRC never sends refund notifications by text or email; real refunds are paid
// automatically. A tax agency and a refund in the same message, with a claim link or a request for
// details, is the lure; the agency name alone (news, an accountant's newsletter) is not.

// Acronyms only count in capitals ("ato" and "cra" are also ordinary letters in other words' places).
const ACRONYM = /^(?:irs|i\.r\.s\.?|hmrc|cra|ato|dgfip)$/iu;

// A document sent with the text, as a phone shows it in a screenshot ("IRS_TAX_REFUND_5T88.pdf
// PDF Document – 83 KB"): the attachment is the ask, like a link.
const ATTACHED_DOC = /\b[\p{L}\p{N}_.-]{1,80}\.pdf\s{0,3}PDF Document\b/iu;

export default defineRule({
  meta: {
    id: 'tax-refund-pretext',
    title: 'Tax-refund story',
    description:
      'The message says a tax agency (IRS, HMRC, CRA, ATO…) owes you a refund or rebate and asks you to claim it or confirm your details through a link. Tax agencies do not announce refunds by text or email; check your tax account on the agency\'s own website.',
    category: 'pretext',
    channels: ['sms', 'email'],
    messages: {
      taxRefund: 'Claims a tax refund from {{agency}} ({{phrase}}) and asks you to claim it through the message.',
      taxRefundNoAgency: 'Offers a tax refund ({{phrase}}) that you must claim through the message.',
    },
    falsePositives: [
      'An accountant or tax-software newsletter that discusses refunds and links to its own site.',
    ],
    references: [
      'https://www.irs.gov/newsroom/taxpayers-see-wave-of-summer-email-text-scams-irs-urges-extra-caution-with-flood-of-schemes-involving-economic-impact-payments-employee-retention-credits-tax-refunds',
      'https://www.gov.uk/government/collections/hmrc-phishing-and-scams-detailed-information',
    ],
  },
  check(ctx) {
    const refund = cues(ctx.facts, TAX_REFUND, 4);
    if (!refund.length) return [];
    const agency = cues(ctx.facts, TAX_AGENCY, 6).find((a) => !ACRONYM.test(a.text) || a.text === a.text.toUpperCase());
    const claim = cues(ctx.facts, CLAIM_ASK, 4)[0];
    const link = ctx.byType('url').find((u) => u.span);
    // A document counts only from a tax agency: an accountant or a friend sends forms too.
    const doc = link || !agency ? null : ATTACHED_DOC.exec(ctx.text.slice(0, 2000));
    if (!claim && !link && !doc) return [];
    const r = refund[0]!;
    const taxWord = /tax|steuer|impuesto|impôt|imposto|fiscal|irpef|tasse|hacienda/iu.test(r.text);
    if (!agency && !taxWord) return [];
    if (agency && !taxWord && !near(agency, r, 300)) return [];
    const evidence = [...(agency ? [agency] : []), r, ...(claim ? [claim] : [])].sort((a, b) => a.start - b.start).map((m) => ev(ctx.text, m));
    if (link?.span) evidence.push(ev(ctx.text, link.span));
    if (doc && !evidence.some((e) => e.kind === 'text' && e.start <= doc.index && e.end >= doc.index + doc[0].length)) evidence.push(ev(ctx.text, { start: doc.index, end: doc.index + doc[0].length }));
    const money = ctx.byType('money').find((m) => m.span && near(m.span, r, 60));
    const strength = (agency ? 0.75 : 0.55) + (claim && link ? 0.15 : 0) + (money ? 0.1 : 0);
    if (agency) return [{ messageId: 'taxRefund', evidence, data: { agency: agency.text, phrase: r.text }, strength: Math.min(1, strength) }];
    return [{ messageId: 'taxRefundNoAgency', evidence, data: { phrase: r.text }, strength: Math.min(1, strength) }];
  },
});
