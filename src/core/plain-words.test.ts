import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { formatReport } from '../cli/format.js';
import { en } from '../web/i18n/en.js';
import { analyze } from './analyze.js';
import { buildAdvice } from './advice/advice.js';
import { hardeningChecklist } from './advice/hardening.js';
import { buildAllPlaybooks } from './advice/playbooks.js';
import { renderIncidentText, type IncidentReport } from './advice/report-text.js';
import { STAGES } from './advice/stages.js';
import { SCAM_EMAIL } from './advice/test-fixtures.js';
import { BRANDS, JURISDICTIONS } from './brands/index.js';
import type { BrandPack } from './brands/schema.js';
import { RULES } from './rules/index.js';
import { CHANNELS, type Channel, type Finding, type Verdict } from './types.js';

// Issue 18, item 3: what a worried person reads — verdicts, summaries, advice, playbooks, report
// routes, every rule's description and messages, the page's English interface — must read at US
// grade 8 or lower (Flesch–Kincaid, from the maintained `flesch-kincaid` and `syllable` packages),
// with no sentence over 20 words. The strings are collected from the live data and the functions
// that compose them (buildAdvice for every brand, channel, sender and verdict; buildAllPlaybooks;
// hardeningChecklist; renderIncidentText; the command line's formatReport on real reports), so a new
// brand pack, rule or advice line is measured without editing this file. Each distinct text is
// measured once. Not measured: the engine's technical warnings ("links_truncated: …"), rule titles
// and known false positives (docs only).
//
// How a string is measured (the choices a reviewer should know):
// - Sentences end at . ! ? followed by a space or the end, at ; and : followed by a space, at a
//   spaced dash (" — ") and at a line break. This project writes "Hang up: caller ID can be faked."
//   as two statements; a colon or semicolon is where a reader pauses, so each side is measured as
//   its own sentence (its length counts; the grade uses the total). "e.g." and "i.e." end nothing.
// - {{placeholders}} (rule messages) and {placeholders} (page strings) stand for text from the
//   message or a number — not our words — and count as one one-syllable word.
// - A phrase in quotation marks ("within 24 hours", “Is this Vince?”) quotes a scam's wording or a
//   menu's label, not our prose, and counts as one one-syllable word too.
// - Web addresses, email addresses, bare domains (amazon.com), phone numbers, short codes and
//   other numbers count as one one-syllable word: the reader copies them, does not read them.
// - Brand and product names (every brand pack's name and aliases, and the names in PROPER_NAMES
//   below) and all-capital acronyms (SPF, DKIM, PIN, FTC) count as one one-syllable word: the
//   reader knows "PayPal" or "Microsoft" by sight; the formula would count them as hard words.
// - Lists get no discount: every item of "card number, PIN, CVV or password" is a word of its
//   sentence, and a list in brackets is part of the sentence it sits in. A long list is split into
//   sentences ("Or …", "Nor …") rather than excused.
// - Each string is graded on its own, as it is shown on its own (a red flag, a step, a route).
// - A string of fewer than SHORT words (a label, a heading, a list item such as "attachments")
//   has no grade of its own: Flesch–Kincaid on two words is noise ("Authentication" alone scores
//   grade 43). Such strings are pooled per source, one sentence each, and the pool is graded.
// Exemptions are listed in EXEMPT with their reason; there are none silently.

const MAX_GRADE = 8;
const MAX_WORDS = 20;
const SHORT = 5;

/** Names read by sight, not sounded out. Brand packs' names and aliases are added below. */
const PROPER_NAMES = [
  'AnyDesk',
  'TeamViewer',
  'Western Union',
  'MoneyGram',
  'IdentityTheft.gov',
  'Cifas',
  'Zelle',
  'Impostor',
  'Social Security',
  'National Insurance',
  'Wi-Fi',
  'Chromium',
  'JavaScript',
  'WhatsApp',
  'Telegram',
  'Signal',
  'Bitcoin',
  'Ethereum',
  'Tether',
  'Venmo',
  'Office',
  'Outlook',
  'Windows',
  'Android',
  'iPhone',
  // Services, menus and settings the reader has to find by their exact name.
  'Report Fraud',
  'Government Gateway',
  'Sanchar Saathi',
  'Citizen Centric Services',
  'Chakshu',
  'Security Checkup',
  'Password Assistance',
  'Login & security',
  'Email Security Zone',
  'Security Lock',
  'Recent activity',
  'Your Orders',
  'Online Banking',
  'Internet Banking',
  'Identity Protection PIN',
  'Attorney General',
  'Microsoft Defender',
  'Linked devices',
  'Billing Center',
  'Fee to Pay',
  'Apple Account',
  'Support PIN',
  'Postal Inspection Service',
  'Thruway Authority',
  'Tolls by Mail',
  'Walmart Foundation',
  'NetBanking',
  'MobileBanking',
];

const NAMES = [...new Set([...PROPER_NAMES, ...BRANDS.flatMap((b) => [b.name, ...b.aliases])])]
  .filter((n) => n.length > 1)
  .sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAMES.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The string as the formula should see it: our words only, one token for what is not read. */
export function normalize(s: string): string {
  return s
    .replace(/\{\{\s*\w+\s*\}\}|\{\w+\}/g, ' it ')
    .replace(/"[^"\n]*"|“[^”\n]*”/g, ' it ')
    .replace(/\b(?:https?:\/\/|www\.)\S*[^\s.,;:!?)"”’]/gi, ' link ')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' link ')
    .replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|uk|in|de|io|app|me|co|us|eml)\b(?:\/\S*[^\s.,;:!?)"”’])?/gi, ' link ')
    .replace(NAME_RE, ' Brand ')
    .replace(/\b[A-Z]{2,}s?\b/g, ' Brand ')
    .replace(/\+?\d[\d\s().,/-]*\d|\d/g, ' ten ')
    .replace(/\b(?:e\.g|i\.e|etc|vs)\./gi, ' ')
    .replace(/[ \t]+/g, ' ');
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function sentencesOf(s: string): string[] {
  return normalize(s)
    .split(/(?<=[.!?…])["”’)]*\s+|[;:]\s+|\s+[—–]\s+|\n+/u)
    .map((x) => x.trim())
    .filter((x) => /\p{L}/u.test(x));
}

export interface Measure {
  grade: number;
  words: number;
  sentences: number;
  longest: number;
  longestSentence: string;
}

export function measure(s: string): Measure {
  const sentences = sentencesOf(s);
  let words = 0;
  let syllables = 0;
  let longest = 0;
  let longestSentence = '';
  for (const x of sentences) {
    const w = x.match(WORD) ?? [];
    words += w.length;
    for (const t of w) syllables += Math.max(1, syllable(t));
    if (w.length > longest) [longest, longestSentence] = [w.length, x];
  }
  const grade = words ? fleschKincaid({ sentence: Math.max(1, sentences.length), word: words, syllable: syllables }) : 0;
  return { grade, words, sentences: sentences.length, longest, longestSentence };
}

// ---------------------------------------------------------------------------------------------
// The strings, each with where it comes from.

interface Item {
  where: string;
  text: string;
}

const COUNTRIES = ['US', 'GB', 'IN', 'DE'];
const SENDERS = ['headers', 'given', 'none'] as const;
const VERDICTS: Verdict[] = ['likely_scam', 'suspicious', 'no_red_flags'];

function fakeFinding(ruleId: string, category: Finding['category']): Finding {
  return { ruleId, messageId: 'x', message: 'x', category, weight: 1, evidence: [] } as unknown as Finding;
}

export async function collect(): Promise<Item[]> {
  const out: Item[] = [];
  const add = (where: string, text: string | undefined | null) => {
    if (text && /\p{L}/u.test(text)) out.push({ where, text });
  };

  for (const r of RULES) {
    add(`rule ${r.meta.id} description`, r.meta.description);
    for (const [k, v] of Object.entries(r.meta.messages)) add(`rule ${r.meta.id} message ${k}`, v as string);
  }

  const brands: (BrandPack | null)[] = [null, ...BRANDS];
  // A finding of every kind, so every stage's first steps are listed; and a classifier-only one
  // for the "only the trained classifier flagged it" summary.
  const findingSets: [string, Finding[]][] = [
    ['', [fakeFinding('credential-link-request', 'request'), fakeFinding('gift-card-payment-request', 'request')]],
    [' (classifier only)', [fakeFinding('learned-model', 'model')]],
  ];
  for (const brand of brands) {
    const b = brand ? brand.id : 'no brand';
    for (const channel of CHANNELS as readonly Channel[])
      for (const sender of SENDERS)
        for (const verdict of VERDICTS)
          for (const [tag, findings] of findingSets)
            for (const country of COUNTRIES) {
              const a = buildAdvice({ channel, brand, findings, verdict, country, sender });
              const w = `advice (${b}, ${channel}, ${sender}, ${verdict}${tag}, ${country})`;
              add(`${w} summary`, a.summary);
              for (const v of a.verify) add(`${w} verify`, v.text);
              for (const d of a.doNot) add(`${w} do not`, d);
              for (const s of a.ifYouAlready) {
                add(`${w} stage title`, s.title);
                for (const x of s.steps) add(`${w} first step`, x);
              }
              for (const r of a.report) {
                add(`${w} report route name`, r.name);
                add(`${w} report route how`, r.how);
              }
              for (const c of a.checked ?? []) add(`${w} checked`, c);
              for (const c of a.cannotKnow ?? []) add(`${w} cannot know`, c);
            }
    for (const country of COUNTRIES)
      for (const p of buildAllPlaybooks({ brand, country })) {
        const w = `playbook ${p.stage} (${b}, ${country})`;
        add(`${w} title`, p.title);
        for (const x of [...p.firstHour, ...p.next]) add(`${w} step`, x);
        for (const x of p.brandSteps) add(`${w} brand step`, x);
        for (const c of p.contacts) for (const x of [c.who, c.ask, c.how]) add(`${w} contact`, x);
        for (const r of p.report) {
          add(`${w} report route name`, r.name);
          add(`${w} report route how`, r.how);
        }
      }
    for (const h of hardeningChecklist(brand)) {
      add(`hardening ${h.id} (${b})`, h.text);
      for (const x of h.brand) add(`hardening ${h.id} (${b}) brand step`, x.text);
    }
    // A statement is shown under the red flag it backs (Finding.policy.statement).
    for (const s of brand?.statements ?? []) add(`brand ${b} statement ${s.topic}`, s.text);
  }
  for (const j of JURISDICTIONS) for (const r of j.routes) {
    add(`jurisdiction ${j.country} route name`, r.name);
    add(`jurisdiction ${j.country} route how`, r.how);
  }
  for (const s of STAGES) {
    add(`stage ${s.id} title`, s.title);
    add(`stage ${s.id} label`, s.label);
  }

  // The incident report's own lines (headings, the verdict line); what it quotes from the message
  // and the routes (measured above) are indented or fenced and left out.
  const sample: Omit<IncidentReport, 'text'> = {
    generatedAt: '2026-01-02T00:00:00.000Z',
    country: 'US',
    brand: { id: 'amazon', name: 'Amazon' },
    channel: 'email',
    verdict: 'likely_scam',
    score: 0.9,
    receivedAt: '2026-01-01',
    sender: { name: 'A', address: 'a@example.com' },
    subject: 's',
    indicators: [
      { type: 'url', value: 'http://example.com' },
      { type: 'phone', value: '+18885550142' },
      { type: 'email', value: 'a@example.com' },
    ] as IncidentReport['indicators'],
    orderNumbers: ['1'],
    amounts: ['$1'],
    datesMentioned: ['2026-01-01'],
    findings: [{ ruleId: 'r', messageId: 'm', message: 'm' }],
    messageText: 'body',
    redactions: { otp: 1 },
    routes: [],
  };
  for (const channel of CHANNELS as readonly Channel[])
    for (const verdict of VERDICTS) {
      let fenced = false;
      for (const line of renderIncidentText({ ...sample, channel, verdict }).split('\n')) {
        if (line === '----') fenced = !fenced;
        else if (!fenced && line && !/^\s/.test(line) && !/^(?:From|Subject|Received|Date of this report):/.test(line))
          add(`incident report text (${channel}, ${verdict})`, line);
      }
    }

  for (const [k, v] of Object.entries(en)) if (k !== 'langName') add(`page (en) ${k}`, v);

  // The command line's own lines (the verdict line, headings): real reports of a scam email, a
  // scam text, a scam call and a clean text, top-level lines only (indented ones are the findings,
  // evidence and advice measured above, or quotes of the message).
  const samples = [
    { input: SCAM_EMAIL, channel: 'email' as const },
    { input: 'USPS: your parcel is held. Pay the $1.99 redelivery fee within 24 hours at http://usps-redelivery.top/pay', channel: 'sms' as const },
    { input: 'Caller: This is Microsoft support, your computer has a virus. Install AnyDesk and read me the code.\nMe: ok', channel: 'call' as const },
    { input: 'Hey, are we still on for dinner at 7?', channel: 'sms' as const, from: '+12025550143' },
  ];
  for (const s of samples) {
    const report = await analyze(s);
    for (const line of formatReport(report).split('\n')) if (line && !/^\s/.test(line)) add(`command line (${s.channel}, ${report.verdict})`, line);
  }
  return out;
}

// Classes of strings that cannot meet the bar, each with its reason. Matched on `where`.
const EXEMPT: { where: RegExp; reason: string }[] = [
  {
    where: /route name$/,
    reason: 'A report route’s name is the service’s own official name ("NCSC Suspicious Email Reporting Service"): the reader looks it up by that name, so it is not ours to simplify. What to do ("how") is measured.',
  },
];

function sourceOf(where: string): string {
  // The pool for short strings: the kind of string (page labels, stage titles, route names), not
  // each key, brand and country.
  return where
    .replace(/^page \(en\) .*/, 'page (en)')
    .replace(/\s*\(.*?\)/g, '')
    .replace(/^(rule|brand|stage|playbook|hardening|jurisdiction) \S+/, '$1')
    .replace(/ message \S+$/, ' message');
}

export function check(items: readonly Item[]): { measured: number; failing: number; failures: string[] } {
  const unique = new Map<string, string>();
  for (const it of items) if (!unique.has(it.text) && !EXEMPT.some((e) => e.where.test(it.where))) unique.set(it.text, it.where);
  const failures: string[] = [];
  const pools = new Map<string, string[]>();
  let failing = 0;
  for (const [text, where] of unique) {
    const m = measure(text);
    if (m.longest > MAX_WORDS || (m.words >= SHORT && m.grade > MAX_GRADE)) failing++;
    if (m.longest > MAX_WORDS) failures.push(`${where}: a sentence of ${m.longest} words (max ${MAX_WORDS}): "${m.longestSentence}" in "${text}"`);
    if (m.words < SHORT) {
      const k = sourceOf(where);
      pools.set(k, [...(pools.get(k) ?? []), text]);
    } else if (m.grade > MAX_GRADE) failures.push(`${where}: grade ${m.grade.toFixed(1)} (max ${MAX_GRADE}): "${text}"`);
  }
  for (const [k, texts] of pools) {
    const m = measure(texts.map((t) => t.replace(/[.!?:;…]*\s*$/, '.')).join('\n'));
    if (m.grade > MAX_GRADE) failing += texts.length;
    if (m.grade > MAX_GRADE) failures.push(`${k}, short strings pooled: grade ${m.grade.toFixed(1)} (max ${MAX_GRADE}): ${texts.map((t) => `"${t}"`).join(', ')}`);
  }
  return { measured: unique.size, failing, failures };
}

test('the measure counts sentences, placeholders, addresses and names as documented', () => {
  assert.deepEqual(sentencesOf('Hang up: caller ID can be faked. Call back — on a number you know; not this one!'), [
    'Hang up',
    'caller Brand can be faked.',
    'Call back',
    'on a number you know',
    'not this one!',
  ]);
  assert.equal(normalize('Forward it to reportphishing@apple.com or https://x.example/a, or text 7726.').match(WORD)?.length, 9);
  assert.equal(measure('Sets a deadline ({{deadline}}).').words, 4);
  assert.equal(measure('Open the Microsoft app.').words, 4);
  // Plain text passes; a long, dense sentence fails both ways.
  assert.ok(measure('Do not tap the link. Open the app and check your orders there.').grade <= MAX_GRADE);
  const dense = measure(
    'Unsolicited communications purporting to originate from financial institutions frequently necessitate independent verification through authenticated channels before any consequential administrative decision is undertaken by recipients.',
  );
  assert.ok(dense.grade > MAX_GRADE && dense.longest > MAX_WORDS, JSON.stringify(dense));
  // The check itself names what fails and pools short strings.
  const r = check([
    { where: 'x', text: dense.longestSentence },
    { where: 'y', text: 'Verification' },
    { where: 'y', text: 'Authentication' },
    { where: 'z', text: 'Open the app.' },
  ]);
  assert.equal(r.measured, 4);
  assert.equal(r.failing, 3);
  assert.equal(r.failures.length, 3, r.failures.join('\n'));
  assert.match(r.failures.join('\n'), /^x: a sentence of/m);
  assert.match(r.failures.join('\n'), /^y, short strings pooled: grade/m);
});

test('every verdict, summary, advice line, rule message and page string reads at grade 8, sentences ≤ 20 words', async () => {
  const items = await collect();
  const { measured, failing, failures } = check(items);
  // The counts keep the collection honest: a refactor that drops a source shows here.
  assert.ok(measured > 1000, `only ${measured} strings collected`);
  for (const kind of ['rule ', 'advice ', 'playbook ', 'hardening ', 'brand ', 'jurisdiction ', 'stage ', 'incident report', 'page (en)', 'command line'])
    assert.ok(items.some((i) => i.where.startsWith(kind)), `no ${kind.trim()} strings collected`);
  // PLAIN_WORDS_REPORT=1 prints the count and every failure, one per line, for rewriting.
  if (process.env.PLAIN_WORDS_REPORT) console.log([`plain words: ${measured} distinct strings measured, ${failing} fail (${failures.length} findings)`, ...failures].join('\n'));
  assert.deepEqual(failures, [], `${failures.length} of ${measured} strings are not plain enough:\n${failures.join('\n')}`);
});
