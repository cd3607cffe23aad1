import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from '../analyze.js';
import { BRANDS } from '../brands/index.js';
import { parseInput } from '../parse/index.js';
import { resolveLimits } from '../limits.js';
import { extractAll } from '../extract/index.js';
import { deriveFacts } from './index.js';

// The facts stage: one typed object per message, each fact derived once and shared by every rule.

test('the rule context carries the facts, and the claim is the one the report uses', async () => {
  const p = await prepare({ channel: 'sms', input: 'USPS: Your package is on hold. Pay the fee at http://usps-redelivery.example.top/a' });
  assert.equal(p.ctx.facts, p.facts);
  assert.equal(p.claim, p.facts.claim);
  assert.equal(p.facts.claim?.id, 'usps');
  assert.equal(p.facts.strongClaim, true);
  assert.equal(p.facts.links.length, 1);
  assert.equal(p.facts.links[0]!.facts.host, 'usps-redelivery.example.top');
  assert.equal(p.facts.unfamiliarLink, p.facts.links[0]);
});

test('a fact read twice is derived once (the same object), and a message without links has none', async () => {
  const p = await prepare({ channel: 'sms', input: 'Your Amazon order has shipped. Track it in the app.' });
  assert.equal(p.facts.links.length, 0);
  assert.equal(p.facts.links, p.facts.links);
  assert.equal(p.facts.linkVerdict, p.facts.linkVerdict);
  assert.equal(p.facts.linkVerdict.allOfficial, false);
  assert.equal(p.facts.text.stems, p.facts.text.stems);
  assert.equal(p.facts.pressure.refund, p.facts.pressure.refund);
  assert.equal(p.facts.unfamiliarLink, undefined);
});

test('phone facts say which numbers the claimed brand publishes', async () => {
  const p = await prepare({ channel: 'sms', input: 'Chase Fraud Alert: a charge of $499 was made on your Chase card. If you did not make this purchase, call +1 800-935-9935 or +1 646-213-4567 now.' });
  assert.equal(p.facts.claim?.id, 'chase');
  const status = new Map(p.facts.phones.all.map((ph) => [ph.entity.value, ph.official]));
  assert.equal(status.get('+18009359935'), true);
  assert.equal(status.get('+16462134567'), false);
  assert.deepEqual(
    p.facts.phones.unpublished.map((e) => e.value),
    ['+16462134567'],
  );
  assert.deepEqual(
    p.facts.pressure.notYou.map((m) => m.text),
    ['If you did not make this'],
  );
});

test('sender facts: the asserted brand, a mailing list, a free mailbox, the official brand of the From domain', async () => {
  const limits = resolveLimits();
  const facts = async (raw: string) => {
    const message = await parseInput({ channel: 'email', input: raw }, limits);
    return deriveFacts(message, extractAll(message, BRANDS, limits).entities, BRANDS);
  };
  const spoof = await facts('From: "PayPal Security" <alerts@gmail.com>\r\nSubject: Your account is limited\r\n\r\nLog in to restore access.');
  assert.equal(spoof.claim?.id, 'paypal');
  assert.equal(spoof.sender.assertedBrand, spoof.claim);
  assert.equal(spoof.sender.freemail, true);
  assert.equal(spoof.sender.officialBrand, null);
  assert.equal(spoof.sender.registrable, 'gmail.com');
  const list = await facts('From: Dev List <dev@lists.example.org>\r\nList-Id: <dev.lists.example.org>\r\nSubject: Microsoft patches\r\n\r\nMicrosoft released a patch for Windows today.');
  assert.equal(list.sender.mailingList, true);
  assert.equal(list.sender.assertedBrand, null);
  const own = await facts('From: PayPal <service@paypal.com>\r\nSubject: Receipt\r\n\r\nThanks.');
  assert.equal(own.sender.officialBrand, 'paypal');
  assert.equal(own.claim?.officialSender, true);
});
