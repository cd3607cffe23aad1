import rule from './prize-voucher-survey-lure.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: "you won\'t believe" and a single congratulations', message: "You won't believe the traffic today. Congratulations on the new job!" },
    { name: 'near miss: the option you selected', message: 'You selected express delivery for this order.' },
    { name: 'flags: a "little gift for you" with a link; near miss: a friend’s gift #2: I bought a gift for you, see you at dinner', message: 'I bought a gift for you, see you at dinner' },
    { name: 'store gift and giveaway waves: survey credit, "a gift to express our gratitude", giveaways #6: Thanks for taking our survey last week. Your…', message: { input: 'Thanks for taking our survey last week. Your answers help us improve the store.', channel: 'sms' } },
    // Earning points on a purchase is an ordinary statement.
    { name: 'flags: reward points "worth Rs" to redeem in cash #2: You have earned 120 reward points on your pur…', message: { input: 'You have earned 120 reward points on your purchase at Big Bazaar. Redeem your points on Debit Card T&C apply', channel: 'sms' } },
    { name: 'a family member promises pocket money: will give you $20', message: { input: 'Mom said she will give you $20 for mowing the lawn on Saturday', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags: you have been selected to receive a reward',
      message: 'Congratulations! You have been selected to receive a $500 Amazon gift card. Claim your reward now.',
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'You have been selected to receive', start: 17, end: 50 }, { kind: 'text', text: 'Congratulations', start: 0, end: 15 }], data: { phrase: 'You have been selected to receive' } },
      ],
    },
    {
      name: 'flags: survey with a reward (email)',
      message: { input: eml({ from: 'Amazon Rewards <r@survey-amzn.example>', subject: 'Quick question', body: 'Take our short survey and receive a free reward worth $100.' }), channel: 'email' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'Take our short survey', start: 25, end: 46 }, { kind: 'text', text: 'free reward', start: 61, end: 72 }], data: { phrase: 'Take our short survey' } },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch prize wording #1: Jetzt Amazon Gutschein gewinnen! Sie wurden a…',
      message: 'Jetzt Amazon Gutschein gewinnen! Sie wurden ausgewählt.',
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'Gutschein gewinnen', start: 13, end: 31 }], data: { phrase: 'Gutschein gewinnen' } },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch prize wording #2: ¡Felicidades! Usted ha ganado un iPhone 15.',
      message: '¡Felicidades! Usted ha ganado un iPhone 15.',
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'Usted ha ganado', start: 14, end: 29 }, { kind: 'text', text: 'Felicidades', start: 1, end: 12 }], data: { phrase: 'Usted ha ganado' } },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch prize wording #3: Félicitations, vous avez gagné un bon de 500 €.',
      message: 'Félicitations, vous avez gagné un bon de 500 €.',
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'vous avez gagné', start: 15, end: 30 }, { kind: 'text', text: 'Félicitations', start: 0, end: 13 }], data: { phrase: 'vous avez gagné' } },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch prize wording #4: Parabéns! Você ganhou um prêmio.',
      message: 'Parabéns! Você ganhou um prêmio.',
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'Você ganhou', start: 10, end: 21 }, { kind: 'text', text: 'Parabéns', start: 0, end: 8 }], data: { phrase: 'Você ganhou' } },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch prize wording #5: Gefeliciteerd, u heeft een cadeaubon gewonnen.',
      message: 'Gefeliciteerd, u heeft een cadeaubon gewonnen.',
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'u heeft een cadeaubon gewonnen', start: 15, end: 45 }, { kind: 'text', text: 'Gefeliciteerd', start: 0, end: 13 }], data: { phrase: 'u heeft een cadeaubon gewonnen' } },
      ],
    },
    {
      name: 'flags: only soft prize words, in numbers',
      message: 'Congratulations to our lottery winner!',
      hits: [
        { messageId: 'prizeWords', evidence: [{ kind: 'text', text: 'Congratulations', start: 0, end: 15 }, { kind: 'text', text: 'lottery', start: 23, end: 30 }], data: { phrase: 'Congratulations' }, strength: 0.45 },
      ],
    },
    {
      name: 'flags: a "little gift for you" with a link; near miss: a friend’s gift #1',
      message: "Free Msg: Your bill is paid for March. Thanks, here's a little gift for you: gift-4u.example/x",
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'here\'s a little gift for you', start: 47, end: 75 }], data: { phrase: 'here\'s a little gift for you' }, strength: 0.7 },
      ],
    },
    {
      name: 'store gift and giveaway waves: survey credit, "a gift to express our gratitude", giveaways #1: CVS Appreciation Week: Complete Quick Survey…',
      message: { input: 'CVS Appreciation Week: Complete Quick Survey and Earn up to $100 in CVS Credit x-example.com/wnX1r9', channel: 'sms' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'Quick Survey and Earn up to $100', start: 32, end: 64 }], data: { phrase: 'Quick Survey and Earn up to $100' }, strength: 0.7 },
      ],
    },
    {
      name: 'store gift and giveaway waves: survey credit, "a gift to express our gratitude", giveaways #2: WOW $100 for 1-2 Minute Walmart Servey x-exam…',
      message: { input: 'WOW $100 for 1-2 Minute Walmart Servey x-example.com/HW3SV3', channel: 'sms' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: '$100 for 1-2 Minute Walmart Servey', start: 4, end: 38 }], data: { phrase: '$100 for 1-2 Minute Walmart Servey' }, strength: 0.7 },
      ],
    },
    {
      name: 'store gift and giveaway waves: survey credit, "a gift to express our gratitude", giveaways #3: This is a gift to express our gratitude for y…',
      message: { input: 'This is a gift to express our gratitude for your exceptional payment record. Merry Christmas! x-example.info/hY', channel: 'sms' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'a gift to express our gratitude', start: 8, end: 39 }], data: { phrase: 'a gift to express our gratitude' }, strength: 0.7 },
      ],
    },
    {
      name: 'store gift and giveaway waves: survey credit, "a gift to express our gratitude", giveaways #4: Monthly GiveAway by Home Depot http://x-examp…',
      message: { input: 'Monthly GiveAway by Home Depot http://x-example.shopping/v3E6qB', channel: 'sms' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'Monthly GiveAway', start: 0, end: 16 }, { kind: 'text', text: 'GiveAway', start: 8, end: 16 }], data: { phrase: 'Monthly GiveAway' } },
      ],
    },
    {
      name: 'store gift and giveaway waves: survey credit, "a gift to express our gratitude", giveaways #5: re handing out money to their customers today…',
      message: { input: "He said they're handing out money to their customers today. http://x-example.business/hBF734", channel: 'sms' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'they\'re handing out money', start: 8, end: 33 }], data: { phrase: 'they\'re handing out money' }, strength: 0.7 },
      ],
    },
    {
      name: 'flags: reward points "worth Rs" to redeem in cash #1: Dear customer your SBI credit card reward poi…',
      message: { input: 'Dear customer your SBI credit card reward point worth INR 5000 expire by tomorrow Kindly redeem your point in cash by click here https://bit.ly/2nbPm', channel: 'sms' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'reward point worth INR', start: 35, end: 57 }], data: { phrase: 'reward point worth INR' } },
      ],
    },
    {
      name: 'store-gift wave: a shop that will "handsomely give" an amount for answering questions',
      message: { input: 'Big news: they will handsomely give 75$ to anyone who answers 3 questions x-example.top/q', channel: 'sms' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'handsomely give 75$', start: 20, end: 39 }], data: { phrase: 'handsomely give 75$' }, strength: 0.7 },
      ],
    },
    {
      name: 'store-gift wave: money a shop will "give away", with a link',
      message: { input: 'Stores hardly ever give away 60$ like this, so grab it now: x-example.top/g', channel: 'sms' },
      hits: [
        { messageId: 'prizeClaim', evidence: [{ kind: 'text', text: 'ever give away 60$', start: 14, end: 32 }], data: { phrase: 'ever give away 60$' }, strength: 0.7 },
      ],
    },
  ],
});
