import { BRANDS } from '../brands/index.js';
import type { BrandPack } from '../brands/schema.js';
import { collectIndicators, type Indicator } from '../export/indicators.js';
import type { Message, Report } from '../types.js';
import { findSecrets, redact } from './redact.js';
import { normalizeCountry, reportRoutes, routeTarget, type Route } from './routes.js';

// A pre-filled report the person can paste into a report form or an email: who sent it, the links,
// numbers, order numbers, amounts and dates, and why it looks like a scam. Every piece of text that
// came from the message goes through redact() first: codes, passwords and card numbers the person
// typed or was sent never leave in a report.

export interface IncidentReportOptions {
  /** Injected clock (the report's date). */
  now: Date;
  country?: string | null;
  /** When the message arrived, if the caller knows it; by default the email's Date header from `message`. */
  receivedAt?: string | null;
  /** The parsed message the report was made from (analyzeWithMessage), so nothing is parsed again. */
  message?: Pick<Message, 'channel' | 'extras'>;
  brands?: readonly BrandPack[];
  /** Cap on the quoted message text. */
  maxTextChars?: number;
}

export interface IncidentReport {
  generatedAt: string;
  country: string;
  brand: { id: string; name: string } | null;
  channel: Report['channel'];
  verdict: Report['verdict'];
  score: number;
  receivedAt: string | null;
  sender: { name: string | null; address: string | null } | null;
  subject: string | null;
  indicators: Indicator[];
  orderNumbers: string[];
  amounts: string[];
  datesMentioned: string[];
  findings: { ruleId: string; messageId: string; message: string }[];
  /** The message text with secrets replaced by placeholders, capped. */
  messageText: string;
  /** How many secrets were removed, by kind (never the secrets themselves). */
  redactions: Record<string, number>;
  routes: Route[];
  /** The ready-to-paste text. */
  text: string;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const DATE = new RegExp(
  `\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4})\\b`,
  'gi',
);

function datesIn(text: string, max = 20): string[] {
  const out = new Set<string>();
  DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(text)) && out.size < max) out.add(m[0]);
  return [...out];
}

/** "http://evil.example/x" → "hxxp://evil[.]example/x": cannot be clicked by accident when pasted. */
export function defang(url: string): string {
  const sep = url.indexOf('://');
  const scheme = sep > 0 && /^[a-z][a-z0-9+.-]*$/i.test(url.slice(0, sep)) ? url.slice(0, sep + 3) : '';
  const rest = url.slice(scheme.length);
  const hostEnd = rest.search(/[/?#]/);
  const host = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
  const tail = hostEnd < 0 ? '' : rest.slice(hostEnd);
  return `${scheme.replace(/^http/i, 'hxxp')}${host.replace(/\./g, '[.]')}${tail}`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function buildIncidentReport(report: Report, opts: IncidentReportOptions): IncidentReport {
  const brands = opts.brands ?? BRANDS;
  const country = normalizeCountry(opts.country);
  const pack = report.brand ? (brands.find((b) => b.id === report.brand) ?? null) : null;
  // Values the extractor itself recognised as codes are masked wherever they appear.
  const known = report.entities.filter((e) => e.type === 'otp' || e.type === 'claim_code').map((e) => e.value);
  const counts: Record<string, number> = {};
  const clean = (s: string) => {
    const r = redact(s, known);
    for (const x of r.secrets) counts[x.kind] = (counts[x.kind] ?? 0) + 1;
    return r.text;
  };

  const maxChars = opts.maxTextChars ?? 4000;
  const rawText = report.message.text.length > maxChars ? `${report.message.text.slice(0, maxChars)}…` : report.message.text;
  const messageText = clean(rawText);
  const from = report.message.from;
  const sender =
    from && (from.address || from.name)
      ? { name: from.name ? clean(from.name) : null, address: from.address || null }
      : report.message.sender
        ? { name: null, address: clean(report.message.sender) }
        : null;
  const subject = report.message.subject !== undefined ? clean(report.message.subject) : null;
  // Finding messages can quote fragments of the text (a classifier's top tokens, a matched word);
  // a fragment of a secret ("219" of an SSN, "hunter" of a password) is masked too.
  const secretValues = findSecrets(rawText, known).map((x) => ({ kind: x.kind, value: rawText.slice(x.start, x.end).toLowerCase() }));
  const cleanFinding = (msg: string) =>
    clean(msg).replace(/[\p{L}\p{N}]{3,}/gu, (tok) => {
      const t = tok.toLowerCase();
      const leaks = secretValues.some((v) => v.value.includes(t) && (/\d/.test(t) || (v.kind === 'password' && t.length >= 3)));
      return leaks ? '[removed]' : tok;
    });
  const findings = report.findings
    .filter((f) => f.effect !== 'lower')
    .map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, message: cleanFinding(f.message) }));
  const indicators = collectIndicators(report, brands);
  const orderNumbers = unique(report.entities.filter((e) => e.type === 'order_number').map((e) => e.value));
  const amounts = unique(report.entities.filter((e) => e.type === 'money').map((e) => e.value));
  const datesMentioned = datesIn(messageText);
  const routes = reportRoutes({ brand: pack, country, channel: report.channel });

  const data: Omit<IncidentReport, 'text'> = {
    generatedAt: opts.now.toISOString(),
    country,
    brand: pack ? { id: pack.id, name: pack.name } : null,
    channel: report.channel,
    verdict: report.verdict,
    score: report.score,
    receivedAt: opts.receivedAt ?? (opts.message?.channel === 'email' ? (opts.message.extras?.date ?? null) : null),
    sender,
    subject,
    indicators,
    orderNumbers,
    amounts,
    datesMentioned,
    findings,
    messageText,
    redactions: counts,
    routes,
  };
  return { ...data, text: renderIncidentText(data) };
}

const CHANNEL_WORD: Record<Report['channel'], string> = { email: 'email', sms: 'text message', call: 'phone call' };
const VERDICT_WORD: Record<Report['verdict'], string> = { likely_scam: 'likely scam', suspicious: 'suspicious', no_red_flags: 'no red flags found' };

export function renderIncidentText(r: Omit<IncidentReport, 'text'>): string {
  const L: string[] = [];
  L.push(`Report of a suspected scam ${CHANNEL_WORD[r.channel]}${r.brand ? ` pretending to be ${r.brand.name}` : ''}`);
  L.push(`Date of this report: ${r.generatedAt.slice(0, 10)}`);
  if (r.receivedAt) L.push(`Received: ${r.receivedAt}`);
  L.push(`Impostor’s verdict: ${VERDICT_WORD[r.verdict]}, score ${r.score.toFixed(2)}`);
  L.push('');
  if (r.sender) L.push(`From: ${r.sender.name ? `${r.sender.name} ` : ''}${r.sender.address ? `<${r.sender.address}>` : ''}`.trimEnd());
  if (r.subject) L.push(`Subject: ${r.subject}`);
  const list = (title: string, xs: string[]) => {
    if (!xs.length) return;
    L.push(`${title}:`);
    for (const x of xs) L.push(`  - ${x}`);
  };
  const of = (t: Indicator['type']) => r.indicators.filter((i) => i.type === t).map((i) => i.value);
  list('Links in the message (written with [.] so they cannot be clicked)', of('url').map(defang));
  list('Phone numbers', of('phone'));
  list('Email addresses', of('email'));
  list('Order numbers', r.orderNumbers);
  list('Amounts', r.amounts);
  list('Dates mentioned', r.datesMentioned);
  if (r.findings.length) {
    L.push('', 'Why it looks like a scam:');
    for (const f of r.findings) L.push(`  - ${f.message}`);
  }
  L.push('', 'Message text:', '----', r.messageText.replace(/\bhttps?:\/\/\S+/gi, (u) => defang(u)), '----');
  const removed = Object.values(r.redactions).reduce((a, b) => a + b, 0);
  if (removed) L.push(`${removed} secret(s) (codes, passwords, card or account numbers) were removed from this report.`);
  // Where to send it, each with the address or number itself (the JSON has always carried them; the
  // text dropped them, so "impostor report" named PayPal's route without phishing@paypal.com).
  if (r.routes.length) {
    L.push('', 'Where to send this report:');
    for (const route of r.routes) L.push(`  - ${route.name} — ${routeTarget(route).text}`, `      ${route.how}`);
  }
  return `${L.join('\n')}\n`;
}
