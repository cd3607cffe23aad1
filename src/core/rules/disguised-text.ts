import { defineRule, textEvidence, type RuleHit } from './define-rule.js';

// Words spelled with look-alike letters from another alphabet ("Аmazon" with a Cyrillic А,
// "Cryрto is restrictеd") exist only to slip past keyword filters; no genuine sender writes that
// way. The parser folds such words to what the reader sees (so other rules still match them) and
// records the originals, which this rule reports.

// The text-message form of the same trick: "Your paymen.t for la.st month was pa.id", "Y0U FED3R4L
// RETURN W4S B4N, C!ick here". A dot inside a lower-case word, or a digit or "!" between two
// letters, in three or more words. Links (a path or scheme after the dot), abbreviations ("e.g.",
// "a.m.") and product codes with digits at the ends ("4G", "MP3", "B2B") do not count.
const DOTTED = /(?<![\p{L}\p{N}./@:])\p{Ll}{1,10}\.\p{Ll}{1,10}(?![\p{L}\p{N}/@]|\.\p{L})/gu;
const LEET = /(?<![\p{L}\p{N}])\p{L}*\p{L}[0134!]\p{L}[\p{L}\p{N}!']*/gu;
const ABBREVIATION = /^(?:e\.g|i\.e|a\.m|p\.m|a\.k|n\.b|p\.s|v\.s|et\.al|ph\.d)$/;

function brokenSpelling(text: string): RuleHit<'brokenWords'>[] {
  const found: { start: number; end: number; word: string }[] = [];
  for (const re of [DOTTED, LEET]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && found.length < 20; m = re.exec(text)) {
      if (re === DOTTED && ABBREVIATION.test(m[0])) continue;
      // A vowel-free "word" with a digit ("H1N1", "KJN468") is a code, not a disguised word.
      if (re === LEET && !/[aeiouy]/i.test(m[0].replace(/[0134!]/g, ''))) continue;
      found.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
    }
  }
  // A missing space after a full stop ("you.thats", "me.i") looks the same, but a typist leaves it
  // out now and then, while the obfuscators break one word in every few: dotted words count only
  // when they are at least a fifth of the words.
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  const dotted = found.filter((f) => f.word.includes('.') && !/[0134!]/.test(f.word)).length;
  if (dotted && dotted / Math.max(1, words) < 0.2) {
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.word.includes('.') && !/[0134!]/.test(found[i]!.word)) found.splice(i, 1);
  }
  const distinct = new Set(found.map((f) => f.word.toLowerCase())).size;
  if (distinct < 3) return [];
  found.sort((a, b) => a.start - b.start);
  return [
    {
      messageId: 'brokenWords',
      strength: distinct >= 5 ? 1 : 0.6,
      evidence: found.slice(0, 5).map((f) => textEvidence(text, f.start, f.end)),
      data: { count: distinct, word: found[0]!.word },
    },
  ];
}

export default defineRule({
  meta: {
    id: 'disguised-text',
    title: 'Words disguised with look-alike letters',
    description:
      'Some words mix Latin letters with look-alike Cyrillic, Greek or Armenian letters. They read normally but do not match filters. Real messages do not do this; scammers do it to hide brand names and scam wording.',
    category: 'impersonation',
    channels: ['email', 'sms', 'call'],
    messages: {
      disguisedBrand: 'The brand name "{{word}}" has look-alike letters from another alphabet. This fools filters.',
      disguisedWords: '{{count}} word(s) are spelled with look-alike letters from another alphabet, for example "{{word}}". This gets past filters.',
      brokenWords: '{{count}} words are broken up with dots or written with digits and symbols for letters (e.g. "{{word}}"), to get past filters.',
    },
    falsePositives: [
      'Bilingual text where a Latin word is glued to a Cyrillic or Greek word without a space.',
      'Scientific or mathematical text mixing Greek letters into Latin words (e.g. "αlpha-test").',
    ],
    references: ['https://www.unicode.org/reports/tr39/'],
  },
  check(ctx) {
    const list = ctx.message.disguised;
    if (!list || list.length === 0) return ctx.message.channel === 'sms' ? brokenSpelling(ctx.text.slice(0, 2000)) : [];
    const hits: RuleHit<'disguisedBrand' | 'disguisedWords' | 'brokenWords'>[] = [];
    const brandMentions = ctx.byType('brand');
    const brandWord = list.find((d) => brandMentions.some((b) => b.span && b.span.start < d.end && d.start < b.span.end));
    if (brandWord) {
      hits.push({ messageId: 'disguisedBrand', evidence: [textEvidence(ctx.text, brandWord.start, brandWord.end)], data: { word: brandWord.original } });
      return hits;
    }
    // One odd word can be a typo in a bilingual text; several are a pattern.
    const strength = list.length >= 2 ? 1 : 0.6;
    hits.push({
      messageId: 'disguisedWords',
      strength,
      evidence: list.slice(0, 5).map((d) => textEvidence(ctx.text, d.start, d.end)),
      data: { count: list.length, word: list[0]!.original },
    });
    return hits;
  },
});
