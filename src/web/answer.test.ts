import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../core/index.js';
import type { Finding, Report } from '../core/types.js';
import { callbackNumber, genuineReasons, isBrandRule, nextStep, rankedReasons, rankRoutes, reasonHead, shareText, topReasons } from './answer.js';

// The first screen's choices, on real reports from the core (not hand-made ones), plus a few
// synthetic findings where a case must be forced.

const SCAM_TEXT = 'Amazon: We noticed a suspicious purchase of an iPhone 15 ($1,249.00) on your account. If this was not you, call 1-888-555-0173 immediately to cancel.';
const SCAM_CALL = [
  'Caller: Hello, this is David from Microsoft technical support. We detected a virus on your computer.',
  'Caller: Please go to anydesk.com and install the app so our technician can fix it. Do not tell anyone.',
  'Caller: The renewal costs $299. You can pay with Google Play gift cards.',
].join('\n');

test('scam text: the brand’s own rule (a number Amazon does not publish) leads; the classifier is not on the first screen', async () => {
  const r = await analyze({ input: SCAM_TEXT }, { country: 'US' });
  assert.ok(r.findings.some((f) => f.category === 'model'), 'the classifier fired on this text');
  const top = topReasons(r);
  assert.ok(top.length >= 1 && top.length <= 3);
  assert.equal(top[0]!.ruleId, 'unofficial-brand-number');
  assert.ok(isBrandRule(top[0]!));
  assert.ok(!top.some((f) => f.category === 'model'), top.map((f) => f.ruleId).join());
  // All red flags keep the classifier, last.
  const all = rankedReasons(r);
  assert.equal(all.at(-1)!.category, 'model');
  assert.equal(all.length, r.findings.filter((f) => f.effect !== 'lower').length);
});

test('the classifier fills a slot only when fewer than three checkable reasons exist, and then comes last', async () => {
  const r = await analyze({ input: SCAM_TEXT }, { country: 'US' });
  const model = r.findings.find((f) => f.category === 'model')!;
  const one = r.findings.find((f) => f.ruleId === 'press-one-callback')!;
  const thin: Report = { ...r, findings: [model, one] };
  assert.deepEqual(topReasons(thin).map((f) => f.category), [one.category, 'model']);
});

test('next step: do not call the number the message gives, then Amazon’s own app', async () => {
  const r = await analyze({ input: SCAM_TEXT }, { country: 'US' });
  const s = nextStep(r);
  assert.equal(s.dont.length, 1);
  assert.equal(s.dont[0]!.kind, 'call');
  assert.match(s.dont[0]!.number ?? '', /555.?0173/);
  assert.equal(callbackNumber(r), s.dont[0]!.number);
  assert.ok(s.verify.length >= 1 && s.verify.length <= 2);
  assert.match(s.verify[0]!.text, /Amazon app/);
  assert.ok(!s.verify.some((v) => /^do not/i.test(v.text)), 'the generic "Do not…" line is replaced by the specific one');
});

test('a tech-support call: the step is about the remote-access app, and routes put the brand’s and the gift-card company’s first', async () => {
  const r = await analyze({ input: SCAM_CALL }, { country: 'US' });
  assert.equal(r.brand, 'microsoft');
  assert.equal(nextStep(r).dont[0]!.kind, 'install');
  const routes = rankRoutes(r, 'Microsoft');
  assert.equal(routes.length, r.advice.report.length, 'ranking drops no route');
  assert.match(routes[0]!.name, /Microsoft/);
  assert.match(routes[1]!.name, /gift card/i);
});

test('a text: forwarding to 7726 or the app’s junk report comes right after the brand’s route', async () => {
  const r = await analyze({ input: SCAM_TEXT }, { country: 'US' });
  const routes = rankRoutes(r, 'Amazon');
  assert.match(routes[0]!.name, /Amazon/);
  assert.ok(routes[1]!.kind === 'sms' || routes[1]!.kind === 'in-app', JSON.stringify(routes[1]));
  // The brand's second and third addresses are among "more ways", not ahead of 7726.
  assert.ok(routes.slice(2).some((x) => /Amazon/.test(x.name)));
});

test('reassuring findings are never reasons', () => {
  const f = (category: Finding['category'], effect?: 'lower'): Finding => ({ ruleId: category, category, messageId: 'm', message: category, evidence: [], policy: null, weight: 0.5, ...(effect ? { effect } : {}) });
  const r = { findings: [f('genuine', 'lower'), f('pressure'), f('link')] } as unknown as Report;
  assert.deepEqual(topReasons(r).map((x) => x.category), ['link', 'pressure']);
});

test('share text: verdict, brand, reasons and next step, no empty sections', () => {
  const s = shareText({ intro: 'I', verdict: 'Likely scam', brand: 'Amazon', reasonsTitle: 'Why:', reasons: ['a', 'b'], nextTitle: 'Do:', next: ['c'] });
  assert.equal(s, 'I\nLikely scam (Amazon)\n\nWhy:\n- a\n- b\n\nDo:\n- c');
  assert.equal(shareText({ intro: 'I', verdict: 'No red flags found', brand: null, reasonsTitle: 'Why:', reasons: [], nextTitle: 'Do:', next: [] }), 'I\nNo red flags found');
});

test('reasonHead: the fact without the appended advice; short heads and bracketed colons keep the whole', async () => {
  assert.equal(
    reasonHead('Gives the number (888) 555-0173 for Amazon, but it is not a number Amazon publishes; look the number up on Amazon’s own website or app instead.'),
    'Gives the number (888) 555-0173 for Amazon, but it is not a number Amazon publishes.',
  );
  assert.equal(reasonHead('Asks you to call +18885550173 (“If this was not you”): call a brand only on a number from its own website or app.'), 'Asks you to call +18885550173 (“If this was not you”).');
  assert.equal(reasonHead('Claims an order or charge you may not recognise and offers to cancel it (If this was not you).'), 'Claims an order or charge you may not recognise and offers to cancel it (If this was not you).');
  assert.equal(reasonHead('Link: goes elsewhere; really.'), 'Link: goes elsewhere; really.');
  assert.equal(reasonHead('Says “Note: your account is locked; act now” in the message body.'), 'Says “Note: your account is locked; act now” in the message body.');
  // Every first-screen reason of a real report still names its evidence (the number survives the cut).
  const r = await analyze({ input: SCAM_TEXT }, { country: 'US' });
  assert.match(reasonHead(topReasons(r)[0]!.message), /555.?0173/);
});

test('a genuine code text: the reassuring findings lead the clean answer, strongest first', async () => {
  const r = await analyze({ input: 'Your Amazon verification code is 482913. Don’t share it with anyone. Amazon will never ask for this code.', from: '262966' }, { country: 'US' });
  assert.equal(r.verdict, 'no_red_flags');
  const g = genuineReasons(r);
  assert.ok(g.length >= 1 && g.length <= 2);
  assert.ok(g.every((f) => f.effect === 'lower'));
  assert.ok(g.some((f) => f.ruleId === 'code-notice-without-request'), g.map((f) => f.ruleId).join(','));
  for (let i = 1; i < g.length; i++) assert.ok(g[i - 1]!.weight >= g[i]!.weight);
  // A scam has none to show.
  const scam = await analyze({ input: 'Amazon: your account is locked. Buy a $200 Google Play gift card and text me the code.' }, { country: 'US' });
  assert.deepEqual(genuineReasons(scam), []);
});
