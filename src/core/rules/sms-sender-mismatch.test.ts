import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './sms-sender-mismatch.js';
import { ids, runRule } from './test-utils.js';

const sms = (input: string, from: string | null) => ({ input, channel: 'sms' as const, from });
const TEXT = 'Amazon: your account has been locked. Verify at amzn-verify.top now.';

test('flags a brand text from an email address or a long number', async () => {
  assert.deepEqual(await ids(rule, sms(TEXT, 'alert8812@icloud.com')), ['emailSender']);
  const hits = await runRule(rule, sms(TEXT, '+1 (415) 555-0134'));
  assert.deepEqual(hits.map((h) => h.messageId), ['longNumber']);
  assert.equal(hits[0]!.data?.sender, '+14155550134');
});

test('near misses: short codes, alphanumeric ids, texts that claim no brand', async () => {
  assert.deepEqual(await ids(rule, sms(TEXT, '262966')), []);
  assert.deepEqual(await ids(rule, sms(TEXT, 'Amazon')), []);
  assert.deepEqual(await ids(rule, sms('Your code is 123456. Don’t share it with anyone.', '+14155550134')), []);
  assert.deepEqual(await ids(rule, sms('I ordered the lamp on Amazon, arriving Tuesday', '+14155550134')), []);
});
