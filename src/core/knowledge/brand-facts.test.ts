import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BRANDS } from '../brands/index.js';

// Brand facts live in the brand packs (src/core/brands) and nowhere else: no engine file may spell
// a pack's domain or name in a string, template or regular-expression literal. Comments may (they
// explain with examples), and so may URLs (a rule cites the page that backs it). The allow-list
// below names the files that still do, each with its reason; a file leaves it when its brand words
// move to a pack or to knowledge/.

const ALLOWED: Record<string, string> = {
  // Scam phrases name brands the way scammers write them ("your Amazon account", "Microsoft
  // certified technician"): language, not facts about the brand.
  'src/core/knowledge/language/': 'scam phrases that name a brand',
  // The rules' own phrase lists and explanations ("pay outside Amazon", "IRS, HMRC…"); the rules
  // are being moved to typed facts in a separate change, and their phrase lists with them.
  'src/core/rules/': 'rule phrase lists and explanations',
  // Payment-method names in the advice playbooks ("a Zelle or transfer dispute").
  'src/core/advice/': 'payment methods named in advice',
  // Mail and web infrastructure of big providers, not facts of an impersonated brand: receivers
  // that stamp Authentication-Results (mx.google.com), free-mail domains (outlook.com,
  // docomo.ne.jp), redirectors and app stores (l.facebook.com, apps.apple.com), free hosting
  // (sites.google.com), MIME types (x-apple-diskimage) and product words (xbox) in brand claims.
  'src/core/facts/auth.ts': 'mail receivers',
  'src/core/facts/sender.ts': 'free-mail domains',
  'src/core/facts/links.ts': 'redirectors and app stores',
  'src/core/signals/url-heuristics.ts': 'free hosting',
  'src/core/facts/attachments.ts': 'MIME types',
  'src/core/facts/claim.ts': 'product words',
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const REGEX_AFTER = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const REGEX_KEYWORDS = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

/** Every literal's text (strings without quotes; template chunks; regex sources), in order. */
function literalsOf(src: string): string[] {
  const out: string[] = [];
  let i = 0;
  let last = ''; // last significant character outside literals and comments
  const braces: number[] = []; // template nesting: brace depth at each open `${`
  let depth = 0;
  const readTemplate = (): void => {
    // i is just past a backtick or a closing brace of `${…}`.
    let chunk = '';
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\\') {
        chunk += src.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i++;
        out.push(chunk);
        last = 'x';
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        i += 2;
        out.push(chunk);
        braces.push(depth);
        depth++;
        last = '{';
        return;
      } else {
        chunk += c;
        i++;
      }
    }
    out.push(chunk);
  };
  while (i < src.length) {
    const c = src[i]!;
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl;
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c && src[j] !== '\n') {
        if (src[j] === '\\') {
          s += src.slice(j, j + 2);
          j += 2;
        } else s += src[j++];
      }
      out.push(s);
      i = j + 1;
      last = 'x';
    } else if (c === '`') {
      i++;
      readTemplate();
    } else if (c === '/' && (REGEX_AFTER.has(last) || REGEX_KEYWORDS.test(src.slice(Math.max(0, i - 12), i).trimEnd()))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        const e = src[j]!;
        if (e === '\\') j++;
        else if (e === '[') inClass = true;
        else if (e === ']') inClass = false;
        else if (e === '/' && !inClass) break;
        j++;
      }
      out.push(src.slice(i + 1, j));
      i = j + 1;
      while (i < src.length && /[a-z]/.test(src[i]!)) i++;
      last = 'x';
    } else {
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (braces.length && braces[braces.length - 1] === depth) {
          braces.pop();
          i++;
          readTemplate();
          continue;
        }
      }
      if (!/\s/.test(c)) last = /[\w$]/.test(c) ? 'x' : c;
      i++;
    }
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every pack's domains, names and lookalike seeds, as one word-bounded, case-insensitive regex. */
function brandVocabulary(): RegExp {
  const words = new Set<string>();
  for (const b of BRANDS) {
    for (const d of [...b.officialWebDomains, ...b.officialSenderDomains, ...b.infrastructureDomains, ...b.userContentDomains]) words.add(d);
    for (const h of b.userContentHosts) words.add(h.host);
    // Three-letter names (ups, irs, dhl) are too often parts of other words in code to test here.
    for (const a of [...b.aliases, ...b.domainTokens]) if (a.length >= 4 || a.includes('.')) words.add(a.toLowerCase());
  }
  const list = [...words].sort((x, y) => y.length - x.length).map(escapeRe);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const URL = /https?:\/\/\S+/giu;

/** Brand words in a file's literals, URLs left out. */
function brandWordsIn(file: string, vocabulary: RegExp): string[] {
  const hits: string[] = [];
  for (const literal of literalsOf(readFileSync(file, 'utf8'))) {
    const m = vocabulary.exec(literal.replace(URL, ' '));
    if (m) hits.push(m[0]);
  }
  return hits;
}

const allowed = (file: string) => Object.keys(ALLOWED).some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));

test('the literal scanner reads strings, templates and regexes and skips comments', () => {
  const src = [
    "// amazon in a comment",
    "/* paypal in a block */",
    "const a = 'one', b = \"two\", c = `three ${x + `four`} five`;",
    "const r = /six[/]seven/giu, d = 8 / 2 / 1;",
    "return /nine/.test(s);",
  ].join('\n');
  assert.deepEqual(literalsOf(src), ['one', 'two', 'three ', 'four', ' five', 'six[/]seven', 'nine']);
});

test('brand facts are only in packs: no engine file spells a brand domain or name', () => {
  const vocabulary = brandVocabulary();
  const bad: string[] = [];
  let allowedHits = 0;
  for (const file of walk('src/core').map((f) => f.replaceAll('\\', '/'))) {
    if (file.startsWith('src/core/brands/')) continue;
    const hits = brandWordsIn(file, vocabulary);
    if (!hits.length) continue;
    if (allowed(file)) allowedHits += hits.length;
    else bad.push(`${file}: ${[...new Set(hits)].join(', ')}`);
  }
  assert.deepEqual(bad, [], 'move these brand facts into the packs (src/core/brands) or knowledge/');
  // The check finds what it looks for: the allowed phrase data does name brands.
  assert.ok(allowedHits > 0);
});

test('every allow-list entry is still needed', () => {
  const vocabulary = brandVocabulary();
  const files = walk('src/core').map((f) => f.replaceAll('\\', '/'));
  for (const entry of Object.keys(ALLOWED)) {
    const covered = files.filter((f) => (entry.endsWith('/') ? f.startsWith(entry) : f === entry));
    assert.ok(covered.some((f) => brandWordsIn(f, vocabulary).length > 0), `${entry} no longer names a brand: remove it from ALLOWED`);
  }
});
