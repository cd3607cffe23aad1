import rule from './notice-without-request.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: a notice that wants a reply, a call, a link click, or threatens #1: Darty card: E 160.00 withdrawn. For another c…', message: 'Darty card: E 160.00 withdrawn. For another choice of reimbursement answer YES to this SMS.' },
    { name: 'near miss: a notice that wants a reply, a call, a link click, or threatens #2: Your order 4411 is confirmed. Message your na…', message: 'Your order 4411 is confirmed. Message your name and account number to 7679046492' },
    { name: 'near miss: a notice that wants a reply, a call, a link click, or threatens #3: Your account is locked. Your balance is froze…', message: 'Your account is locked. Your balance is frozen until you verify.' },
    { name: 'near miss: a notice that wants a reply, a call, a link click, or threatens #4: Your parcel is held. Pay the fee at https://u…', message: 'Your parcel is held. Pay the fee at https://usps-redelivery.top/pay' },
    { name: 'near miss: a notice that wants a reply, a call, a link click, or threatens #5: Congratulations! Your account won a bonus of…', message: 'Congratulations! Your account won a bonus of $500.' },
    { name: 'near miss: personal chat has no account or order in it #1: Hi, are you home? I am outside.', message: 'Hi, are you home? I am outside.' },
    { name: 'near miss: personal chat has no account or order in it #2: Hi, is this Vince? Sorry, wrong number.', message: 'Hi, is this Vince? Sorry, wrong number.' },
    { name: 'a date to collect your own order is not pressure; a date to pay still is #2: Your order is on hold. Pay the balance by 10/…', message: { input: 'Your order is on hold. Pay the balance by 10/14 or it will be cancelled.', channel: 'sms' } },
    { name: 'near miss: "you will get paid" is an offer, not a notice about a payment', message: { input: 'I would love to use one of your pictures for my art project and you will get paid for it', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'genuine: a notice about your own account that asks for nothing #1: T-Mobile Msg: $40.00 has been added to your a…',
      message: 'T-Mobile Msg: $40.00 has been added to your account. Your new balance is $40.00. Thanks for refilling!',
      hits: [
        { messageId: 'noticeOnly', evidence: [{ kind: 'text', text: 'account', start: 44, end: 51 }], data: { topic: 'account' }, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: a notice about your own account that asks for nothing #2: Walmart Bakery: Your custom cake order is rea…',
      message: 'Walmart Bakery: Your custom cake order is ready for pickup. Reply HELP for help, STOP to stop.',
      hits: [
        { messageId: 'noticeOnly', evidence: [{ kind: 'text', text: 'order', start: 33, end: 38 }], data: { topic: 'order' }, effect: 'lower' },
      ],
    },
    {
      name: 'genuine: a notice about your own account that asks for nothing #3: Rs 500.00 debited from a/c XX1234 on 07-04-22…',
      message: 'Rs 500.00 debited from a/c XX1234 on 07-04-22. Avl bal Rs 10,250.00',
      hits: [
        { messageId: 'noticeOnly', evidence: [{ kind: 'text', text: 'debited', start: 10, end: 17 }], data: { topic: 'debited' }, effect: 'lower' },
      ],
    },
    {
      name: 'a date to collect your own order is not pressure; a date to pay still is #1: Bakery: Your custom cake order is ready for p…',
      message: { input: 'Bakery: Your custom cake order is ready for pickup. Please pick it up by 10/14. Reply HELP for help, STOP to stop.', channel: 'sms' },
      hits: [
        { messageId: 'noticeOnly', evidence: [{ kind: 'text', text: 'order', start: 25, end: 30 }], data: { topic: 'order' }, effect: 'lower' },
      ],
    },
  ],
});
