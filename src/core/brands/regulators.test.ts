import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { BRANDS } from './index.js';
import { policySourceLabel, regulatorFor, statementOwner } from './regulators.js';

// Issue 15: "PayPal says: FTC guidance …". Guidance a brand pack borrows from a regulator is
// attributed to the regulator, by its source.

test('regulatorFor names the regulator behind a source URL, and nobody for a brand or a news site', () => {
  const cases: [string, string | null][] = [
    ['https://consumer.ftc.gov/features/how-avoid-imposter-scams', 'FTC'],
    ['https://www.ftc.gov/business-guidance/blog/2025/04/x', 'FTC'],
    ['https://www.militaryconsumer.gov/blog/did-you-get-call-or-text-about-suspicious-purchase-amazon-its-scam', 'FTC'],
    ['https://www.ic3.gov/', 'FBI'],
    ['https://www.ncsc.gov.uk/collection/phishing-scams', 'NCSC'],
    ['https://www.gov.uk/report-suspicious-emails-websites-phishing', 'UK government'],
    ['https://www.actionfraud.police.uk/reportscam', 'Report Fraud (UK police)'],
    ['https://www.scamwatch.gov.au/types-of-scams', 'scamwatch.gov.au'],
    ['https://www.paypal.com/us/webapps/mpp/security/suspicious-activity', null],
    ['https://support.apple.com/en-us/102568', null],
    // A brand or lookalike name with "ftc.gov" inside it is not the FTC.
    ['https://ftc.gov.example.com/x', null],
    ['https://notftc.gov.evil.example/x', null],
    ['https://whnt.com/2018/08/19/phony-amazon-reps-calling-to-confirm-order/', null],
    ['not a url', null],
  ];
  for (const [url, name] of cases) assert.equal(regulatorFor(url)?.name ?? null, name, url);
});

test('every brand statement is attributed by its source: regulator guidance to the regulator, the rest to the brand', () => {
  let regulator = 0;
  for (const b of BRANDS) {
    for (const s of b.statements) {
      const owner = statementOwner(s, b.name, b.officialWebDomains);
      const host = new URL(s.source.url).hostname;
      if (/(?:^|\.)(?:ftc|militaryconsumer)\.gov$/.test(host)) {
        regulator++;
        assert.deepEqual(owner, { by: 'FTC', byKind: 'regulator' }, `${b.id} ${s.topic}`);
        // Old clients print "PayPal: <text>", so the text itself also names the FTC.
        assert.match(s.text, /^(?:The )?FTC\b/, `${b.id} ${s.topic}: the text starts by naming the FTC`);
        assert.doesNotMatch(s.text, new RegExp(`\\b${b.name} (?:says|tells|has said)\\b`), `${b.id} ${s.topic}: FTC text speaks for ${b.name}`);
      } else {
        assert.deepEqual(owner, { by: b.name, byKind: 'brand' }, `${b.id} ${s.topic}`);
      }
    }
  }
  // PayPal's gift-card, code and crypto statements, Microsoft's payment ones, … are all the FTC's.
  assert.ok(regulator >= 9, `only ${regulator} FTC statements seen`);
});

test('a finding quoting FTC guidance for PayPal says it is the FTC, not PayPal; a brand rule stays the brand’s', async () => {
  const r = await analyze({ input: 'PayPal: your account is limited. To restore it, pay the $50 fee with Google Play gift cards and text us the codes.', channel: 'sms' });
  const gift = r.findings.find((f) => f.ruleId === 'gift-card-payment-request');
  assert.ok(gift?.policy, r.findings.map((f) => f.ruleId).join(', '));
  assert.equal(gift.policy.url, 'https://consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams');
  assert.deepEqual({ brand: gift.policy.brand, by: gift.policy.by, byKind: gift.policy.byKind }, { brand: 'PayPal', by: 'FTC', byKind: 'regulator' });
  assert.equal(policySourceLabel(gift.policy), 'source: FTC, not PayPal’s own words');

  const own = await analyze({ input: 'Amazon: your account is locked. Buy two Amazon gift cards and text us the claim codes.', channel: 'sms' });
  const amazonGift = own.findings.find((f) => f.ruleId === 'gift-card-payment-request');
  assert.ok(amazonGift?.policy);
  assert.deepEqual({ by: amazonGift.policy.by, byKind: amazonGift.policy.byKind }, { by: 'Amazon', byKind: 'brand' });
  assert.equal(policySourceLabel(amazonGift.policy), 'source: Amazon');
});

test('a schema 1.0 policy (no by) is labelled with the brand, as it always was', () => {
  assert.equal(policySourceLabel({ brand: 'Apple' }), 'source: Apple');
});

test('a public body quoting its own site is the brand, not a regulator', () => {
  const st = { source: { url: 'https://www.irs.gov/newsroom/tax-scams-consumer-alerts', type: 'official' as const, checked: '2026-12-07' } };
  assert.deepEqual(statementOwner(st, 'IRS', ['irs.gov']), { by: 'IRS', byKind: 'brand' });
  assert.deepEqual(statementOwner(st, 'PayPal', ['paypal.com']), { by: 'irs.gov', byKind: 'regulator' });
});
