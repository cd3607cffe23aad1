import type { Evidence, Span } from '../types.js';
import { ev, findAll, type Match } from './match.js';
import { hasPlan, planEagerly } from './scan-plan.js';

// Shared multilingual vocabulary of the "requests the brand never makes" rules: the verbs that turn
// a topic (a code, a card number, a wallet) into an ask, and the warnings that turn it back into
// advice ("Never share this code"). English, German, Spanish first; French, Portuguese, Dutch where
// the words are unambiguous.
//
// JavaScript's \b is ASCII-only, so "\bÜberweisung" never matches after a space: every lexicon is
// wrapped in Unicode-aware lookarounds instead.

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

/** One alternation, word-bounded on Unicode letters, global + case-insensitive + unicode. */
export function lexicon(parts: readonly string[], flags = 'giu'): RegExp {
  return planEagerly(new RegExp(`${B}(?:${parts.join('|')})${E}`, flags));
}

// Speed: a big Unicode alternation costs microseconds per message even when nothing matches. A
// gated lexicon lists gate words: plain lower-case substrings at least one of which every string the
// lexicon can match contains. `matches` skips the scan when the message holds none of them (a few
// substring searches on the lower-cased text). A wrong gate would hide matches, so the test
// expands every alternative and checks that each expansion contains a gate word.
const GATES = new WeakMap<RegExp, { words: readonly string[]; parts: readonly string[] }>();

/** `lexicon` with a gate: `words` are space-separated lower-case ASCII substrings, one must occur. */
export function gatedLexicon(parts: readonly string[], words: string): RegExp {
  const re = lexicon(parts);
  GATES.set(re, { words: words.split(/\s+/u).filter(Boolean), parts });
  return re;
}

/** The gate of a lexicon (for the test), or undefined. */
export function gateOf(re: RegExp): { words: readonly string[]; parts: readonly string[] } | undefined {
  return GATES.get(re);
}

/**
 * Lower-cases for the gate test. The lexicons match case-insensitively by Unicode simple case
 * folding, which also maps the long s (U+017F) to "s" where toLowerCase keeps it; every other
 * folding onto an ASCII letter (Kelvin sign) toLowerCase already does.
 */
export function foldForGate(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

let foldedOf: string | null = null;
let folded = '';

/** Could the gated lexicon `re` match `text`? (true when it has no gate) */
export function passesGate(re: RegExp, text: string): boolean {
  const g = GATES.get(re);
  if (!g) return true;
  if (text !== foldedOf) {
    folded = foldForGate(text);
    foldedOf = text;
  }
  for (const w of g.words) if (folded.includes(w)) return true;
  return false;
}

/** Rules scan at most this much text: asks sit near the top, and 200k-char mails must stay fast. */
export const SCAN_CAP = 30_000;

/** Verbs that ask someone to hand over information: "read it to me", "confirm your", "dígame". */
export const ASK_SHARE = lexicon([
  // English
  'read (?:it|them|that|this|the code|the numbers?|me|us|out|back)',
  'tell (?:me|us)',
  'give (?:me|us|it|them)',
  'share (?:it|them|this|that|the|your|with)',
  'send (?:me|us|it|them|this|that|the|your|back|over)',
  'reply (?:with|back|to this (?:message|text) with)',
  'respond with',
  'text (?:me|us|it|back)',
  'forward (?:it|the|this|that)',
  'provide(?: us| me)?(?: with)?',
  'confirm(?:ing)?',
  'verify(?:ing)?',
  'validate',
  're-?enter',
  'enter',
  'type in',
  'key in',
  'fill in',
  'submit',
  'repeat',
  'what(?:[’\']s| is) (?:the|your)',
  'need (?:the|your)',
  'can i (?:have|get)',
  'may i have',
  'let me (?:have|know)',
  // German (verbs in the imperative/infinitive; negation often follows the verb: "geben Sie … nicht weiter")
  'nennen',
  'vorlesen',
  'mitteilen',
  'durchgeben',
  'weitergeben',
  'geben Sie',
  'gib',
  'angeben',
  'eingeben',
  'best[äa]tigen',
  'senden',
  'schicken',
  '[üu]bermitteln',
  'antworten Sie',
  'verifizieren',
  // Spanish
  'd[ií]game',
  'd[ií]ganos',
  'l[eé]ame',
  'comp[aá]rta(?:lo|la|nos|me)?',
  'compartir',
  'env[ií]e(?:nos|lo|la|me)?',
  'enviar',
  'responda con',
  'reenv[ií]e',
  'proporcione',
  'proporcionar',
  'facil[ií]te(?:nos)?',
  'ind[ií]que(?:nos)?',
  'confirme',
  'confirmar',
  'verifique',
  'verificar',
  'introduzca',
  'ingrese',
  'necesitamos',
  // French
  'communiquez',
  'donnez',
  'envoyez',
  'confirmez',
  'saisissez',
  'indiquez',
  'transmettez',
  'v[ée]rifiez',
  // Portuguese
  'informe',
  'envie',
  'diga',
  'passe',
  'digite',
  'forne[cç]a',
  // Dutch
  'geef',
  'stuur',
  'deel',
  'bevestig',
  'voer (?:uw|je|de|het)',
  'lees (?:voor|op)',
]);

/**
 * Verbs of paying or moving money ("pay", "send money", "überweisen", "transfiera", "payez"). Nouns
 * alone ("Payment method: bank transfer" on a genuine receipt) are not asks, so only verbs and
 * "make a payment"-style phrases are listed.
 */
export const PAY = lexicon([
  'pay',
  'paying',
  '(?:be|been|get) paid',
  'send(?:ing)?',
  'transfer(?:ring)?',
  'deposit(?:ing)?',
  'wire',
  'remit',
  'settle',
  'load',
  'insert',
  'feed',
  'convert',
  '(?:make|complete|submit|process|finish|send) (?:a |the |your |this )?payment',
  '(?:make|send|do|initiate|complete|arrange|process) (?:a |an |the )?(?:wire|bank transfer|transfer|deposit)',
  'payment (?:must|should|can|has to|needs to|will need to) be (?:made|sent|done|completed)',
  '(?:be)?zahlen',
  'begleichen',
  '[üu]berweisen',
  'einzahlen',
  '(?:leisten Sie|t[äa]tigen Sie) (?:die |eine |Ihre )?zahlung',
  'zahlung (?:leisten|t[äa]tigen|vornehmen)',
  'senden',
  'pagar',
  'pague',
  'paga',
  'abone',
  'transferir',
  'transfiera',
  'depositar',
  'deposite',
  'env[ií]e',
  'enviar',
  '(?:realice|haga|efect[uú]e) (?:el|un|su) pago',
  'payer',
  'payez',
  'r[ée]glez',
  'r[ée]gler',
  'virer',
  'virez',
  'versez',
  'effectuez (?:le|un|votre) paiement',
  'transfira',
  'fa[cç]a (?:o|um) pagamento',
  'betalen',
  'betaal',
  'overmaken',
  'maak (?:het bedrag |het geld )?over',
]);

/** Verbs of installing or opening software: "download", "install", "herunterladen", "descargue". */
export const INSTALL = lexicon([
  'download(?:ing|ed)?',
  'install(?:ing|ed)?',
  'run',
  'open',
  'launch',
  'execute',
  'set up',
  'go to',
  'visit',
  'get',
  'herunterladen',
  'laden Sie',
  'installieren',
  '[öo]ffnen',
  'starten',
  'ausf[üu]hren',
  'descargue',
  'descargar',
  'descarga',
  'instale',
  'instalar',
  'instala',
  'abra',
  'abrir',
  'ejecute',
  't[ée]l[ée]chargez',
  't[ée]l[ée]charger',
  'installez',
  'ouvrez',
  'baixe',
  'baixar',
  'instale',
  'installeer',
  'installeren',
  'downloaden',
]);

// A warning, not an ask: "never share", "Amazon will never ask", "scammers may ask you to",
// "if someone asks you to". Anywhere earlier in the same sentence.
const WARN_ANYWHERE = lexicon([
  'never',
  'nunca',
  'niemals',
  'jamais',
  'nooit',
  'jamais',
  'nie',
  'beware',
  'be (?:careful|wary|cautious)',
  'watch out',
  'warning',
  'scam(?:mer)?s? (?:may|might|will|often|could|usually|sometimes|can|typically|would|ask|tell|try)',
  'fraudsters?',
  'con ?men',
  'con artists?',
  'phishers?',
  'criminals',
  'crooks',
  'impostors?',
  'betr[üu]ger',
  'estafadores',
  'escrocs?',
  'golpistas',
  'oplichters',
  '(?:if|when) (?:someone|anyone|somebody|anybody|a caller|a stranger|they|a person)',
  'wenn (?:jemand|Sie jemand)',
  'si (?:alguien|quelqu[’\']un)',
]);
// A negation right before the verb ("do not share", "no comparta", "ne partagez").
const NEG_BEFORE = lexicon(['not', 'no', 'don[’\']t', 'won[’\']t', 'nicht', 'kein', 'ne', 'não', 'niet', 'geen']);
// A negation right after the verb, as German and Dutch write it ("geben Sie den Code nicht weiter").
const NEG_AFTER = lexicon([
  'nicht',
  'niemals',
  'niemandem',
  'keinem',
  'nie',
  'with (?:anyone|anybody|no ?one)',
  'to (?:anyone|anybody|no ?one)',
  'con nadie',
  'a nadie',
  '[àa] personne',
  'com ningu[ée]m',
  'met niemand',
  'niet',
  'never',
  'jamais',
]);

const SENTENCE_END = /[.!?\n;]/;

/** The sentence around a span, bounded to `maxBack` / `maxFwd` characters. */
export function sentenceAround(text: string, span: Span, maxBack = 200, maxFwd = 200): Span {
  let start = span.start;
  const lo = Math.max(0, span.start - maxBack);
  while (start > lo && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = span.end;
  const hi = Math.min(text.length, span.end + maxFwd);
  while (end < hi && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end };
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/**
 * True when the ask at `span` is really a warning: "Don't share this code with anyone", "Amazon will
 * never ask for your PIN", "If someone asks you to install AnyDesk, hang up".
 */
export function isWarning(text: string, span: Span): boolean {
  const s = sentenceAround(text, span);
  if (test(WARN_ANYWHERE, text.slice(s.start, span.start))) return true;
  if (test(NEG_BEFORE, text.slice(Math.max(s.start, span.start - 24), span.start))) return true;
  if (test(NEG_AFTER, text.slice(span.end, Math.min(s.end, span.end + 50)))) return true;
  return false;
}

/**
 * The first (ask, target) pair within `maxGap` characters of each other whose ask is not a warning.
 * Asks and targets are both in text order; the scan is O(asks × targets) with both capped.
 */
export function firstAskNear<T extends Span>(text: string, asks: readonly Match[], targets: readonly T[], maxGap: number): { ask: Match; target: T } | null {
  for (const target of targets) {
    for (const ask of asks) {
      const g = ask.end <= target.start ? target.start - ask.end : target.end <= ask.start ? ask.start - target.end : 0;
      if (g > maxGap) continue;
      // "transfer" inside "bank transfer" is the topic, not an ask about it.
      if (ask.start >= target.start && ask.end <= target.end) continue;
      if (isWarning(text, ask) || isWarning(text, target)) continue;
      return { ask, target };
    }
  }
  return null;
}

// PAY, INSTALL and ASK_SHARE are scanned by several rules over the same scanned text (PAY by three):
// the matches of the last text are kept per shared lexicon, so each is scanned once per message.
// A cached list answers a call when it was collected with at least that cap, or is complete (fewer
// matches than its cap); findAll returns matches in text order, so a prefix equals a capped scan.
// Keyed on the text's value, so it can never serve another message's matches.
const SHARED = new Set<RegExp>();
let sharedText: string | null = null;
const sharedHits = new Map<RegExp, { max: number; all: Match[] }>();
for (const re of [ASK_SHARE, PAY, INSTALL]) SHARED.add(re);

/** findAll with a cheap cap, on the scanned text. */
export function matches(text: string, re: RegExp, max = 40): Match[] {
  // A lexicon with a scan plan (scan-plan.ts) only tries the word starts that can begin a match,
  // which is cheaper than the substring gate; the gate serves the others.
  if (!SHARED.has(re)) return hasPlan(re) || passesGate(re, text) ? findAll(text, re, max) : [];
  if (text !== sharedText) {
    sharedText = text;
    sharedHits.clear();
  }
  const hit = sharedHits.get(re);
  if (hit && (hit.max >= max || hit.all.length < hit.max)) return hit.all.slice(0, max);
  const all = findAll(text, re, max);
  sharedHits.set(re, { max, all });
  return all.slice();
}

/** Text evidence for spans in order, with overlapping spans merged (an ask can also be the topic). */
export function spanEvidence(text: string, ...spans: Span[]): Evidence[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged.map((s) => ev(text, s));
}
