import rule from './paid-task-job-offer.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: one job word is a normal advert or chat #1: I got the part-time job at the library! Start…', message: 'I got the part-time job at the library! Starting Monday.' },
    { name: 'near miss: one job word is a normal advert or chat #2: Mobile recharge of Rs 239 successful. Validit…', message: 'Mobile recharge of Rs 239 successful. Validity 28 days.' },
    { name: 'near miss: a mailing-list job advert needs three signs', message: { input: eml({ from: 'Lab <jobs@university.example>', subject: 'Student helper', body: 'We are looking for part-time work help in the lab, $15 an hour. Reply to this list.' }), channel: 'email' } },
    { name: 'a colleague working from home asks you to text someone, no number and no pitch', message: 'Working from home today, send a text to Mike if the printer breaks again' },
  ],
  invalid: [
    {
      name: 'flags: rate or like hotels for $300-800 a day, WhatsApp contact',
      message: 'Hello! We need someone to rate hotels online. We pay $300-$800 per day, part-time and flexible hours. Contact us on WhatsApp +1 204 555 0134',
      hits: [
        { messageId: 'taskJob', evidence: [{ kind: 'text', text: 'rate hotels', start: 26, end: 37 }, { kind: 'text', text: '$300-$800 per day', start: 53, end: 70 }, { kind: 'text', text: 'flexible hours', start: 86, end: 100 }, { kind: 'text', text: 'Contact us on WhatsApp', start: 102, end: 124 }], data: { phrase: 'rate hotels', count: 4 } },
      ],
    },
    {
      name: 'flags: brand-named recruiter moving you to Telegram',
      message: "Hi, I'm Emma from the Amazon recruiting team. We offer part-time remote work, message us on Telegram for details.",
      hits: [
        { messageId: 'taskJob', evidence: [{ kind: 'text', text: 'I\'m Emma from the Amazon recruiting team', start: 4, end: 44 }, { kind: 'text', text: 'remote work', start: 65, end: 76 }, { kind: 'text', text: 'message us on Telegram', start: 78, end: 100 }], data: { phrase: 'I\'m Emma from the Amazon recruiting team', count: 3 }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: recharge USDT to unlock tasks',
      message: 'Complete 40 tasks of product boosting each day. To unlock the next level, recharge your account with USDT.',
      hits: [
        { messageId: 'payToWork', evidence: [{ kind: 'text', text: 'Complete 40 tasks', start: 0, end: 17 }, { kind: 'text', text: 'unlock the next level', start: 51, end: 72 }], data: { phrase: 'unlock the next level' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: Spanish work from home with WhatsApp',
      message: 'Trabajo desde casa, calificar productos y ganar $500 al día. Escríbenos por WhatsApp.',
      hits: [
        { messageId: 'taskJob', evidence: [{ kind: 'text', text: 'Trabajo desde casa', start: 0, end: 18 }, { kind: 'text', text: 'calificar productos', start: 20, end: 39 }, { kind: 'text', text: '$500 al día', start: 48, end: 59 }], data: { phrase: 'calificar productos', count: 3 }, strength: 0.8 },
      ],
    },
    {
      name: 'side-job script ("it won\'t disturb your current job") that moves the chat to another number',
      message: "Work part-time from home at your leisure, it won't disturb your current job. If interested send sms to James +1 (509) 555-0142 for details",
      hits: [
        { messageId: 'taskJob', evidence: [{ kind: 'text', text: 'Work part-time from home', start: 0, end: 24 }, { kind: 'text', text: 'send sms to James +1 (509) 555-0142', start: 91, end: 126 }], data: { phrase: 'Work part-time from home', count: 2 }, strength: 0.6 },
      ],
    },
    {
      name: '"will not affect your current job", with a number to text',
      message: 'Easy side job, it will not affect your current job. Text message to Anna: +44 7700 900123',
      hits: [
        { messageId: 'taskJob', evidence: [{ kind: 'text', text: 'will not affect your current job', start: 18, end: 50 }, { kind: 'text', text: 'Text message to Anna: +44 7700 900123', start: 52, end: 89 }], data: { phrase: 'will not affect your current job', count: 2 }, strength: 0.6 },
      ],
    },
  ],
});
