import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './tax-refund-pretext.js';
import { at, eml, ids, runRule } from './test-utils.js';

test('flags: HMRC tax refund with a claim link', async () => {
  const t = 'HMRC: You are eligible for a tax refund of £276.74. Claim your refund at https://gov-tax-refund.top';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['taxRefund']);
  assert.deepEqual(hits[0]!.data, { agency: 'HMRC', phrase: 'eligible for a tax refund' });
  assert.deepEqual(hits[0]!.evidence, [at(t, 'HMRC'), at(t, 'eligible for a tax refund'), at(t, 'Claim your refund'), at(t, 'https://gov-tax-refund.top')]);
  assert.equal(hits[0]!.strength, 1);
});

test('flags: IRS refund that needs your information', async () => {
  const t = '[IRS] You are due a $573.00 refund. Please confirm your information in the link: https://irs-refund.top';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['taxRefund']);
  assert.deepEqual(hits[0]!.evidence[0], at(t, 'IRS'));
});

test('flags: tax rebate without an agency name', async () => {
  assert.deepEqual(await ids(rule, 'You have an outstanding tax rebate. Fill in the form to receive it: https://rebate-form.top/form'), ['taxRefundNoAgency']);
});

test('near miss: tax talk without a claim', async () => {
  assert.deepEqual(await ids(rule, 'Did you get your tax refund yet? Mine came last week.'), []);
  const raw = eml({ from: 'Anna <anna@example.org>', subject: 'taxes', body: 'The irs changed the forms again, my refund is late.' });
  assert.deepEqual(await ids(rule, { input: raw, channel: 'email' }), []);
});
