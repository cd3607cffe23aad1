import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import rule from './unfamiliar-link.js';
import { RuleTester } from './rule-tester.js';

test('alone it stays "no red flags"; with a story it is the link half of "pretext-with-link"', async () => {
  const model = false as const;
  const plain = await analyze({ input: 'Menu for tonight: https://pizza-place-example.com/menu', channel: 'sms' }, { model });
  assert.ok(plain.findings.some((f) => f.ruleId === 'unfamiliar-link'));
  assert.equal(plain.verdict, 'no_red_flags');
  const lure = await analyze({ input: 'Your card has been temporarily blocked. Unblock card at https://unblock-card-example.com.bd/x', channel: 'sms' }, { model });
  assert.notEqual(lure.verdict, 'no_red_flags');
  const without = await analyze({ input: 'Your card has been temporarily blocked. Call the number on the back of your card.', channel: 'sms' }, { model });
  assert.ok(lure.score > without.score);
});

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'near misses: a brand’s own site, a public-sector or university site, no link, email #1: Your Amazon order has shipped: https://www.am…', message: { input: 'Your Amazon order has shipped: https://www.amazon.com/your-orders', channel: 'sms' } },
    { name: 'near misses: a brand’s own site, a public-sector or university site, no link, email #2: UPennAlert: All clear. You may resume normal…', message: { input: 'UPennAlert: All clear. You may resume normal activity. See www.publicsafety.upenn.edu', channel: 'sms' } },
    { name: 'near misses: a brand’s own site, a public-sector or university site, no link, email #3: Your passport application is ready: https://w…', message: { input: 'Your passport application is ready: https://www.gov.uk/track-passport-application', channel: 'sms' } },
    { name: 'near misses: a brand’s own site, a public-sector or university site, no link, email #4: See you at noon', message: { input: 'See you at noon', channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'flags a text link to a site no brand owns, naming the domain',
      message: { input: "Free Msg: Your bill is paid for March. Thanks, here's a little gift for you: giftdomain-example.com/ZSgingd6vi", channel: 'sms' },
      hits: [
        { messageId: 'unfamiliar', evidence: [{ kind: 'link', linkIndex: 0, href: 'http://giftdomain-example.com/ZSgingd6vi', text: 'giftdomain-example.com/ZSgingd6vi' }], data: { domain: 'giftdomain-example.com' } },
      ],
    },
  ],
});
