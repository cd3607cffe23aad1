import rule from './account-suspension-threat.js';
import { RuleTester } from './rule-tester.js';
import { eml } from './test-utils.js';

const sms = (input: string) => ({ input, channel: 'sms' as const });

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near miss: user talking about their own locked account', message: { input: eml({ from: 'a@lists.example.org', subject: 'Re: ssh', body: 'My account was locked after three bad passwords, the admin reset it.' }), channel: 'email' } },
    { name: 'near miss: genuine "account settings" text', message: 'You can close your account at any time from Account settings.' },
    { name: 'near miss: a card the customer locked in the app', message: 'You locked your card ending 1234 in the app. Unlock it any time from Settings.' },
    { name: 'flags: a short gap (masked number, "associated with …") before the block; near miss: a block you asked for #3: Your Debit Card XX1234 has been blocked as pe…', message: 'Your Debit Card XX1234 has been blocked as per your request.' },
    // A genuine card notice and a KYC reminder that claims nothing are not threats.
    { name: 'flags: broken-English block threats, KYC expiry and card-renewal requests in texts #5: Your new debit card ending 4421 has been disp…', message: sms('Your new debit card ending 4421 has been dispatched and will reach you in 5 days.') },
    { name: 'flags: broken-English block threats, KYC expiry and card-renewal requests in texts #6: Complete your KYC at any branch to keep enjoy…', message: sms('Complete your KYC at any branch to keep enjoying full services. -XYZ Bank') },
    { name: 'flags: broken-English block threats, KYC expiry and card-renewal requests in texts #7: Your card will be blocked as per your request…', message: sms('Your card will be blocked as per your request. -SBI') },
  ],
  invalid: [
    {
      name: 'flags: short SMS forms of a locked account or card #1: WELLS FARGO: Account temporarily locked.',
      message: 'WELLS FARGO: Account temporarily locked. Visit https://wf-unlock.top',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'Account temporarily locked', start: 13, end: 39 }], data: { phrase: 'Account temporarily locked' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: short SMS forms of a locked account or card #2: Citi Alert: We have blocked access to yo',
      message: 'Citi Alert: We have blocked access to your debit card due to unusual activity.',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'We have blocked access to your debit card', start: 12, end: 53 }], data: { phrase: 'We have blocked access to your debit card' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: short SMS forms of a locked account or card #3: BofA: we placed a hold on your debit car',
      message: 'BofA: we placed a hold on your debit card, verify now to avoid suspension.',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'placed a hold on your debit card', start: 9, end: 41 }], data: { phrase: 'placed a hold on your debit card' } },
      ],
    },
    {
      name: 'flags: short SMS forms of a locked account or card #4: Il tuo conto è stato sospeso. Accedi per',
      message: 'Il tuo conto è stato sospeso. Accedi per riattivarlo.',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'Il tuo conto è stato sospeso', start: 0, end: 28 }], data: { phrase: 'Il tuo conto è stato sospeso' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: your account has been locked',
      message: 'Amazon: your account has been locked due to unusual activity. Unlock it at http://amz-unlock.example',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'your account has been locked', start: 8, end: 36 }], data: { phrase: 'your account has been locked' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: we have suspended your Apple ID (email)',
      message: { input: eml({ from: 'Apple <no-reply@apple-id-support.example>', subject: 'Action needed', body: 'We have temporarily suspended your Apple ID until you confirm your details.' }), channel: 'email' },
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'We have temporarily suspended your Apple ID', start: 24, end: 67 }], data: { phrase: 'We have temporarily suspended your Apple ID' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch #1: Ihr Amazon Konto wurde vorübergehend gesperrt.',
      message: 'Ihr Amazon Konto wurde vorübergehend gesperrt.',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'Ihr Amazon Konto wurde vorübergehend gesperrt', start: 0, end: 45 }], data: { phrase: 'Ihr Amazon Konto wurde vorübergehend gesperrt' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch #2: Su cuenta ha sido suspendida temporalmente.',
      message: 'Su cuenta ha sido suspendida temporalmente.',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'Su cuenta ha sido suspendida', start: 0, end: 28 }], data: { phrase: 'Su cuenta ha sido suspendida' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch #3: Votre compte a été suspendu.',
      message: 'Votre compte a été suspendu.',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'Votre compte a été suspendu', start: 0, end: 27 }], data: { phrase: 'Votre compte a été suspendu' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch #4: Sua conta foi bloqueada.',
      message: 'Sua conta foi bloqueada.',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'Sua conta foi bloqueada', start: 0, end: 23 }], data: { phrase: 'Sua conta foi bloqueada' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: German, Spanish, French, Portuguese, Dutch #5: Uw account is tijdelijk geblokkeerd.',
      message: 'Uw account is tijdelijk geblokkeerd.',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'Uw account is tijdelijk geblokkeerd', start: 0, end: 35 }], data: { phrase: 'Uw account is tijdelijk geblokkeerd' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: utility disconnection robocall',
      message: { input: 'This call is to inform you that your power will be disconnected in 30 minutes.', channel: 'call' },
      hits: [
        { messageId: 'serviceCutoff', evidence: [{ kind: 'text', text: 'your power will be disconnected', start: 32, end: 63 }], data: { phrase: 'your power will be disconnected' }, strength: 0.8 },
      ],
    },
    {
      name: 'flags: a short gap (masked number, "associated with …") before the block; near miss: a block you asked for #1: Your card starting with 4427*** has been temp…',
      message: 'Your card starting with 4427*** has been temporarily blocked. Unblock card at: https://unblock-card.info/x',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'card starting with 4427*** has been temporarily blocked', start: 5, end: 60 }], data: { phrase: 'card starting with 4427*** has been temporarily blocked' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: a short gap (masked number, "associated with …") before the block; near miss: a block you asked for #2: Debit card associated with Acct*8139 is locke…',
      message: 'Debit card associated with Acct*8139 is locked. Visit bit.ly/x1',
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'card associated with Acct*8139 is locked', start: 6, end: 46 }], data: { phrase: 'card associated with Acct*8139 is locked' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: broken-English block threats, KYC expiry and card-renewal requests in texts #1: Dear customer your Paytm KYC has expired. Con…',
      message: sms('Dear customer your Paytm KYC has expired. Contact customer care 6200992462 immediately. your account will Block within 24 hr.'),
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'KYC has expired', start: 25, end: 40 }], data: { phrase: 'KYC has expired' } },
      ],
    },
    {
      name: 'flags: broken-English block threats, KYC expiry and card-renewal requests in texts #2: Dear user your ATM card have be block because…',
      message: sms('Dear user your ATM card have be block because you do not update yet, please call this number'),
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'your ATM card have be block', start: 10, end: 37 }], data: { phrase: 'your ATM card have be block' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: broken-English block threats, KYC expiry and card-renewal requests in texts #3: Dear PAY T.M customer your K.Y.C have be susp…',
      message: sms('Dear PAY T.M customer your K.Y.C have be suspend call 9876543210 immediately'),
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'K.Y.C have be suspend', start: 27, end: 48 }], data: { phrase: 'K.Y.C have be suspend' }, strength: 0.85 },
      ],
    },
    {
      name: 'flags: broken-English block threats, KYC expiry and card-renewal requests in texts #4: Rabobank: your debit card is outdated. Reques…',
      message: sms('Rabobank: your debit card is outdated. Request your new debit card free of charge via rabo-pas.top/nl'),
      hits: [
        { messageId: 'accountThreat', evidence: [{ kind: 'text', text: 'Request your new debit card free of charge', start: 39, end: 81 }], data: { phrase: 'Request your new debit card free of charge' }, strength: 0.85 },
      ],
    },
  ],
});
