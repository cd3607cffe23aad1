import fc from 'fast-check';
import { analyze, isImpostorError, type AnalyzeOptions, type Report } from '../../src/core/index.js';
import { isIncomplete } from '../../src/core/completeness.js';

// Property-based fuzzing of analyze() with fast-check: random bytes and Unicode, and structured
// inputs an attacker would shape (MIME trees with odd encodings and broken boundaries, HTML trees
// with hidden text and odd entities, URLs with user info, IPs, IDN and punctuation runs, phone
// numbers with every separator). scripts/fuzz.test.ts runs a fixed seed in `npm test`;
// `npm run fuzz -- --runs N` (scripts/fuzz.ts) runs long.
//
// The property (checkInput): analyze() either returns a well-formed report — verdict and score in
// range, every text evidence span quoting the report's text, `complete: false` whenever a warning
// says something was cut — or throws one of the documented input errors. Anything else (another
// exception, a malformed report) is a crash.

export type Channel = 'email' | 'sms' | 'call' | undefined;
export interface FuzzInput {
  kind: string;
  input: string | Uint8Array;
  channel: Channel;
  options?: AnalyzeOptions;
  /** The input is built to pass a cap: the report must say complete: false. */
  mustBeIncomplete?: boolean;
}

/** Errors analyze() documents for bad calls (src/core/errors.ts); content never throws. */
export const DOCUMENTED_INPUT_ERRORS: ReadonlySet<string> = new Set(['empty_input', 'input_too_large', 'invalid_input', 'unsupported_channel']);

const VERDICTS = new Set(['likely_scam', 'suspicious', 'no_red_flags']);

/** Why the outcome breaks the property, or null when it holds. */
export function reportProblem(r: Report, f: FuzzInput): string | null {
  if (!VERDICTS.has(r.verdict)) return `verdict ${String(r.verdict)}`;
  if (!(r.score >= 0 && r.score <= 1)) return `score ${r.score}`;
  if (typeof r.complete !== 'boolean') return 'complete is not a boolean';
  if (!Array.isArray(r.warnings) || !Array.isArray(r.findings)) return 'warnings or findings missing';
  if (isIncomplete(r.warnings) && r.complete) return `complete: true with ${r.warnings.join('; ').slice(0, 200)}`;
  if (f.mustBeIncomplete && r.complete) return `a capped input reported complete: true (warnings: ${r.warnings.join('; ').slice(0, 200)})`;
  for (const finding of r.findings) {
    for (const e of finding.evidence) {
      if (e.kind === 'text' && r.message.text.slice(e.start, e.end) !== e.text) return `evidence of ${finding.ruleId} does not quote the text at ${e.start}–${e.end}`;
    }
  }
  JSON.stringify(r);
  return null;
}

/** Run one input through analyze(): null when the property holds, else what went wrong. */
export async function checkInput(f: FuzzInput): Promise<string | null> {
  let r: Report;
  try {
    r = await analyze({ input: f.input, channel: f.channel }, f.options);
  } catch (err) {
    if (isImpostorError(err) && DOCUMENTED_INPUT_ERRORS.has(err.code)) return null;
    return `threw ${(err as Error)?.name ?? typeof err}: ${String((err as Error)?.message ?? err).slice(0, 300)}`;
  }
  return reportProblem(r, f);
}

// ---- building blocks -------------------------------------------------------------------------

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const BRANDS = ['Amazon', 'PayPal', 'Apple', 'Microsoft', 'Netflix', 'USPS', 'HSBC', 'SBI'];
const WORDS = ['your', 'account', 'is', 'locked', 'verify', 'now', 'gift card', 'parcel', 'fee', 'call', 'urgent', 'refund', 'password', 'code', 'click', 'here', 'today', '24 hours', 'suspended', 'OTP'];
const ODD = ['\u200b', '\u200d', '\u202e', '\u202c', '\u2066', '\u00ad', '\ufeff', '\u0301', '\u0430', '\u043e', '\u0456', '𝐀', '🎁', '\ud800', '\udc00', '\u0000', '\r', '\n', '\t', '\u2028', 'ﬁ', 'ß', 'İ'];

/** Any Unicode (lone surrogates included), graphemes, and words mixed with odd characters. */
export const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(pick(...WORDS), pick(...BRANDS), pick(...ODD), fc.string({ unit: 'grapheme-ascii', maxLength: 8 })), { maxLength: 60 }).map((a) => a.join(' ')),
);

const label = fc.oneof(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?$/), pick('amazon', 'paypal', 'apple', 'xn--80ak6aa92e', 'аmazon', 'paypa1', 'micros0ft', 'www', 'login', 'secure'));
const tld = pick('com', 'ru', 'top', 'xyz', 'co.uk', 'com.au', 'icu', 'in', 'example', 'invalidtld', 'рф', 'xn--p1ai');
const host = fc.oneof(
  fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), tld).map(([ls, t]) => `${ls.join('.')}.${t}`),
  fc.ipV4(),
  fc.ipV6().map((ip) => `[${ip}]`),
  fc.nat().map((n) => String(n)),
  fc.domain(),
);

/** URLs as scam texts write them: user info, IPs, IDN, ports, odd paths, trailing punctuation. */
export const url = fc
  .tuple(
    pick('http://', 'https://', 'hxxp://', '', 'www.', 'HTTPS://', 'ftp://', 'javascript:', 'data:text/html,'),
    fc.option(fc.tuple(label, fc.option(label)).map(([u, p]) => `${u}${p ? `:${p}` : ''}@`), { nil: '' }),
    host,
    fc.option(fc.integer({ min: 0, max: 70000 }).map((p) => `:${p}`), { nil: '' }),
    fc.array(fc.oneof(label, pick('%2F', '%00', '..', '@', '#', '?', '&', '=', '~', '%E2%80%AE', 'login.php', '')), { maxLength: 6 }),
    fc.option(fc.string({ unit: pick(')', '.', ',', '!', '?', ']', '>', '"', "'"), maxLength: 30 }), { nil: '' }),
  )
  .map(([scheme, user, h, port, path, tail]) => `${scheme}${user}${h}${port}/${path.join('/')}${tail}`);

export const webUrl = fc.webUrl({ withFragments: true, withQueryParameters: true, authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true, withIPv6: true } });

/** Phone-number-like strings: digits with every separator, plus signs, extensions, letters. */
export const phone = fc.oneof(
  fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }).map(String), pick(' ', '-', '.', '(', ')', '+', '/', ' ext ', 'x', '\u00a0', '\u2011', '#', '*', '٣', '１')), { maxLength: 30 }).map((a) => a.join('')),
  fc.tuple(pick('+1', '+44', '+91', '1-', '0', '00', '+'), fc.array(fc.integer({ min: 0, max: 9999 }), { minLength: 1, maxLength: 4 }), pick(' ', '-', '.', '')).map(([p, ns, sep]) => `${p}${sep}${ns.join(sep)}`),
);

const sentence = fc.array(fc.oneof(pick(...WORDS), pick(...BRANDS), url, phone, pick(...ODD)), { maxLength: 25 }).map((a) => a.join(' '));

// ---- HTML --------------------------------------------------------------------------------------

const TAGS = ['a', 'div', 'span', 'p', 'table', 'tr', 'td', 'font', 'b', 'img', 'style', 'script', 'form', 'input', 'br', 'center', 'title', 'head', 'body', 'svg', 'math', 'template', 'noscript', 'x-custom', 'iframe'];
const attr = fc.oneof(
  url.map((u) => `href="${u}"`),
  webUrl.map((u) => `href='${u}'`),
  pick('style="display:none"', 'style="font-size:0;color:#fff"', 'hidden', 'src="cid:x"', 'alt="Amazon"', 'class=x', 'onclick="x()"', 'href', '=', '"', "style='visibility:hidden'"),
  fc.tuple(fc.stringMatching(/^[a-z-]{1,8}$/), fc.string({ maxLength: 20 })).map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`),
);
const textNode = fc.oneof(sentence, pick('&amp;', '&nbsp;', '&#x202e;', '&#0;', '&#;', '&bogus;', '&lt;a href=x&gt;', '<!-- c -->', '<!--', '<![CDATA[x]]>', '</', '<', '>', '&#128512;'), unicodeText);
interface HtmlNode {
  tag: string;
  attrs: string[];
  children: (HtmlNode | string)[];
  close: boolean;
}
const htmlTree = fc.letrec<{ node: HtmlNode; child: HtmlNode | string }>((tie) => ({
  node: fc.record({ tag: pick(...TAGS), attrs: fc.array(attr, { maxLength: 3 }), children: fc.array(tie('child'), { maxLength: 5 }), close: fc.boolean() }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textNode, tie('node')),
})).node;
const renderHtml = (n: HtmlNode | string): string =>
  typeof n === 'string' ? n : `<${n.tag}${n.attrs.map((a) => ` ${a}`).join('')}>${n.children.map(renderHtml).join('')}${n.close ? `</${n.tag}>` : ''}`;
export const html = fc.oneof(htmlTree.map(renderHtml), fc.tuple(fc.integer({ min: 1, max: 400 }), sentence).map(([d, s]) => `${'<div>'.repeat(d)}${s}${'</div>'.repeat(Math.floor(d / 2))}`));

// ---- MIME --------------------------------------------------------------------------------------

const headerValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.emailAddress(),
  fc.tuple(pick(...BRANDS), fc.emailAddress()).map(([b, a]) => `"${b} Support" <${a}>`),
  fc.tuple(pick(...BRANDS), host).map(([b, h]) => `${b} <noreply@${h}>`),
  unicodeText.map((t) => `=?utf-8?B?${Buffer.from(t).toString('base64')}?=`),
  pick('=?utf-8?Q?Amaz=C3=B8n?=', '=?bogus?X?x?=', '<>', '"', 'undisclosed-recipients:;', 'a@', '@b', 'from evil.example ([203.0.113.9]) by mx.example.com'),
);
const headerName = pick('From', 'To', 'Subject', 'Reply-To', 'Return-Path', 'Sender', 'Received', 'DKIM-Signature', 'Authentication-Results', 'Message-ID', 'Date', 'X-Mailer', 'List-Unsubscribe', 'Content-Type', 'X-Pad');
const headers = fc.array(fc.tuple(headerName, headerValue, pick(': ', ':', ' : ', ':\r\n ')), { maxLength: 10 });

interface Leaf {
  type: string;
  cte: string;
  charset: string;
  body: string;
  attachment: string | null;
}
interface Multi {
  sub: string;
  boundary: string;
  parts: MimeNode[];
  closed: boolean;
}
type MimeNode = Leaf | Multi;
const leaf: fc.Arbitrary<Leaf> = fc.record({
  type: pick('text/plain', 'text/html', 'application/pdf', 'application/octet-stream', 'image/png', 'message/rfc822', 'text/calendar', 'bogus'),
  cte: pick('7bit', '8bit', 'base64', 'quoted-printable', 'binary', 'x-uuencode', 'BASE64'),
  charset: pick('utf-8', 'iso-8859-1', 'windows-1252', 'utf-16le', 'koi8-r', 'bogus', 'gb2312'),
  body: fc.oneof(sentence, html, unicodeText),
  attachment: fc.option(pick('invoice.pdf', 'invoice.pdf.exe', 'a.html', 'scan.zip', '=?utf-8?B?w6k=?=.doc', ''), { nil: null }),
});
const mimeTree = fc.letrec<{ node: MimeNode; multi: Multi }>((tie) => ({
  multi: fc.record({ sub: pick('mixed', 'alternative', 'related', 'report', 'signed'), boundary: fc.oneof(fc.stringMatching(/^[A-Za-z0-9'()+_,-./:=?]{1,40}$/), pick('b', '--', '', '"q"')), parts: fc.array(tie('node'), { maxLength: 4 }), closed: fc.boolean() }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('multi')),
})).node;

const encodeBody = (l: Leaf): string => {
  if (/base64/i.test(l.cte)) return Buffer.from(l.body).toString('base64').replace(/.{76}/g, '$&\r\n');
  if (l.cte === 'quoted-printable') return l.body.replace(/[=\u0080-\uffff]/g, (c) => `=${Buffer.from(c)[0]!.toString(16).toUpperCase().padStart(2, '0')}`);
  return l.body;
};
const renderMime = (n: MimeNode, nl: string): string => {
  if ('body' in n) {
    const disp = n.attachment !== null ? `Content-Disposition: attachment; filename="${n.attachment}"${nl}` : '';
    return `Content-Type: ${n.type}; charset=${n.charset}${nl}Content-Transfer-Encoding: ${n.cte}${nl}${disp}${nl}${encodeBody(n)}${nl}`;
  }
  const parts = n.parts.map((p) => `--${n.boundary}${nl}${renderMime(p, nl)}`).join('');
  return `Content-Type: multipart/${n.sub}; boundary="${n.boundary}"${nl}${nl}preamble${nl}${parts}${n.closed ? `--${n.boundary}--${nl}` : ''}`;
};
export const mimeMessage = fc.tuple(headers, mimeTree, pick('\r\n', '\n', '\r'), fc.boolean()).map(([hs, tree, nl, mimeVersion]) =>
  `${hs.map(([k, v, sep]) => `${k}${sep}${v}`).join(nl)}${hs.length ? nl : ''}${mimeVersion ? `MIME-Version: 1.0${nl}` : ''}${renderMime(tree, nl)}`,
);

// ---- the generators the suite runs ---------------------------------------------------------------

const channel = pick<Channel>(undefined, 'email', 'sms', 'call');

/** Inputs built to pass a cap with small limits: the report must say complete: false. */
const capped: fc.Arbitrary<FuzzInput> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(url.filter((u) => /^https?:\/\/[a-z0-9]/i.test(u)), { minLength: 12, maxLength: 30 })).map(([max, us]) => ({
    kind: 'capped links',
    input: us.map((u, i) => `Visit https://site${i}.example-shop.top/p${i} or ${u} now.`).join('\n'),
    channel: 'sms' as const,
    options: { limits: { maxLinks: max } },
    mustBeIncomplete: true,
  })),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 6, max: 20 })).map(([max, n]) => ({
    kind: 'capped MIME parts',
    input: `From: a@b.example\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n${Array.from({ length: n }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join('')}--b--\r\n`,
    channel: 'email' as const,
    options: { limits: { maxMimeParts: max } },
    mustBeIncomplete: true,
  })),
  fc.tuple(fc.integer({ min: 50, max: 400 }), sentence).map(([max, s]) => ({
    kind: 'capped text',
    input: `${s} ${'Amazon verify your account now. '.repeat(Math.ceil((max * 2) / 30))}`,
    channel: 'sms' as const,
    options: { limits: { maxTextChars: max } },
    mustBeIncomplete: true,
  })),
  fc.tuple(fc.integer({ min: 2, max: 20 }), sentence).map(([max, s]) => ({
    kind: 'capped HTML depth',
    input: `From: a@b.example\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n${'<div>'.repeat(max * 3)}${s}`,
    channel: 'email' as const,
    options: { limits: { maxHtmlDepth: max } },
    mustBeIncomplete: true,
  })),
);

export const GENERATORS: Record<string, fc.Arbitrary<FuzzInput>> = {
  bytes: fc.uint8Array({ maxLength: 3000 }).map((b) => ({ kind: 'bytes', input: b, channel: undefined })),
  unicode: fc.tuple(unicodeText, channel).map(([t, c]) => ({ kind: 'unicode', input: t, channel: c })),
  mime: mimeMessage.map((m) => ({ kind: 'mime', input: m, channel: undefined })),
  'mime as bytes': mimeMessage.map((m) => ({ kind: 'mime as bytes', input: new TextEncoder().encode(m), channel: 'email' as const })),
  html: fc.tuple(headers, html).map(([hs, h]) => ({ kind: 'html', input: `${hs.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${h}`, channel: 'email' as const })),
  urls: fc.tuple(fc.array(fc.oneof(url, webUrl), { minLength: 1, maxLength: 8 }), pick(...BRANDS), channel).map(([us, b, c]) => ({ kind: 'urls', input: `${b}: your parcel is held. Pay at ${us.join(' or ')}`, channel: c })),
  phones: fc.tuple(fc.array(phone, { minLength: 1, maxLength: 8 }), pick(...BRANDS), pick<Channel>('sms', 'call', undefined)).map(([ps, b, c]) => ({ kind: 'phones', input: `${b} support: call ${ps.join(', or ')} now`, channel: c })),
  texts: fc.tuple(sentence, channel).map(([s, c]) => ({ kind: 'texts', input: s, channel: c })),
  capped,
};

export const ALL_INPUTS: fc.Arbitrary<FuzzInput> = fc.oneof(...Object.values(GENERATORS));

/** A short printable preview of an input, for reports. */
export function preview(f: FuzzInput, max = 160): string {
  const s = typeof f.input === 'string' ? f.input : `bytes ${Buffer.from(f.input.subarray(0, 60)).toString('hex')}`;
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}
