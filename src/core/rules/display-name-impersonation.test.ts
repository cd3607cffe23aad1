import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './display-name-impersonation.js';
import { eml, ids, runRule } from './test-utils.js';

const mail = (from: string) => ({ input: eml({ from, subject: 'Account notice', body: 'Please review.' }), channel: 'email' as const });

test('flags a homoglyph brand name in the display name', async () => {
  const hits = await runRule(rule, mail('"=?UTF-8?B?0JBtYXpvbg==?=" <notice@mailer.example>')); // "Аmazon" with Cyrillic А
  assert.deepEqual(hits.map((h) => h.messageId), ['homoglyphName']);
  assert.equal(hits[0]!.data?.brand, 'Amazon');
  assert.deepEqual(await ids(rule, mail('"PayPaI Service" <notice@mailer.example>')), ['homoglyphName']);
});

test('flags a brand address shown in the display name', async () => {
  const hits = await runRule(rule, mail('"service@paypal.com" <x1@bulk-sender.top>'));
  assert.deepEqual(hits.map((h) => h.messageId), ['addressInName']);
  assert.equal(hits[0]!.data?.address, 'x1@bulk-sender.top');
});

test('flags a brand-looking mailbox name on another domain', async () => {
  assert.deepEqual(await ids(rule, mail('Support <amazon-support@helpdesk-mail.example>')), ['brandLocalPart']);
});

test('near misses: the brand’s own mail and ordinary senders', async () => {
  assert.deepEqual(await ids(rule, mail('"Amazon.com" <auto-confirm@amazon.com>')), []);
  assert.deepEqual(await ids(rule, mail('"PayPal" <service@paypal.com>')), []);
  assert.deepEqual(await ids(rule, mail('"Amanda Zona" <amanda@example.org>')), []);
  assert.deepEqual(await ids(rule, mail('"Apple Valley Farms" <news@applevalley.example>')), []);
  assert.deepEqual(await ids(rule, mail('"news@example.com" <news@example.com>')), []);
});
