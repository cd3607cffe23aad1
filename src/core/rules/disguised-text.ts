import { defineRule, textEvidence, type RuleHit } from './define-rule.js';

// Words spelled with look-alike letters from another alphabet ("Аmazon" with a Cyrillic А,
// "Cryрto is restrictеd") exist only to slip past keyword filters; no genuine sender writes that
// way. The parser folds such words to what the reader sees (so other rules still match them) and
// records the originals, which this rule reports.

export default defineRule({
  meta: {
    id: 'disguised-text',
    title: 'Words disguised with look-alike letters',
    description:
      'Some words mix Latin letters with look-alike Cyrillic, Greek or Armenian letters, so they read normally but do not match filters. Genuine messages do not do this; scammers do it to hide brand names and scam wording.',
    category: 'impersonation',
    channels: ['email', 'sms', 'call'],
    messages: {
      disguisedBrand: 'The brand name "{{word}}" is written with look-alike letters from another alphabet, to get past filters.',
      disguisedWords: '{{count}} word(s) are written with look-alike letters from another alphabet (e.g. "{{word}}"), to get past filters.',
    },
    falsePositives: [
      'Bilingual text where a Latin word is glued to a Cyrillic or Greek word without a space.',
      'Scientific or mathematical text mixing Greek letters into Latin words (e.g. "αlpha-test").',
    ],
    references: ['https://www.unicode.org/reports/tr39/'],
  },
  check(ctx) {
    const list = ctx.message.disguised;
    if (!list || list.length === 0) return [];
    const hits: RuleHit<'disguisedBrand' | 'disguisedWords'>[] = [];
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
