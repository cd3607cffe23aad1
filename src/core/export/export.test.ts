import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../analyze.js';
import { leaksSecret, SCAM_EMAIL } from '../advice/test-fixtures.js';
import { indicatorsToCsv, csvCell } from './csv.js';
import { collectIndicators, type Indicator } from './indicators.js';
import { indicatorsToStix, patternFor, STIX_SCO_NAMESPACE } from './stix.js';
import { sha1, uuidv5 } from './uuid.js';

const NOW = new Date('2024-05-01T12:00:00.000Z');
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('uuidv5', () => {
  it('matches known answers (SHA-1 test vectors, RFC 9562 DNS example, STIX SCO namespace)', () => {
    assert.equal(hex(sha1(new TextEncoder().encode('abc'))), 'a9993e364706816aba3e25717850c26c9cd0d89d');
    assert.equal(hex(sha1(new TextEncoder().encode('a'.repeat(1000)))), '291e9a6c66994949b57ba5e650361e98fc36b1ba');
    assert.equal(uuidv5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.equal(uuidv5(STIX_SCO_NAMESPACE, '{"value":"example.com"}'), 'bedb4899-d24b-5401-bc86-8f6b4cc18ec7');
  });
});

const ID = /^([a-z0-9][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const SDO = new Set(['identity', 'indicator', 'grouping', 'extension-definition']);
const SCO = new Set(['url', 'domain-name', 'email-addr', 'phone-number']);
// One comparison expression: [object-type:property = 'string with \' and \\ escaped']
const PATTERN = /^\[([a-z0-9-]+):value = '((?:[^'\\]|\\['\\])*)'\]$/;

/** Structural check of the STIX 2.1 rules the bundle relies on (spec §3, §4, §5, §9, §7.1, §6.4). */
function checkBundle(bundle: { type: string; id: string; objects: Record<string, unknown>[] }): void {
  assert.equal(bundle.type, 'bundle');
  assert.match(bundle.id, ID);
  assert.ok(bundle.id.startsWith('bundle--'));
  const ids = new Set<string>();
  for (const o of bundle.objects) {
    const type = o.type as string;
    const id = o.id as string;
    assert.match(id, ID);
    assert.equal(id.split('--')[0], type, id);
    assert.equal(o.spec_version, '2.1');
    assert.ok(!ids.has(id), `duplicate ${id}`);
    ids.add(id);
    if (SDO.has(type)) {
      assert.match(o.created as string, TS);
      assert.match(o.modified as string, TS);
      assert.ok((o.modified as string) >= (o.created as string));
      if (type !== 'identity') assert.match(o.created_by_ref as string, /^identity--/);
    } else {
      assert.ok(SCO.has(type), type);
      assert.equal(typeof o.value, 'string');
      assert.equal(o.created, undefined);
    }
    if (type === 'indicator') {
      assert.equal(o.pattern_type, 'stix');
      assert.equal(o.pattern_version, '2.1');
      assert.match(o.valid_from as string, TS);
      assert.ok(Array.isArray(o.indicator_types) && (o.indicator_types as string[]).length > 0);
      const m = PATTERN.exec(o.pattern as string);
      assert.ok(m, o.pattern as string);
      assert.ok(SCO.has(m![1]!));
    }
    if (type === 'phone-number') {
      const ext = o.extensions as Record<string, { extension_type: string }>;
      const [defId] = Object.keys(ext);
      assert.equal(ext[defId!]!.extension_type, 'new-sco');
      assert.ok(bundle.objects.some((x) => x.id === defId && x.type === 'extension-definition'));
    }
    if (type === 'grouping') {
      assert.equal(typeof o.context, 'string');
      for (const ref of o.object_refs as string[]) assert.ok(bundle.objects.some((x) => x.id === ref), ref);
    }
  }
}

describe('indicator export', () => {
  it('builds a valid STIX 2.1 bundle with URLs, domains, phone numbers and email addresses', async () => {
    const report = await analyze({ input: SCAM_EMAIL });
    const ind = collectIndicators(report);
    assert.deepEqual(new Set(ind.map((i) => i.type)), new Set(['url', 'domain', 'phone', 'email']));
    const bundle = indicatorsToStix(ind, { now: NOW, brand: report.brand, verdict: report.verdict });
    checkBundle(bundle);
    const patterns = bundle.objects.filter((o) => o.type === 'indicator').map((o) => o.pattern);
    assert.ok(patterns.includes("[url:value = 'http://amaz0n-help.top/login?id=1']"));
    assert.ok(patterns.includes("[domain-name:value = 'amaz0n-help.top']"));
    assert.ok(patterns.includes("[email-addr:value = 'support@amaz0n-help.top']"));
    assert.ok(patterns.includes("[phone-number:value = '+18885550142']"));
    assert.equal(leaksSecret(JSON.stringify(bundle)), null);
  });

  it('is reproducible: same input and clock give the same bytes; a new clock changes only timestamps', async () => {
    const report = await analyze({ input: SCAM_EMAIL });
    const a = JSON.stringify(indicatorsToStix(collectIndicators(report), { now: NOW, brand: 'amazon', verdict: 'likely_scam' }));
    const b = JSON.stringify(indicatorsToStix(collectIndicators(report), { now: NOW, brand: 'amazon', verdict: 'likely_scam' }));
    assert.equal(a, b);
    const later = indicatorsToStix(collectIndicators(report), { now: new Date('2025-01-01T00:00:00Z'), brand: 'amazon', verdict: 'likely_scam' });
    const ids = (s: string) => (JSON.parse(s).objects as { id: string }[]).map((o) => o.id);
    assert.deepEqual(ids(JSON.stringify(later)), ids(a));
  });

  it('escapes quotes and backslashes in patterns', () => {
    const p = patternFor({ type: 'url', value: "http://x.test/a'b\\c", role: 'link' });
    assert.equal(p, "[url:value = 'http://x.test/a\\'b\\\\c']");
    assert.match(p, PATTERN);
  });

  it('writes RFC 4180 CSV and defuses formulas', async () => {
    const report = await analyze({ input: SCAM_EMAIL });
    const csv = indicatorsToCsv(collectIndicators(report), { brand: 'amazon', verdict: 'likely_scam', reportedAt: NOW.toISOString() });
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], 'type,value,role,brand,verdict,reported_at');
    assert.ok(lines.includes('url,http://amaz0n-help.top/login?id=1,link,amazon,likely_scam,2024-05-01T12:00:00.000Z'));
    assert.ok(lines.some((l) => l.startsWith('phone,+18885550142,')));
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(leaksSecret(csv), null);
  });

  it('leaves out the brand’s own domains and bare IPs as domains', () => {
    const ind: Indicator[] = collectIndicators({
      message: { text: '', links: [], attachments: [], from: { name: 'Amazon', address: 'no-reply@amazon.com', domain: 'amazon.com' }, sender: null },
      entities: [
        { type: 'url', value: 'https://www.amazon.com/x', data: { domain: 'amazon.com', hostname: 'www.amazon.com', isIp: false } },
        { type: 'url', value: 'http://192.0.2.7/login', data: { domain: '192.0.2.7', hostname: '192.0.2.7', isIp: true } },
      ],
    } as never);
    assert.deepEqual(ind, [{ type: 'url', value: 'http://192.0.2.7/login', role: 'text' }]);
  });
});
