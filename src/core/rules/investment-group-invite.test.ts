import rule from './investment-group-invite.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: ordinary groups and clubs, and investment news #1: Want to join our book club on Thursday?', message: 'Want to join our book club on Thursday?' },
    { name: 'near miss: ordinary groups and clubs, and investment news #2: Join the discussion group at the library, 7pm.', message: 'Join the discussion group at the library, 7pm.' },
    { name: 'near miss: ordinary groups and clubs, and investment news #3: news@example.org', message: { input: eml({ from: 'news@example.org', subject: 'Markets', body: 'The investment group bought a stake in the chain last week.' }), channel: 'email' } },
    // Entering a code or a contest is not joining an investment group.
    { name: 'flags: "you enter the BTC … discussion group" with a group-chat link #2: Enter the code 1234 to join the team chat.', message: 'Enter the code 1234 to join the team chat.' },
  ],
  invalid: [
    {
      name: 'flags: an invitation to a crypto discussion group, with promised returns',
      message: 'Dear. You are invited to join the (Bitcoin) internal discussion group. Members earn 500-5K USDT daily.',
      hits: [
        { messageId: 'groupInviteReturns', evidence: [{ kind: 'text', text: 'invited to join the (Bitcoin) internal discussion group', start: 14, end: 69 }, { kind: 'text', text: 'earn 500-5K USDT daily', start: 79, end: 101 }], data: { phrase: 'invited to join the (Bitcoin) internal discussion group', returns: 'earn 500-5K USDT daily' } },
      ],
    },
    {
      name: 'flags: a stock club on WhatsApp, without returns at lower strength',
      message: 'Hi, welcome to join our VIP stock club on WhatsApp, our teacher shares free picks.',
      hits: [
        { messageId: 'groupInvite', evidence: [{ kind: 'text', text: 'welcome to join our VIP stock club', start: 4, end: 38 }], data: { phrase: 'welcome to join our VIP stock club' }, strength: 0.75 },
      ],
    },
    {
      name: 'flags: "you enter the BTC … discussion group" with a group-chat link #1: Dear, you enter the BTC internal information…',
      message: 'Dear, you enter the BTC internal information sharing discussion group: http://chat.whatsapp.com/AbCdEf',
      hits: [
        { messageId: 'groupInvite', evidence: [{ kind: 'text', text: 'enter the BTC internal information sharing discussion group', start: 10, end: 69 }], data: { phrase: 'enter the BTC internal information sharing discussion group' }, strength: 0.75 },
      ],
    },
  ],
});
