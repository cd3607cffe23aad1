import '../src/node/model-files.js';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { LinkifyIt } from 'linkify-it';
import { BRANDS, checkDomain, checkUrl } from '../src/core/index.js';

// Measures the lookalike and URL checks:
//   1. dnstwist permutations of the brand domains: share flagged as lookalikes (target ≥ 99%).
//   2. Majestic top-15k domains: share flagged (target ≤ 0.1%).
//   3. URL corpus: brand-lure recall on JPCERT and OpenPhish items tagged with a pack's brand,
//      and the flag rate of checkUrl on Majestic.
//   4. The http(s) links in the genuine email, SMS and call records: share flagged by checkUrl. Majestic
//      lists bare domains only, so this is where subdomain and path traits meet honest URLs.
// Usage: node dist/scripts/lookalike-eval.js [--json] [DNSTWIST_CSV...]
// With no CSV files it runs ../shared/bench/peers/dnstwist-offline.sh when dnstwist is installed.
// Nothing generated is written to the repository.

const CORPUS = '../shared/corpus/url';
const DNSTWIST = '../shared/bench/peers/dnstwist-offline.sh';
// Each pack's main domain: its .com named after the brand, else the first domain that holds a
// brand token, else its first official domain.
const BRAND_DOMAINS = BRANDS.map((b) => {
  const named = (d: string) => b.domainTokens.some((t) => d.replace(/[-.]/g, '').startsWith(t.replace(/[-.]/g, '')));
  return b.officialWebDomains.find((d) => d.endsWith('.com') && named(d)) ?? b.officialWebDomains.find(named) ?? b.officialWebDomains[0]!;
});
const LURE_BRANDS = new Set(BRANDS.map((b) => b.id));

interface Row {
  id: string;
  brand: string | null;
  text: string;
}

function readJsonl(path: string): Row[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
}

function permutations(csv: string): { fuzzer: string; domain: string }[] {
  return csv
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(','))
    .filter((c) => c.length >= 2 && c[0] !== '*original' && c[1])
    .map((c) => ({ fuzzer: c[0]!, domain: c[1]! }));
}

const pct = (n: number, d: number) => (d ? (100 * n) / d : 0);
const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => !a.startsWith('--'));
const out: Record<string, unknown> = {};

const csvs: { name: string; csv: string }[] = [];
if (files.length) {
  for (const f of files) csvs.push({ name: f, csv: readFileSync(f, 'utf8') });
} else if (existsSync(DNSTWIST) && existsSync('/usr/bin/dnstwist')) {
  for (const d of BRAND_DOMAINS) csvs.push({ name: d, csv: execFileSync(DNSTWIST, [d, 'csv'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }) });
}
const dnstwist: Record<string, unknown>[] = [];
for (const { name, csv } of csvs) {
  const perms = permutations(csv);
  const missed: Record<string, string[]> = {};
  let hit = 0;
  for (const p of perms) {
    const r = checkDomain(p.domain);
    if (r.lookalikeOf) hit++;
    else (missed[p.fuzzer] ??= []).push(p.domain);
  }
  dnstwist.push({ source: name, permutations: perms.length, flagged: hit, percent: +pct(hit, perms.length).toFixed(2), missedByFuzzer: Object.fromEntries(Object.entries(missed).map(([k, v]) => [k, { count: v.length, examples: v.slice(0, 5) }])) });
}
out.dnstwist = dnstwist;

const majestic = readJsonl(`${CORPUS}/majestic-million-top15k.jsonl`);
const majDomainFlags = majestic.filter((r) => checkDomain(r.text).lookalikeOf).map((r) => r.text);
const majUrlFlags = majestic.filter((r) => checkUrl(r.text).verdict !== 'no_red_flags').map((r) => r.text);
out.majestic = {
  domains: majestic.length,
  lookalikeFlagged: majDomainFlags.length,
  lookalikePercent: +pct(majDomainFlags.length, majestic.length).toFixed(3),
  urlCheckFlagged: majUrlFlags.length,
  urlCheckPercent: +pct(majUrlFlags.length, majestic.length).toFixed(3),
  examples: [...new Set([...majDomainFlags, ...majUrlFlags])].slice(0, 20),
};

const lures: Record<string, unknown>[] = [];
for (const file of ['jpcert-phishurl.jsonl', 'openphish-2025-archive.jsonl']) {
  const rows = readJsonl(`${CORPUS}/${file}`).filter((r) => r.brand && LURE_BRANDS.has(r.brand));
  const byBrand: Record<string, { n: number; flagged: number; lookalikeOfRight: number }> = {};
  for (const r of rows) {
    const res = checkUrl(r.text);
    const b = (byBrand[r.brand!] ??= { n: 0, flagged: 0, lookalikeOfRight: 0 });
    b.n++;
    if (res.verdict !== 'no_red_flags') b.flagged++;
    if (res.lookalikeOf?.brand === r.brand) b.lookalikeOfRight++;
  }
  const n = rows.length;
  const flagged = Object.values(byBrand).reduce((a, b) => a + b.flagged, 0);
  const named = Object.values(byBrand).reduce((a, b) => a + b.lookalikeOfRight, 0);
  lures.push({ file, items: n, flagged, recallPercent: +pct(flagged, n).toFixed(2), brandNamedPercent: +pct(named, n).toFixed(2), byBrand });
}
out.urlLures = lures;

// Links in genuine messages (label legit), each distinct URL once.
const linkify = new LinkifyIt();
const genuineLinks = new Set<string>();
for (const dir of ['email', 'extra', 'sms', 'call']) {
  const base = `${CORPUS}/../${dir}`;
  if (!existsSync(base)) continue;
  for (const f of readdirSync(base).filter((x) => x.endsWith('.jsonl'))) {
    for (const r of readJsonl(`${base}/${f}`) as (Row & { label?: string })[]) {
      if (r.label !== 'legit') continue;
      for (const m of linkify.match(r.text) ?? []) if (/^https?:\/\//i.test(m.url)) genuineLinks.add(m.url);
    }
  }
}
const genuineFlagged = [...genuineLinks].filter((u) => checkUrl(u).verdict !== 'no_red_flags');
out.genuineLinks = {
  links: genuineLinks.size,
  flagged: genuineFlagged.length,
  percent: +pct(genuineFlagged.length, genuineLinks.size).toFixed(3),
  hosts: [...new Set(genuineFlagged.map((u) => new URL(u).hostname))].length,
  examples: genuineFlagged.slice(0, 20),
};

if (json) {
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  for (const d of dnstwist) process.stdout.write(`dnstwist ${d.source}: ${d.flagged}/${d.permutations} flagged (${d.percent}%)\n`);
  const tot = dnstwist.reduce((a, d) => a + (d.permutations as number), 0);
  const hit = dnstwist.reduce((a, d) => a + (d.flagged as number), 0);
  if (dnstwist.length) process.stdout.write(`dnstwist, all ${dnstwist.length} packs: ${hit}/${tot} flagged (${pct(hit, tot).toFixed(2)}%)\n`);
  if (!dnstwist.length) process.stdout.write('dnstwist: not installed and no CSV given (apt-get install -y dnstwist)\n');
  const m = out.majestic as Record<string, unknown>;
  process.stdout.write(`majestic: ${m.lookalikeFlagged}/${m.domains} lookalikes (${m.lookalikePercent}%), checkUrl flags ${m.urlCheckFlagged} (${m.urlCheckPercent}%)\n`);
  const g = out.genuineLinks as Record<string, unknown>;
  process.stdout.write(`links in genuine messages: checkUrl flags ${g.flagged}/${g.links} (${g.percent}%), on ${g.hosts} hosts\n`);
  for (const l of lures) process.stdout.write(`${l.file}: brand lures flagged ${l.flagged}/${l.items} (${l.recallPercent}%), imitated brand named ${l.brandNamedPercent}%  ${JSON.stringify(l.byBrand)}\n`);
}
