import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './reply-to-mismatch.js';
import { eml, ids } from './test-utils.js';

const mail = (from: string, subject: string, headers: Record<string, string>) => ({ input: eml({ from, subject, body: 'Please reply.', headers }), channel: 'email' as const });

test('flags a brand claim whose replies go elsewhere', async () => {
  assert.deepEqual(await ids(rule, mail('"Amazon Support" <support@amazon-notice.example>', 'Your Amazon account', { 'Reply-To': 'amazon.refunds@gmail.com' })), ['replyToElsewhere']);
});

test('flags a company sender whose replies go to a free mailbox', async () => {
  assert.deepEqual(await ids(rule, mail('CEO <ceo@acme-corp.example>', 'Quick task', { 'Reply-To': 'ceo.acme@outlook.com' })), ['replyToFreemail']);
});

test('flags bounces to a free mailbox on a brand claim', async () => {
  assert.deepEqual(await ids(rule, mail('"PayPal" <service@pp-notice.example>', 'Your PayPal account', { 'Return-Path': '<bulk77@yahoo.com>' })), ['returnPathFreemail']);
});

test('near misses: same-domain Reply-To, mailing lists, personal mail', async () => {
  assert.deepEqual(await ids(rule, mail('"Amazon.com" <order-update@amazon.com>', 'Your Amazon order', { 'Reply-To': 'no-reply@amazon.com' })), []);
  assert.deepEqual(await ids(rule, mail('Bob <bob@gmail.com>', 'Re: patch', { 'Reply-To': 'dev@lists.example.org', 'List-Id': '<dev.lists.example.org>' })), []);
  assert.deepEqual(await ids(rule, mail('Bob <bob@gmail.com>', 'Dinner', { 'Reply-To': 'bob@yahoo.com' })), []);
});
