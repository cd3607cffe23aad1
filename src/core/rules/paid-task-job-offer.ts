import { ev, near, type Match } from '../signals/match.js';
import { CHAT_APP, DEPOSIT_TO_WORK, JOB_PITCH, PAY_RATE, RECRUITER_INTRO, TASK_WORK } from '../signals/lure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Task scams ("gamified job scams"): an unexpected text offers part-time work rating, liking or
// "optimising" products, apps or hotels for "$300–800 a day", usually from a "recruiter" who names a
// big brand and moves you to WhatsApp or Telegram; later you must "recharge" your task account with
// your own money, often USDT. Real employers do not recruit by unsolicited text and never ask you to
// pay to work. One ingredient alone is a normal job ad, so the rule needs two; more make it stronger.

// Chat-app links: WhatsApp click-to-chat, Telegram.
const CHAT_HOST = /^(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me)$/iu;

export default defineRule({
  meta: {
    id: 'paid-task-job-offer',
    title: 'Task or job-scam offer',
    description:
      'A job offer out of the blue. It offers paid "tasks" such as rating or liking products, apps or hotels. Or a high daily pay rate for part-time work from home. Or a recruiter names a well-known brand, wants to chat on WhatsApp or Telegram, or asks for a deposit. Real employers never pay people to rate things or ask you to pay to work.',
    category: 'pretext',
    channels: ['sms', 'email'],
    messages: {
      taskJob: 'Offers paid online "tasks" or a job out of the blue ({{phrase}}; {{count}} job-scam signs).',
      payToWork: 'Asks you to deposit or recharge money to work or to withdraw earnings ({{phrase}}).',
    },
    falsePositives: [
      'Genuine job adverts on a mailing list that mention part-time work and an hourly rate.',
      'A recruiter you applied to who suggests a call on WhatsApp.',
    ],
    references: [
      'https://consumer.ftc.gov/consumer-alerts/2025/08/how-spot-and-avoid-task-scams',
      'https://militaryconsumer.gov/blog/task-scams-create-illusion-making-money',
    ],
  },
  check(ctx) {
    const task = cues(ctx.facts, TASK_WORK, 4);
    const job = cues(ctx.facts, JOB_PITCH, 4);
    const recruiter = cues(ctx.facts, RECRUITER_INTRO, 2);
    if (!task.length && !job.length && !recruiter.length) return [];
    const deposit = cues(ctx.facts, DEPOSIT_TO_WORK, 4);
    const chat = cues(ctx.facts, CHAT_APP, 4);
    const chatLink = ctx.byType('url').find((u) => u.span && CHAT_HOST.test(String(u.data?.hostname ?? '')));
    // A pay rate counts only right after an amount ("$500 per day", "300-800 USD daily").
    const rates = cues(ctx.facts, PAY_RATE, 8);
    const money = ctx.byType('money').filter((m) => m.span);
    let rate: Match | undefined;
    for (const r of rates) {
      const mo = money.find((m) => m.span!.end <= r.start && r.start - m.span!.end <= 12);
      if (mo) {
        rate = { start: mo.span!.start, end: r.end, text: ctx.text.slice(mo.span!.start, r.end), groups: [] };
        break;
      }
    }
    const signs: Match[] = [];
    if (task[0]) signs.push(task[0]);
    // "recruiting team" is both the pitch and the end of the recruiter's introduction: count it once.
    const pitch = job.find((j) => !recruiter.some((r) => near(r, j, 0)));
    if (pitch) signs.push(pitch);
    if (recruiter[0]) signs.push(recruiter[0]);
    if (rate) signs.push(rate);
    if (chat[0]) signs.push(chat[0]);
    else if (chatLink?.span) signs.push({ ...chatLink.span, text: ctx.text.slice(chatLink.span.start, chatLink.span.end), groups: [] });
    if (deposit[0]) signs.push(deposit[0]);
    // In a text, a link is one more sign (the FTC: generic, unexpected texts about jobs); a mailing
    // list carries real job adverts with a rate and "part-time", so an email needs three signs.
    const sms = ctx.message.channel === 'sms';
    const link = sms ? ctx.byType('url').find((u) => u.span) : undefined;
    if (link?.span && !signs.some((s) => near(s, link.span!, 0))) signs.push({ ...link.span, text: ctx.text.slice(link.span.start, link.span.end), groups: [] });
    if (signs.length < (sms ? 2 : 3)) return [];
    signs.sort((a, b) => a.start - b.start);
    const evidence = signs.slice(0, 4).map((m) => ev(ctx.text, m));
    const strength = signs.length >= 4 ? 1 : signs.length === 3 ? 0.8 : 0.6;
    if (deposit[0]) {
      return [{ messageId: 'payToWork', evidence, data: { phrase: deposit[0].text }, strength: Math.min(1, strength + 0.2) }];
    }
    const lead = task[0] ?? recruiter[0] ?? pitch ?? job[0]!;
    return [{ messageId: 'taskJob', evidence, data: { phrase: lead.text, count: signs.length }, strength }];
  },
});
