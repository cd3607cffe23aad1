// Word-start scanning for the lexicon regexes.
//
// A lexicon is one big alternation behind a Unicode word-start lookbehind, `(?<![\p{L}\p{N}])(?:…)`.
// A global exec tries the whole alternation at every position of the text, which costs ≈ 40 ns per
// character per lexicon, and a message is scanned by dozens of lexicons. But a match can only start
// where the lookbehind holds and where the text begins with one of the alternatives' first four
// characters. So each lexicon gets a plan (computed once from its source): its possible first four
// characters, case-folded, as numeric keys. Each text gets an index (one pass, shared by all
// lexicons): its word starts and the keys of their first two characters. A scan walks that index,
// checks the two- and then the four-character keys against the plan, and runs the same pattern as
// a sticky regex only at the positions that pass, in text order.
//
// This is exact, not a heuristic: the candidate positions are a superset of the positions where the
// global regex can match (every key below over-approximates), the sticky regex decides each one with
// the same pattern, and trying positions in increasing order finds the same leftmost match that a
// global exec would. Anything the planner does not understand gets no plan and the plain scan.

/** The two word-start lookbehinds the lexicon builders use. */
const LEADS = ['(?<![\\p{L}\\p{N}])', '(?<![\\p{L}\\p{N}_])'];

// Keys. Under the `iu` flags two characters match when their simple case foldings are equal. An
// ASCII character folds to an ASCII character; the only non-ASCII characters that fold onto ASCII
// ones are the long s (U+017F → s) and the Kelvin sign (U+212A → k), which the key maps by hand (a
// test checks this against the regex engine over the whole BMP). Every other non-ASCII character
// shares one key, OTHER, and the end of the text has its own.
const OTHER = 128;
const END = 129;
const WIDTH = 130;
const W2 = WIDTH * WIDTH;
const W3 = W2 * WIDTH;

export function keyOf(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return OTHER;
}

const stickies = new WeakMap<RegExp, RegExp>();

/** The sticky twin of a global regex (same source and flags, `y` for `g`), made once per regex. */
export function stickyOf(re: RegExp): RegExp {
  let y = stickies.get(re);
  if (!y) stickies.set(re, (y = new RegExp(re.source, re.flags.replace('g', 'y'))));
  return y;
}

export interface ScanPlan {
  id: number;
  sticky: RegExp;
  /**
   * The plan's prefixes as keys, by length (index 1–4): a candidate is tried only when the key of its
   * first L characters is in byLength[L] for some L. Empty sets are null. The same test as a trie in
   * typed arrays, for the scan loop, is `next2`/`next3`/`next4`.
   */
  byLength: (Set<number> | null)[];
  /**
   * Trie of the prefixes, by the key pair of the first two characters (`pair`): 0 = no match can start
   * here, 1 = a prefix of at most two characters covers it (try the pattern), r ≥ 2 = look up the third
   * character's key in row r − 2 of `next3`, FALLBACK = ask admits() (a trie too big for bytes).
   */
  next2: Uint8Array;
  /** Rows of WIDTH: 0 = no, 1 = try, r ≥ 2 = look up the fourth character in row r − 2 of `next4`, FALLBACK. */
  next3: Uint8Array;
  /** Rows of WIDTH: 1 = try, 0 = no. */
  next4: Uint8Array;
}

/** A trie entry that defers to admits() (more rows than a byte can number). */
const FALLBACK = 255;

/**
 * The trie form of `byLength` (see ScanPlan). Exact: a position passes the trie iff admits() holds,
 * except that FALLBACK entries (never produced by the lexicons, which need at most a few dozen rows)
 * send the decision to admits().
 */
function buildTrie(byLength: readonly (Set<number> | null)[]): { next2: Uint8Array; next3: Uint8Array; next4: Uint8Array } {
  const next2 = new Uint8Array(WIDTH * WIDTH);
  const rows3: number[] = [];
  const rows4: number[] = [];
  for (const k of byLength[1] ?? []) next2.fill(1, k * WIDTH, (k + 1) * WIDTH);
  for (const k of byLength[2] ?? []) next2[k] = 1;
  const row3 = (pair: number): number => {
    const v = next2[pair]!;
    if (v >= 2) return v; // a row, or FALLBACK
    const r = rows3.length / WIDTH + 2;
    if (r >= FALLBACK) return (next2[pair] = FALLBACK);
    for (let j = 0; j < WIDTH; j++) rows3.push(0);
    return (next2[pair] = r);
  };
  for (const k of byLength[3] ?? []) {
    const pair = Math.floor(k / WIDTH);
    if (next2[pair] === 1) continue;
    const r = row3(pair);
    if (r !== FALLBACK) rows3[(r - 2) * WIDTH + (k % WIDTH)] = 1;
  }
  for (const k of byLength[4] ?? []) {
    const pair = Math.floor(k / W2);
    if (next2[pair] === 1) continue;
    const r = row3(pair);
    if (r === FALLBACK) continue;
    const at3 = (r - 2) * WIDTH + (Math.floor(k / WIDTH) % WIDTH);
    let v = rows3[at3]!;
    if (v === 1 || v === FALLBACK) continue;
    if (v === 0) {
      v = rows4.length / WIDTH + 2;
      if (v >= FALLBACK) {
        rows3[at3] = FALLBACK;
        continue;
      }
      for (let j = 0; j < WIDTH; j++) rows4.push(0);
      rows3[at3] = v;
    }
    rows4[(v - 2) * WIDTH + (k % WIDTH)] = 1;
  }
  return { next2, next3: Uint8Array.from(rows3), next4: Uint8Array.from(rows4) };
}

const PLANS = new WeakMap<RegExp, ScanPlan | null>();
/** Whether any plan starts with this key (most word starts are spaces and punctuation: skipped). */
const FIRST = new Uint8Array(WIDTH);
let nPlans = 0;
/**
 * Plans are meant for the lexicons compiled once at module load. A regex built per message would add
 * a plan each time; past this many, new regexes are scanned the plain way so nothing grows unbounded.
 */
const MAX_PLANS = 256;
const PLANNED: RegExp[] = [];

/** The regexes that have a plan so far (for the equivalence tests). */
export function plannedRegexes(): readonly RegExp[] {
  return PLANNED;
}

/**
 * A regex is planned on its PLAN_AFTER-th scan. Planning and compiling a second (sticky) copy of a big
 * alternation costs milliseconds: a one-shot `impostor check` scans each lexicon about once and
 * would only pay for it, while a server or a batch reaches the threshold within a few messages.
 */
const PLAN_AFTER = 8;
const SEEN = new WeakMap<RegExp, number>();
/**
 * Lexicons built once at module load (planEagerly) are planned on their first scan instead: then
 * their global form never runs, so V8 never compiles it, and a long-running analyser keeps one
 * compiled copy of each big alternation instead of two (≈ 6 MB less peak RSS on the corpus).
 */
const EAGER = new WeakSet<RegExp>();

/** Mark a lexicon compiled once at module load, so it is planned on its first scan. Returns it. */
export function planEagerly(re: RegExp): RegExp {
  EAGER.add(re);
  return re;
}

/** Whether `re` is scanned through a plan already (does not count as a scan). */
export function hasPlan(re: RegExp): boolean {
  return !!PLANS.get(re);
}

/** The scan plan of a global regex, or null when it must (still) be scanned the plain way. Counts as a scan. */
export function planOf(re: RegExp): ScanPlan | null {
  let p = PLANS.get(re);
  if (p === undefined) {
    const seen = (SEEN.get(re) ?? 0) + 1;
    if (seen < PLAN_AFTER && !EAGER.has(re)) {
      SEEN.set(re, seen);
      return null;
    }
    p = makePlan(re);
    PLANS.set(re, p);
  }
  return p;
}

function makePlan(re: RegExp): ScanPlan | null {
  const { source, flags } = re;
  if (nPlans >= MAX_PLANS || !flags.includes('u') || flags.includes('y') || flags.includes('v')) return null;
  const lead = LEADS.find((l) => source.startsWith(l));
  if (!lead) return null;
  let prefixes: Set<string>;
  try {
    prefixes = prefixesOf(source.slice(lead.length));
  } catch {
    return null;
  }
  const k1 = new Set<number>();
  const k2 = new Set<number>();
  const byLength: (Set<number> | null)[] = [null, null, null, null, null];
  for (const p of prefixes) {
    // Keys are per UTF-16 unit in the text loop; an astral character in a prefix is not handled.
    if (p.length === 0 || /[\uD800-\uDFFF]/u.test(p)) return null;
    let key = 0;
    for (let j = 0; j < p.length; j++) key = key * WIDTH + keyOf(p.charCodeAt(j));
    (byLength[p.length] ??= new Set()).add(key);
    if (p.length === 1) k1.add(key);
    else k2.add(keyOf(p.charCodeAt(0)) * WIDTH + keyOf(p.charCodeAt(1)));
  }
  const sticky = stickyOf(re);
  for (const k of k1) FIRST[k] = 1;
  for (const k of k2) FIRST[Math.floor(k / WIDTH)] = 1;
  const plan: ScanPlan = { id: nPlans++, sticky, byLength, ...buildTrie(byLength) };
  PLANNED.push(re);
  // Word starts are indexed only for the first characters some plan can start with.
  cacheText.fill(null);
  return plan;
}

/** Could `plan` match at `p`? (its first four characters' keys against the plan's prefixes) */
export function admits(plan: ScanPlan, text: string, p: number): boolean {
  const n = text.length;
  let key = 0;
  for (let j = 0; j < K; j++) key = key * WIDTH + (p + j < n ? keyOf(text.charCodeAt(p + j)) : END);
  const b = plan.byLength;
  return !!(b[4]?.has(key) || b[3]?.has(Math.floor(key / WIDTH)) || b[2]?.has(Math.floor(key / W2)) || b[1]?.has(Math.floor(key / W3)));
}

/**
 * admits() through the plan's trie: `pair` is the key of the first two characters at `p` (as the
 * index stores it). Small enough to be inlined into the scan loop.
 */
export function triePasses(plan: ScanPlan, text: string, p: number, pair: number): boolean {
  const r = plan.next2[pair]!;
  if (r <= 1) return r === 1;
  if (r === FALLBACK) return admits(plan, text, p);
  const n = text.length;
  const v = plan.next3[(r - 2) * WIDTH + (p + 2 < n ? keyOf(text.charCodeAt(p + 2)) : END)]!;
  if (v <= 1) return v === 1;
  if (v === FALLBACK) return admits(plan, text, p);
  return plan.next4[(v - 2) * WIDTH + (p + 3 < n ? keyOf(text.charCodeAt(p + 3)) : END)] === 1;
}

// ---------------------------------------------------------------------------------------------
// Prefixes of a pattern: the set of strings of at most four characters such that every match of the
// pattern begins with one of them (a shorter string means "anything may follow"). A small parser of
// the regex syntax the lexicons use; anything else (anchors, backreferences) throws and the regex gets
// no plan.

const K = 4;
/** A run of content the planner does not enumerate (a class with ranges, \s, \p{…}, .): ends a prefix. */
const VAR = '\u0000';
type Atom = { k: 'chars'; chars: string[] } | { k: 'var' } | { k: 'digit' } | { k: 'group'; alts: Atom[][] } | { k: 'opt'; atom: Atom } | { k: 'rep'; atom: Atom; min: number };

function parsePattern(src: string): Atom[][] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}`);
  };
  const alternation = (): Atom[][] => {
    const alts: Atom[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      const c = src[i]!;
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      let atom: Atom | null = null;
      if (c === '(') {
        i++;
        let look = false;
        if (src.startsWith('?:', i)) i += 2;
        else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
          i += 2;
          look = true;
        } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
          i += 3;
          look = true;
        } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
        else if (src[i] === '?') fail('group kind');
        const inner = alternation();
        if (src[i] !== ')') fail('unclosed group');
        i++;
        // Lookarounds are zero-width: they narrow what matches and consume nothing.
        atom = look ? null : { k: 'group', alts: inner };
      } else if (c === '[') {
        let j = i + 1;
        if (src[j] === ']') fail('empty class');
        while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
        if (j >= src.length) fail('unclosed class');
        const body = src.slice(i + 1, j);
        i = j + 1;
        // Only a plain list of characters is enumerated ('-' first or last is literal).
        atom = /^-?[^\\^\-[\]]+-?$/u.test(body) ? { k: 'chars', chars: [...body] } : { k: 'var' };
      } else if (c === '\\') {
        const n = src[i + 1];
        if (n === undefined) fail('trailing backslash');
        if (n === 'd') {
          i += 2;
          atom = { k: 'digit' };
        } else if (n === 'p' || n === 'P' || (n === 'u' && src[i + 2] === '{')) {
          const end = src.indexOf('}', i);
          if (end < 0) fail('unclosed escape');
          i = end + 1;
          atom = { k: 'var' };
        } else if (n === 'k' || /[1-9]/u.test(n!)) {
          fail('backreference');
        } else if (/[A-Za-z0]/u.test(n!)) {
          // \s \w \b \n \t \uXXXX \xXX \cX …: treated as unknown content (\b is zero-width, so "unknown"
          // only shortens the prefix, which keeps it a superset).
          i += 2;
          if (n === 'u') i += 4;
          else if (n === 'x') i += 2;
          else if (n === 'c') i += 1;
          atom = { k: 'var' };
        } else {
          i += 2;
          atom = { k: 'chars', chars: [n!] };
        }
      } else if (c === '.') {
        i++;
        atom = { k: 'var' };
      } else if (c === '^' || c === '$' || c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') {
        fail(`unexpected ${c}`);
        atom = null;
      } else {
        // A whole code point: an astral character is one atom.
        const cp = src.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        i += ch.length;
        atom = { k: 'chars', chars: [ch] };
      }
      // Quantifier (and its lazy mark). A quantified lookaround is not valid with the u flag.
      const q = src[i];
      if (atom && (q === '?' || q === '*' || q === '+' || q === '{')) {
        let min: number;
        if (q === '{') {
          const m = /^\{(\d+)(,\d*)?\}/u.exec(src.slice(i, i + 16));
          if (!m) fail('bad quantifier');
          min = Number(m![1]);
          i += m![0].length;
        } else {
          min = q === '+' ? 1 : 0;
          i++;
        }
        if (src[i] === '?') i++;
        atom = q === '?' ? { k: 'opt', atom } : { k: 'rep', atom, min };
      }
      if (atom) alts[alts.length - 1]!.push(atom);
    }
    return alts;
  };
  const root = alternation();
  if (i !== src.length) fail('unbalanced');
  return root;
}

/** Prefixes of a sequence; strings ending in VAR are open (anything may follow). */
function seqPrefixes(seq: readonly Atom[]): Set<string> {
  let acc = new Set<string>(['']);
  for (const atom of seq) {
    let done = true;
    for (const a of acc) if (a.length < K && !a.endsWith(VAR)) done = false;
    if (done) break;
    const parts = atomPrefixes(atom);
    const next = new Set<string>();
    for (const a of acc) {
      if (a.length >= K || a.endsWith(VAR)) {
        next.add(a);
        continue;
      }
      for (const b of parts) {
        const s = a + b;
        next.add(s.length > K ? s.slice(0, K) : s);
      }
    }
    acc = next;
    if (acc.size > 20_000) throw new Error('too many prefixes');
  }
  return acc;
}

function atomPrefixes(atom: Atom): Set<string> {
  switch (atom.k) {
    case 'chars':
      return new Set(atom.chars);
    case 'var':
      return new Set([VAR]);
    case 'digit':
      // \d matches one ASCII digit; what follows may be another digit or the rest: unknown.
      return new Set('0123456789'.split('').map((d) => d + VAR));
    case 'group': {
      const out = new Set<string>();
      for (const alt of atom.alts) for (const s of seqPrefixes(alt)) out.add(s);
      return out;
    }
    case 'opt': {
      const out = atomPrefixes(atom.atom);
      out.add('');
      return out;
    }
    case 'rep': {
      // min copies, then anything (more copies or what follows).
      const seq: Atom[] = Array.from({ length: Math.min(atom.min, K) }, () => atom.atom);
      const out = new Set<string>();
      for (const s of seqPrefixes(seq)) out.add(s.length >= K ? s : s + VAR);
      return out;
    }
  }
}

/** The possible first (at most four) characters of any match of `pattern` (exported for tests). */
export function prefixesOf(pattern: string): Set<string> {
  const out = new Set<string>();
  for (const alt of parsePattern(pattern)) {
    for (const s of seqPrefixes(alt)) {
      const cut = s.indexOf(VAR);
      out.add(cut < 0 ? s : s.slice(0, cut));
    }
  }
  // A prefix like "a" (open) covers "ab": keep the set as is (both keys are looked up).
  return out;
}

// ---------------------------------------------------------------------------------------------
// Per-text index: for each plan, its candidate positions in increasing order.

const LN = /[\p{L}\p{N}]/u;
// Letter-or-number flags for the BMP, filled in as characters are met (0 = not looked up yet, 1 =
// letter or number, 2 = neither): a one-shot check meets a few dozen distinct characters, and
// testing all 65,536 up front cost it ≈ 5 ms. A lone surrogate is neither, as before.
const BMP_LN = new Uint8Array(0x10000);
function lookUpLN(c: number): number {
  return (BMP_LN[c] = LN.test(String.fromCharCode(c)) ? 1 : 2);
}
const astralLN = new Map<number, boolean>();
function isAstralLetterOrNumber(cp: number): boolean {
  let v = astralLN.get(cp);
  if (v === undefined) {
    v = LN.test(String.fromCodePoint(cp));
    if (astralLN.size < 10_000) astralLN.set(cp, v);
  }
  return v;
}

/** The word starts of a text that some plan can begin with, and the keys of their first two characters. */
export interface TextIndex {
  count: number;
  starts: number[];
  pairs: number[];
}

function buildIndex(text: string): TextIndex {
  const ln = BMP_LN;
  const n = text.length;
  const starts: number[] = [];
  const pairs: number[] = [];
  let prevLN = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Inside a word (the common case): only whether it goes on.
    if (prevLN && (c < 0xd800 || c > 0xdbff)) {
      const f = ln[c]!;
      prevLN = (f === 0 ? lookUpLN(c) : f) === 1;
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (!prevLN) {
      const k0 = keyOf(cp);
      if (FIRST[k0] === 1) {
        starts.push(i);
        pairs.push(k0 * WIDTH + (i + width < n ? keyOf(text.charCodeAt(i + width)) : END));
      }
    }
    if (width === 2) prevLN = isAstralLetterOrNumber(cp);
    else {
      const f = ln[cp]!;
      prevLN = (f === 0 ? lookUpLN(cp) : f) === 1;
    }
    i += width;
  }
  return { count: starts.length, starts, pairs };
}

// The index of the last few texts (a message's capped text and a rule's window alternate).
const CACHE = 4;
const cacheText: (string | null)[] = Array<string | null>(CACHE).fill(null);
const cacheIndex: TextIndex[] = Array.from({ length: CACHE }, () => ({ count: 0, starts: [], pairs: [] }));
let cacheNext = 0;

/** The word-start index of `text` (cached for the last few texts). */
export function indexOf(text: string): TextIndex {
  for (let s = 0; s < CACHE; s++) {
    if (cacheText[s] === text) return cacheIndex[s]!;
  }
  const idx = buildIndex(text);
  cacheText[cacheNext] = text;
  cacheIndex[cacheNext] = idx;
  cacheNext = (cacheNext + 1) % CACHE;
  return idx;
}

