import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './suspicious-link-host.js';
import { eml, ids, runRule } from './test-utils.js';

const sms = (input: string) => ({ input, channel: 'sms' as const });

test('flags a link with several throwaway-site traits', async () => {
  assert.deepEqual(await ids(rule, sms('Your parcel is on hold, update details: http://bhvalkxq.duckdns.org/')), ['traits']);
  assert.deepEqual(await ids(rule, sms('Account locked. Verify at https://secure-login.bbbdsadqws.top/verify')), ['traits']);
  const hit = (await runRule(rule, sms('Confirm now https://www.amazon.co.jp.amipn.shop/')))[0];
  assert.ok(hit && String(hit.data?.signals).includes('domain-in-subdomain'));
  const mail = eml({ from: 'Support <help@example.org>', html: '<p>Please <a href="https://dry-limit-bdd6.8x3k39nf.workers.dev/signin">sign in</a></p>' });
  assert.deepEqual(await ids(rule, { input: mail, channel: 'email' }), ['traits']);
});

test('near misses: one trait, brand sites, ordinary links', async () => {
  for (const text of [
    'Slides from the talk: https://myname.github.io/talks/2025',
    'New blog at https://coolstartup.xyz/ check it out',
    'Log in at https://github.com/login to review the PR',
    'Your order shipped: https://www.amazon.com/gp/your-account/order-history',
    'Reset your password at https://accounts.google.com/signin/recovery',
    'Read https://de.wikipedia.org/wiki/Phishing',
    'Server is up at http://192.168.1.20:8080/admin',
  ]) {
    assert.deepEqual(await ids(rule, sms(text)), [], text);
  }
  const news = eml({ from: 'News <news@example.org>', html: '<a href="https://example.com/articles/2025/url-tips">Read more</a> <a href="https://example.com/unsubscribe">Unsubscribe</a>' });
  assert.deepEqual(await ids(rule, { input: news, channel: 'email' }), []);
});

test('full strength only when the message speaks for a brand', async () => {
  const link = 'https://secure-login.bbbdsadqws.top/verify';
  const plain = (await runRule(rule, sms(`Please check ${link}`)))[0];
  const claimed = (await runRule(rule, sms(`Your Amazon account is locked. Verify at ${link}`)))[0];
  assert.ok(plain && claimed);
  assert.ok((claimed.strength ?? 1) > (plain.strength ?? 1));
});
