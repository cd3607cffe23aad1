import rule from './gift-card-payment-request.js';
import { RuleTester } from './rule-tester.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: gift card as a present', message: 'Buy a gift card for a friend this holiday season — the perfect gift.' },
    { name: 'near miss: gift card mentioned without any ask', message: 'Your gift card balance is shown in Your Account.' },
    { name: 'near miss: a gift card offered as the reward of a promotion is not payment in gift cards #1: Sign up for Shop Pay Later & win an iPad + Rs…', message: { input: 'Sign up for Shop Pay Later & win an iPad + Rs.5100* Gift Card. http://shop.example.in/x', channel: 'sms' } },
    { name: 'near miss: a gift card offered as the reward of a promotion is not payment in gift cards #2: Shop during the sale & pay later. Sign-up & g…', message: { input: 'Shop during the sale & pay later. Sign-up & get Rs.100 Gift Card* + credit up to Rs.70,000', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'a gift card claim code with no payment ask: the code is the evidence',
      message: 'Here is the Amazon gift card claim code AQ3F-7HJKLM-9PQR.',
      hits: [
        { messageId: 'shareClaimCode', evidence: [{ kind: 'text', text: 'AQ3F-7HJKLM-9PQR', start: 40, end: 56 }] },
      ],
    },
    {
      name: 'flags: pay a fee with Google Play cards (call)',
      message: { input: 'Caller: to cancel the order you must pay the fee with Google Play gift cards.\nMe: ok', channel: 'call' },
      hits: [
        { messageId: 'payWithGiftCards', evidence: [{ kind: 'text', text: 'pay', start: 37, end: 40 }, { kind: 'text', text: 'Google Play gift cards', start: 54, end: 76 }], data: { phrase: 'Google Play gift cards' } },
      ],
    },
    {
      name: 'flags: read out the numbers on the back of the cards',
      message: 'Go to Walmart, buy two Amazon gift cards of $500 and read me the numbers on the back.',
      hits: [
        { messageId: 'payWithGiftCards', evidence: [{ kind: 'text', text: 'Go to Walmart', start: 0, end: 13 }, { kind: 'text', text: 'Amazon gift cards', start: 23, end: 40 }], data: { phrase: 'Amazon gift cards' } },
      ],
    },
    {
      name: 'flags: German voucher request',
      message: 'Bitte kaufen Sie Amazon Gutscheine im Wert von 200 Euro und senden Sie uns die Codes.',
      hits: [
        { messageId: 'payWithGiftCards', evidence: [{ kind: 'text', text: 'kaufen', start: 6, end: 12 }, { kind: 'text', text: 'Amazon Gutscheine', start: 17, end: 34 }], data: { phrase: 'Amazon Gutscheine' } },
      ],
    },
    // The same reward wording with a fee to pay is still the scam.
    {
      name: 'near miss: a gift card offered as the reward of a promotion is not payment in gift cards #3: You won a $500 gift card! To receive it, pay…',
      message: { input: 'You won a $500 gift card! To receive it, pay the $2 verification fee.', channel: 'sms' },
      hits: [
        { messageId: 'payWithGiftCards', evidence: [{ kind: 'text', text: 'pay', start: 41, end: 44 }, { kind: 'text', text: 'gift card', start: 15, end: 24 }], data: { phrase: 'gift card' } },
      ],
    },
    {
      name: 'near miss: a gift card offered as the reward of a promotion is not payment in gift cards #4: I need you to get 4 Apple gift cards of $200…',
      message: { input: 'I need you to get 4 Apple gift cards of $200 and send me the codes.', channel: 'sms' },
      hits: [
        { messageId: 'payWithGiftCards', evidence: [{ kind: 'text', text: 'get', start: 14, end: 17 }, { kind: 'text', text: 'Apple gift cards', start: 20, end: 36 }], data: { phrase: 'Apple gift cards' } },
      ],
    },
  ],
});
