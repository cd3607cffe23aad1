import { ev } from '../signals/match.js';
import { SECRECY } from '../signals/pressure-lexicon.js';
import { defineRule } from './define-rule.js';
import { cues } from '../facts/text.js';

// Isolation is what turns a story into a loss: "don't tell your bank, the staff may be involved",
// "stay on the line", "keep this confidential". Real banks and brands never ask you to hide a
// transaction from your bank or family, or to stay on the phone while you withdraw money.

// Keeping the person on the phone is a weaker sign than hiding things from the bank or family:
// queue messages say "please stay on the line" too.
const HOLD = /hang|auflegen|legen sie nicht|cuelgue|raccrochez|desligue|niet op|stay on|bleiben sie|manténgase|rest(?:ez|er) en ligne|disconnect|end (?:this|the) call|leave|put down/iu;

export default defineRule({
  meta: {
    id: 'secrecy-isolation',
    title: 'Asks you to keep it secret or stay on the line',
    description:
      'The message or caller tells you not to tell your bank, family or anyone. Or it says to keep it secret, or not to hang up. Scammers cut their victims off from help; a real company never asks you to hide a payment from your bank.',
    category: 'pressure',
    channels: ['email', 'sms', 'call'],
    statement: 'pressure',
    messages: {
      secrecy: 'Asks you to keep this from others ({{phrase}}).',
      stayOnLine: 'Tries to keep you on the line ({{phrase}}).',
    },
    falsePositives: [
      'Call-centre queue messages ("please stay on the line, your call is important").',
      'Real confidentiality requests in business mail (NDAs, embargoed news).',
    ],
    references: ['https://consumer.ftc.gov/features/how-avoid-imposter-scams', 'https://consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams'],
  },
  check(ctx) {
    const hits = cues(ctx.facts, SECRECY, 6);
    if (!hits.length) return [];
    const secret = hits.find((m) => !HOLD.test(m.text));
    if (secret) {
      const evidence = [ev(ctx.text, secret)];
      const hold = hits.find((m) => m !== secret);
      if (hold) evidence.push(ev(ctx.text, hold));
      return [{ messageId: 'secrecy', evidence, data: { phrase: secret.text }, strength: 1 }];
    }
    const m = hits[0]!;
    return [{ messageId: 'stayOnLine', evidence: [ev(ctx.text, m)], data: { phrase: m.text }, strength: hits.length > 1 ? 0.6 : 0.45 }];
  },
});
