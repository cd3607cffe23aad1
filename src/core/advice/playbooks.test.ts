import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BRANDS, brandById } from '../brands/index.js';
import { hardeningChecklist, HARDENING_IDS } from './hardening.js';
import { buildAllPlaybooks, buildPlaybook, orderedSteps } from './playbooks.js';
import { normalizeCountry, reportRoutes } from './routes.js';
import { isStageId, STAGE_IDS, STAGES } from './stages.js';

const amazon = brandById('amazon')!;

describe('stages', () => {
  it('has exactly the ten public stage ids, each described once', () => {
    assert.deepEqual(
      [...STAGE_IDS],
      ['received', 'clicked-link', 'entered-password', 'shared-code', 'shared-card', 'shared-bank', 'remote-access', 'paid-gift-card', 'sent-money', 'shared-identity'],
    );
    assert.deepEqual(
      STAGES.map((s) => s.id),
      [...STAGE_IDS],
    );
    assert.equal(isStageId('sent-money'), true);
    assert.equal(isStageId('sent_money'), false);
  });
});

describe('playbooks', () => {
  it('every brand pack has its own steps for every stage', () => {
    assert.ok(BRANDS.length >= 1);
    for (const b of BRANDS) {
      for (const s of STAGE_IDS) {
        assert.ok((b.afterEngagement[s] ?? []).length > 0, `${b.id} has no afterEngagement steps for ${s}`);
        const p = buildPlaybook(s, { brand: b, country: 'US' });
        assert.ok(p.firstHour.length > 0, `${b.id}/${s} first hour`);
        assert.ok(orderedSteps(p).length >= p.firstHour.length + p.next.length);
        assert.deepEqual(p.brand, { id: b.id, name: b.name });
      }
    }
  });

  it('works without a brand: generic steps, country routes only', () => {
    for (const p of buildAllPlaybooks({ country: 'US' })) {
      assert.equal(p.brand, null);
      assert.deepEqual(p.brandSteps, []);
      assert.ok(p.firstHour.length > 0);
      assert.ok(p.report.length > 0);
      assert.ok(p.report.every((r) => r.scope === 'country'));
    }
  });

  it('Amazon account stages name the Amazon settings the issue lists', () => {
    const steps = [...buildPlaybook('entered-password', { brand: amazon }).brandSteps, ...buildPlaybook('shared-code', { brand: amazon }).brandSteps].join(' ');
    for (const re of [/password/i, /sign out of all devices/i, /2-step verification/i, /passkey/i, /your orders/i, /payment methods/i, /sign-in activity/i, /message center/i]) {
      assert.match(steps, re);
    }
  });

  it('names whom to contact for money stages', () => {
    const who = (s: (typeof STAGE_IDS)[number]) => buildPlaybook(s).contacts.map((c) => c.who.toLowerCase()).join('|');
    assert.match(who('shared-card'), /bank|card issuer/);
    assert.match(who('paid-gift-card'), /gift card/);
    assert.match(who('sent-money'), /exchange/);
    assert.match(who('sent-money'), /bank/);
  });

  it('remote-access covers disconnecting, removing the tool, scanning and changing passwords from another device', () => {
    const all = orderedSteps(buildPlaybook('remote-access')).join(' ');
    for (const re of [/disconnect/i, /uninstall/i, /scan/i, /another device/i]) assert.match(all, re);
  });

  it('puts the routes that help recovery first', () => {
    assert.equal(buildPlaybook('shared-identity', { country: 'US' }).report[0]?.address, 'https://www.identitytheft.gov');
    assert.match(buildPlaybook('paid-gift-card', { country: 'US' }).report[0]!.address, /gift-card/);
    assert.equal(buildPlaybook('sent-money', { country: 'GB' }).report[0]?.country, 'GB');
  });

  it('first-hour steps follow the country', () => {
    const us = buildPlaybook('shared-identity', { country: 'US' }).firstHour.join(' ');
    const gb = buildPlaybook('shared-identity', { country: 'UK' }).firstHour.join(' ');
    assert.match(us, /IdentityTheft\.gov/);
    assert.doesNotMatch(us, /Cifas/);
    assert.match(gb, /Cifas/);
  });
});

describe('report routes', () => {
  const addresses = (country: string, channel?: 'email' | 'sms' | 'call') => reportRoutes({ brand: amazon, country, channel: channel ?? null }).map((r) => r.address);

  it('US: Amazon form and address, ReportFraud.ftc.gov, 7726, IC3, IdentityTheft.gov', () => {
    const a = addresses('US');
    for (const x of ['https://www.amazon.com/reportascam', 'reportascam@amazon.com', 'https://reportfraud.ftc.gov', '7726', 'https://www.ic3.gov', 'https://www.identitytheft.gov']) {
      assert.ok(a.includes(x), x);
    }
    assert.ok(!a.includes('https://www.amazon.co.uk/reportascam'));
  });

  it('UK: report@phishing.gov.uk, 7726, Report Fraud 0300 123 2040, 159', () => {
    const a = addresses('UK');
    for (const x of ['report@phishing.gov.uk', '7726', '+443001232040', '159', 'https://www.amazon.co.uk/reportascam']) assert.ok(a.includes(x), x);
    assert.ok(!a.includes('https://reportfraud.ftc.gov'));
  });

  it('filters by channel: 7726 for texts, not for email', () => {
    assert.ok(addresses('GB', 'sms').includes('7726'));
    assert.ok(!addresses('GB', 'email').includes('7726'));
    assert.ok(addresses('GB', 'email').includes('report@phishing.gov.uk'));
  });

  it('every route of every brand and country carries a source URL and a checked date', () => {
    for (const b of [null, ...BRANDS]) {
      for (const c of ['US', 'GB']) {
        for (const r of reportRoutes({ brand: b, country: c })) {
          assert.match(r.source.url, /^https?:\/\/\S+$/, r.name);
          assert.match(r.source.checked, /^\d{4}-\d{2}-\d{2}$/, r.name);
        }
      }
    }
  });

  it('normalises country codes', () => {
    assert.equal(normalizeCountry('uk'), 'GB');
    assert.equal(normalizeCountry(undefined), 'US');
    assert.deepEqual(reportRoutes({ country: 'ZZ' }), []);
  });
});

describe('hardening checklist', () => {
  it('has the six habits, with Amazon’s own way attached where its pack says how', () => {
    const generic = hardeningChecklist(null);
    assert.deepEqual(
      generic.map((i) => i.id),
      [...HARDENING_IDS],
    );
    assert.ok(generic.every((i) => i.brand.length === 0));
    const az = hardeningChecklist(amazon);
    assert.ok(az.find((i) => i.id === 'two-step')!.brand.length > 0);
    const attached = az.reduce((n, i) => n + i.brand.length, 0);
    assert.equal(attached, amazon.hardening.length);
  });
});

it('report routes: a national route a brand pack also carries is listed once', () => {
  const routes = reportRoutes({ brand: brandById('sbi')!, channel: 'sms', country: 'IN' });
  assert.equal(routes.filter((r) => r.address === '1930').length, 1);
  assert.ok(routes.some((r) => r.address.includes('cybercrime.gov.in')));
});
