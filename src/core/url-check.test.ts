import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDomain, checkUrl } from './url-check.js';

test('checkDomain names the imitated brand for a lookalike', () => {
  const r = checkDomain('arnazon-refunds.com');
  assert.notEqual(r.verdict, 'no_red_flags');
  assert.equal(r.lookalikeOf?.brand, 'amazon');
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['lookalike-link-domain']);
  const idn = checkDomain('xn--pple-43d.com');
  assert.equal(idn.lookalikeOf?.technique, 'idn-homoglyph');
  assert.equal(idn.host, 'аpple.com');
});

test('checkDomain: brand and unrelated domains are not flagged', () => {
  const own = checkDomain('pay.amazon.co.uk');
  assert.equal(own.verdict, 'no_red_flags');
  assert.equal(own.officialBrand, 'amazon');
  assert.equal(checkDomain('wikipedia.org').verdict, 'no_red_flags');
  assert.equal(checkDomain('https://www.paypal.com/signin').officialBrand, 'paypal');
});

test('checkUrl reports link tricks and unwraps wrappers', () => {
  const r = checkUrl('http://www.amazon.co.jp@203.0.113.5/ap/signin');
  // The sign-in path on the bare IP adds the URL-trait finding.
  assert.deepEqual(r.findings.map((f) => f.ruleId).sort(), ['ip-address-link', 'suspicious-link-host', 'userinfo-link']);
  assert.notEqual(r.verdict, 'no_red_flags');
  const w = checkUrl(`https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://paypa1.com/x')}`);
  assert.equal(w.wrapper, 'safelinks');
  assert.equal(w.lookalikeOf?.brand, 'paypal');
  assert.equal(checkUrl('https://www.amazon.com/gp/your-account').verdict, 'no_red_flags');
  assert.equal(checkUrl('https://en.wikipedia.org/wiki/Phishing').findings.length, 0);
});

test('checkUrl and checkDomain: brandless throwaway hosts by their combined traits', () => {
  const dyn = checkUrl('http://bhvalkxq.duckdns.org/?x');
  assert.notEqual(dyn.verdict, 'no_red_flags');
  assert.deepEqual(dyn.findings.map((f) => f.ruleId), ['suspicious-link-host']);
  assert.match(String(dyn.findings[0]!.data.signals), /dynamic-dns/);
  assert.notEqual(checkDomain('bbbdsadqws.xyz').verdict, 'no_red_flags');
  // One weak trait is no finding at all; one medium trait is a finding below the threshold.
  assert.equal(checkUrl('https://coolstartup.xyz/').findings.length, 0);
  assert.equal(checkUrl('https://someone.github.io/').verdict, 'no_red_flags');
  assert.equal(checkUrl('https://example.com/login').findings.length, 0);
  // Brand hosts are never judged on these traits.
  assert.equal(checkUrl('https://signin.aws.amazon.com/signin?redirect_uri=x').verdict, 'no_red_flags');
  assert.equal(checkDomain('github.io').verdict, 'no_red_flags');
  // A lookalike is not counted twice: its brand-like traits are left to lookalike-link-domain.
  const la = checkUrl('https://paypal-secure.example.top/');
  const h = la.findings.find((f) => f.ruleId === 'suspicious-link-host');
  assert.ok(!h || !String(h.data.signals).includes('brand-like-label'));
});

test('checkUrl and checkDomain: the learned URL model is one finding of its own, after the checkable ones', async () => {
  const { UrlModel } = await import('./model/url-model.js');
  const always = new UrlModel(new Float32Array(1 << 10), 0, { a: 1, b: 0 }, 0);
  const u = checkUrl('https://example-shop.xyz/account/signin', { urlModel: always });
  assert.ok(u.findings.some((f) => f.ruleId === 'learned-url-model'), 'checkUrl does not consult the URL model');
  const f = u.findings.find((x) => x.ruleId === 'learned-url-model')!;
  assert.match(f.message, /resembles phishing domains \(\d+%, learned model\)/);
  assert.equal(u.findings.at(-1)!.ruleId, 'learned-url-model');
  assert.ok(checkDomain('example-shop.xyz', { urlModel: always }).findings.some((x) => x.ruleId === 'learned-url-model'), 'checkDomain does not consult the URL model');
  assert.ok(!checkUrl('https://example-shop.xyz/', { urlModel: false }).findings.some((x) => x.ruleId === 'learned-url-model'));
  // Alone, at its threshold, it makes a link suspicious but never likely_scam.
  assert.equal(checkDomain('example-shop.com', { urlModel: always }).verdict, 'suspicious');
  // The committed model flags names from the phishing feeds that the rules alone let through.
  const hits = ['https://aczua-toapna.icu/', 'https://www2-nammaooh.xyz/', 'https://uvtzukf.cn/'].filter((x) => {
    const r = checkUrl(x);
    return r.verdict !== 'no_red_flags' && r.findings.some((g) => g.ruleId === 'learned-url-model') && checkUrl(x, { urlModel: false }).verdict === 'no_red_flags';
  });
  assert.ok(hits.length >= 2, `committed URL model flagged only ${hits.join(', ')}`);
});

test('brand-owned official domains never get the learned URL model finding', async () => {
  const { UrlModel } = await import('./model/url-model.js');
  const always = new UrlModel(new Float32Array(1 << 10), 0, { a: 1, b: 0 }, 0);
  for (const x of ['https://www.amazon.co.jp/ap/signin', 'https://signin.aws.amazon.com/', 'https://www.paypal.com/signin', 'https://login.microsoftonline.com/common/oauth2']) {
    const r = checkUrl(x, { urlModel: always });
    assert.ok(r.officialBrand, x);
    assert.ok(!r.findings.some((f) => f.ruleId === 'learned-url-model'), x);
  }
  for (const d of ['amazon.com', 'apple.com', 'microsoft.com', 'paypal.com']) assert.ok(!checkDomain(d, { urlModel: always }).findings.some((f) => f.ruleId === 'learned-url-model'), d);
});

test('checkUrl and checkDomain: a dynamic-DNS name, or machine-made names layered on each other, are suspicious alone', () => {
  assert.notEqual(checkDomain('myhomebox.duckdns.org').verdict, 'no_red_flags');
  assert.equal(checkDomain('duckdns.org').verdict, 'no_red_flags');
  const layered = checkUrl('https://qxvbrtk.zmkqwpj.cn/');
  assert.notEqual(layered.verdict, 'no_red_flags');
  assert.match(String(layered.findings.find((f) => f.ruleId === 'suspicious-link-host')?.data.signals), /random-label/);
  // One odd-looking name with ordinary subdomains under it (a mailing-list host) is not.
  assert.equal(checkUrl('http://lists.freshrpms.net/mailman/listinfo/rpm-list').verdict, 'no_red_flags');
  // A free site builder's page with a sign-in word in its name is.
  assert.notEqual(checkUrl('https://secure-login-portal.weeblysite.com/').verdict, 'no_red_flags');
  assert.equal(checkUrl('https://my-bakery-shop.weeblysite.com/').verdict, 'no_red_flags');
});

test('lookalikes: the brand glued to noise, named twice, or as a free-hosting site name', () => {
  assert.equal(checkUrl('https://applexqzvbnt.mailer-host.com/').lookalikeOf?.brand, 'apple');
  assert.equal(checkDomain('applestore-team-help-apple.net').lookalikeOf?.brand, 'apple');
  assert.equal(checkUrl('https://walletmetamaskhub.webflow.io/').lookalikeOf?.brand, 'metamask');
  // Honest names that merely contain a brand-like word stay unflagged.
  assert.equal(checkDomain('applebees.com').lookalikeOf, null);
  assert.equal(checkDomain('pineapple-recipes.org').lookalikeOf, null);
});

test('an e-mail address in a path names its author, not the site: no brand-in-path finding', () => {
  const r = checkUrl('https://lore.kernel.org/lkml/20240101093000.1234-1-someone@amazon.com/');
  assert.equal(r.lookalikeOf, null);
  assert.equal(r.verdict, 'no_red_flags');
  assert.equal(checkUrl('https://files.example-host.top/www.amazon.co.jp/ap/signin').lookalikeOf?.brand, 'amazon');
});

test('Japanese brands: official domains and lookalikes from their packs', () => {
  for (const [d, id] of [['www.smbc-card.com', 'smbc'], ['www.rakuten.co.jp', 'rakuten'], ['www.kuronekoyamato.co.jp', 'yamato'], ['www.sagawa-exp.co.jp', 'sagawa'], ['www.docomo.ne.jp', 'docomo'], ['www.aeon.co.jp', 'aeon'], ['www.post.japanpost.jp', 'japan-post'], ['www.au.com', 'au-kddi'], ['my.jcb.co.jp', 'jcb'], ['jp.mercari.com', 'mercari'], ['www.eki-net.com', 'eki-net'], ['www.etc-meisai.jp', 'etc-meisai']] as const) {
    assert.equal(checkDomain(d).officialBrand, id, d);
  }
  for (const [u, id] of [['https://smbc-card-verify.top/', 'smbc'], ['https://rakuten.co.jp.account-check.xyz/', 'rakuten'], ['https://kuroneko-redelivery.shop/', 'yamato'], ['https://docomo-mobile-support.icu/', 'docomo'], ['https://www.japanpost-delivery.cfd/', 'japan-post'], ['https://eki-net-members.example-login.top/', 'eki-net'], ['https://etc-meisai-card.shop/', 'etc-meisai'], ['https://myjcb-support.icu/', 'jcb'], ['https://mercari-account.cfd/', 'mercari']] as const) {
    assert.equal(checkUrl(u).lookalikeOf?.brand, id, u);
    assert.notEqual(checkUrl(u).verdict, 'no_red_flags', u);
  }
  // Names that share letters with the short tokens are not lookalikes.
  for (const d of ['jpost.com', 'aeon.co', 'matt.example.com', 'etc.example.org']) assert.equal(checkDomain(d).lookalikeOf, null, d);
});

test('a token without a domain of its own imitates the brand’s flagship, not the first country store', () => {
  assert.equal(checkDomain('amzn-refund-desk.com').lookalikeOf?.imitates, 'amazon.com');
  assert.equal(checkDomain('amazon-refund-desk.co.jp').lookalikeOf?.imitates, 'amazon.com');
});

test('one engine: a bare link gets the finding the same link gets inside a message', async () => {
  const { analyze } = await import('./analyze.js');
  const href = 'http://www.amazon.co.jp@203.0.113.5/ap/signin';
  const inMessage = (await analyze({ channel: 'sms', input: `Check ${href}` })).findings.find((f) => f.ruleId === 'userinfo-link')!;
  const alone = checkUrl(href).findings.find((f) => f.ruleId === 'userinfo-link')!;
  assert.deepEqual(alone, { ruleId: inMessage.ruleId, messageId: inMessage.messageId, message: inMessage.message, data: inMessage.data, weight: inMessage.weight });
});

test('one engine: only the rules that declare a bare input (meta.standalone) judge it', async () => {
  const { RULES } = await import('./rules/index.js');
  const declares = (kind: 'url' | 'domain'): Set<string> => new Set(RULES.filter((r) => r.meta.standalone?.includes(kind)).map((r) => r.meta.id));
  assert.ok(declares('url').has('userinfo-link') && !declares('domain').has('userinfo-link'));
  for (const u of ['http://www.amazon.co.jp@203.0.113.5/ap/signin', 'https://bit.ly/x', 'javascript:alert(1)', 'https://paypa1.com/signin']) {
    for (const f of checkUrl(u).findings) assert.ok(declares('url').has(f.ruleId), `${u}: ${f.ruleId}`);
  }
  // A shortener's own name is a domain like any other: url-shortener-link judges links only.
  assert.deepEqual(checkDomain('bit.ly').findings, []);
  assert.ok(checkUrl('https://bit.ly/x').findings.some((f) => f.ruleId === 'url-shortener-link'));
});

test('one engine: a bare link is judged as the whole lure, with the rules’ own exceptions', () => {
  // A script link alone is suspicious; an empty placeholder and a private address are not.
  assert.equal(checkUrl('javascript:alert(document.cookie)').verdict, 'suspicious');
  assert.equal(checkUrl('javascript:void(0)').verdict, 'no_red_flags');
  assert.equal(checkUrl('http://192.168.1.1/login').verdict, 'no_red_flags');
  // A brand in the path of a stranger's site counts in a bare link, with or without a sign-in path.
  assert.equal(checkUrl('https://files.example-host.top/www.paypal.com/').lookalikeOf?.technique, 'brand-in-path');
});
