import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './off-brand-link.js';
import { eml, ids, runRule } from './test-utils.js';

const html = (from: string, subject: string, body: string) => ({ input: eml({ from, subject, html: body }), channel: 'email' as const });

test('flags a brand claim linking to another site', async () => {
  const hits = await runRule(rule, html('"Amazon" <no-reply@mailer.example>', 'Your Amazon account is on hold', '<p>Sign in: <a href="https://secure-check.top/login">Sign in</a></p>'));
  assert.deepEqual(hits.map((h) => h.messageId), ['offBrand']);
  assert.equal(hits[0]!.data?.domain, 'secure-check.top');
  assert.deepEqual(await ids(rule, { input: 'Amazon: your parcel is held. Pay the fee at parcel-fee.top/amz', channel: 'sms' }), ['offBrand']);
});

test('unwraps a Safe Links wrapper to judge the real target', async () => {
  const wrapped = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://resolve-case.top/case')}&data=x`;
  assert.deepEqual(await ids(rule, html('"PayPal" <service@notice.example>', 'Your PayPal account', `<a href="${wrapped}">Resolve</a>`)), ['offBrand']);
});

test('near misses: brand links, wrapped brand links, footer links, no claim', async () => {
  assert.deepEqual(await ids(rule, html('"Amazon" <no-reply@mailer.example>', 'Your Amazon order', '<a href="https://www.amazon.co.uk/gp/css/order-history">Orders</a> <a href="https://www.facebook.com/amazon">Facebook</a>')), []);
  const wrapped = `https://www.google.com/url?q=${encodeURIComponent('https://www.amazon.com/your-orders')}`;
  assert.deepEqual(await ids(rule, html('"Amazon" <no-reply@mailer.example>', 'Your Amazon order', `<a href="${wrapped}">Orders</a> <a href="https://lists.example.net/u?id=1">Unsubscribe</a>`)), []);
  assert.deepEqual(await ids(rule, html('Bob <bob@example.org>', 'Photos', '<a href="https://photos.example.net/album">album</a>')), []);
  assert.deepEqual(await ids(rule, { input: 'Your code is 123456. See example.com/help', channel: 'sms' }), []);
});
