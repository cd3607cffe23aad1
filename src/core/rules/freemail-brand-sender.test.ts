import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './freemail-brand-sender.js';
import { eml, ids, runRule } from './test-utils.js';

const mail = (from: string, subject: string, body = 'Please review your account.') => ({ input: eml({ from, subject, body }), channel: 'email' as const });

test('flags a brand claim from a free mailbox', async () => {
  const hits = await runRule(rule, mail('"Apple Support" <applesupport.team@gmail.com>', 'Your Apple ID is locked'));
  assert.deepEqual(hits.map((h) => h.messageId), ['freemail']);
  assert.equal(hits[0]!.data?.provider, 'gmail.com');
  assert.deepEqual(await ids(rule, mail('"Microsoft Account Team" <msteam@outlook.com>', 'Unusual sign-in')), ['freemail']);
});

test('near misses: personal mail from free mailboxes, brand mail from the brand', async () => {
  assert.deepEqual(await ids(rule, mail('Jane <jane.doe@gmail.com>', 'Dinner Friday?', 'Are we still on?')), []);
  assert.deepEqual(await ids(rule, mail('"Apple" <no_reply@email.apple.com>', 'Your receipt from Apple')), []);
  const fwd = await runRule(rule, mail('Jane <jane.doe@gmail.com>', 'Fwd: Your Amazon order', '---------- Forwarded message ---------\nYour Amazon order has shipped'));
  assert.ok(fwd.every((h) => (h.strength ?? 1) < 0.5));
});
