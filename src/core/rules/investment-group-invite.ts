import { defineRule, textEvidence } from './define-rule.js';

// Investment group-chat lures: "You are invited to join the (Bitcoin) internal discussion group, the
// team will publish daily how to make money", "join our VIP stock club on WhatsApp, 30% a week".
// The SEC warns that group chats about investing, joined on an invitation from a stranger, are
// how many investment scams begin; the "teacher" then moves people to a fake trading app.

// An invitation to join, then within a short window an investment word and a group word.
const INVITE =
  /\b(?:invit(?:e|ed|es|ing|ation)|welcome|add(?:ed)? you|join(?:ing)?|enter(?:ed)?|únete|unirse|rejoignez|entra(?:re)?|tritt|beitreten)\b[^\n]{0,60}?\b(?:invest(?:ment|ing|ors?)?|stocks?|shares|trading|traders?|crypto(?:currency)?|bitc[o0]in|btc|usdt|forex|wealth|profit|inversi[oó]n|acciones|bourse|investissement|aktien|borsa)\b[^\n]{0,50}?\b(?:groups?|club|community|channel|chat|circle|team|grupo|groupe|gruppe|gruppo)\b/iu;
// Returns promised in the same message: "earn 500-5K daily", "30% per week", "guaranteed profit".
const RETURNS =
  /\b(?:earn|make|profit|return|gain|ganar|gagner|verdienen)\w*\b[^\n]{0,30}?(?:[$€£]\s?\d|\d[\d,.]*\s?(?:k|%|usd|usdt|dollars?))[^\n]{0,20}?\b(?:daily|a day|per day|each day|weekly|a week|per week|monthly|al día|par jour|pro tag)\b|\bguaranteed (?:profits?|returns?|income)\b|\bdouble your (?:money|investment)\b/iu;

export default defineRule({
  meta: {
    id: 'investment-group-invite',
    title: 'Invitation to an investment group chat',
    description:
      'The message invites you to join an investment, stock or crypto group, often on WhatsApp or Telegram. Some promise daily or weekly returns. Group chats led by strangers are a common start of investment scams; never invest on a tip from one.',
    category: 'pretext',
    channels: ['sms', 'email'],
    messages: {
      groupInvite: 'Invites you to an investment group chat ({{phrase}}).',
      groupInviteReturns: 'Invites you to an investment group chat ({{phrase}}) and promises returns ({{returns}}).',
    },
    falsePositives: [
      'A genuine invitation from a club or employer plan you know of (check it through the club or employer, not the message).',
    ],
    references: [
      'https://www.investor.gov/introduction-investing/general-resources/news-alerts/alerts-bulletins/investor-alerts/gateway-to-investment-scams',
      'https://www.investor.gov/introduction-investing/general-resources/news-alerts/alerts-bulletins/investor-bulletins/social-media-stock-scams',
    ],
  },
  check(ctx) {
    const text = ctx.text.slice(0, 4000);
    const m = INVITE.exec(text);
    if (!m) return [];
    const r = RETURNS.exec(text);
    const evidence = [textEvidence(ctx.text, m.index, m.index + m[0].length)];
    if (r) evidence.push(textEvidence(ctx.text, r.index, r.index + r[0].length));
    return r
      ? [{ messageId: 'groupInviteReturns' as const, evidence, data: { phrase: m[0], returns: r[0] } }]
      : [{ messageId: 'groupInvite' as const, evidence, data: { phrase: m[0] }, strength: 0.75 }];
  },
});
