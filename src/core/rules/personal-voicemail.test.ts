import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './personal-voicemail.js';
import { ids, runRule } from './test-utils.js';

const call = (input: string) => ({ input, channel: 'call' as const });

test('lowers: a voicemail that greets the callee by name and asks for a call back', async () => {
  const hits = await runRule(rule, call('Hey Richard, this is Satam calling from Thumbtack. Sorry I am late. If this is still a good time, give me a call back 240 441 0717. Thanks.'));
  assert.deepEqual(hits.map((h) => [h.messageId, h.effect, h.data?.name]), [['greetsByName', 'lower', 'Richard']]);
  assert.deepEqual(hits[0]!.evidence, [{ kind: 'text', text: 'Richard', start: 4, end: 11 }]);
  assert.deepEqual(await ids(rule, call('Hi, this message is for Ricky. My name is Van from the Ford dealer, call me back when you can.')), ['greetsByName']);
  assert.deepEqual(await ids(rule, call('Caller: Hi, this is Maria from Riverside Dental, calling for Alex.\nCaller: I am calling to confirm your cleaning on Tuesday.')), ['greetsByName']);
});

test('not: scam scripts, even with a name, and greetings without one', async () => {
  assert.deepEqual(await ids(rule, call('Hello John, this is the IRS. A lawsuit is filed against you, press 1 now.')), []);
  assert.deepEqual(await ids(rule, call('Hi Mary, to claim your refund buy Google Play gift cards and read me the numbers.')), []);
  assert.deepEqual(await ids(rule, call('Hello, this is Amazon customer service about an order on your account.')), []);
  assert.deepEqual(await ids(rule, call('Hello Sir, your computer has a virus, install AnyDesk.')), []);
  assert.deepEqual(await ids(rule, call('Hi there, this is Rachel following up on the business line of credit pre-approved for you.')), []);
});
