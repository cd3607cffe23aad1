// Unicode confusables for domain names, after the idea of UTS #39 "skeletons": two strings that
// look alike map to the same prototype. The full Unicode confusables.txt is ~6,000 entries for all
// scripts; phishing domains imitate Latin brand names, so this is a compact table of the characters
// that pass for Latin letters (Cyrillic, Greek, Armenian, Latin extensions, IPA and small capitals).
// Accented Latin letters are handled by Unicode decomposition (NFKD), which also folds full-width
// and mathematical letters.

const TABLE: Record<string, string> = {
  // Cyrillic (lower and upper case): the classic IDN homograph attack (аpple.com with Cyrillic а).
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԍ: 'g', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ь: 'b', ѵ: 'v', ɡ: 'g', ү: 'y',
  ո: 'n', ս: 'u', օ: 'o', հ: 'h', ց: 'g', զ: 'q', ռ: 'n', // Armenian
  А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', У: 'y', Х: 'x', Ѕ: 's', І: 'i', Ј: 'j', Ԛ: 'q', Ԝ: 'w', Ӏ: 'l',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w', ϲ: 'c', ϳ: 'j',
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
  // Latin letters without a decomposition, IPA letters and small capitals.
  ı: 'i', ɩ: 'i', ɪ: 'i', ɨ: 'i', ł: 'l', ɫ: 'l', ƚ: 'l', đ: 'd', ɗ: 'd', ɖ: 'd', ħ: 'h', ɦ: 'h', ⱨ: 'h', ø: 'o', ơ: 'o', ᴏ: 'o',
  ɑ: 'a', ə: 'a', ỿ: 'y', ɇ: 'e', ʙ: 'b', ɓ: 'b', ƅ: 'b', ƀ: 'b', ᴄ: 'c', ƈ: 'c', ƒ: 'f', ɢ: 'g', ǥ: 'g', ɠ: 'g', ʝ: 'j', ɉ: 'j',
  ᴋ: 'k', ⱪ: 'k', ƙ: 'k', ᴍ: 'm', ɱ: 'm', ꞑ: 'n', ɲ: 'n', ƞ: 'n', ƿ: 'p', ƥ: 'p', ʠ: 'q', ʀ: 'r', ɼ: 'r', ɽ: 'r', ɍ: 'r', ɾ: 'r',
  ʂ: 's', ꜱ: 's', ŧ: 't', ƫ: 't', ƭ: 't', ᴜ: 'u', ʉ: 'u', ư: 'u', ⱱ: 'v', ᶌ: 'v', ⱴ: 'v', ᴠ: 'v', ⱳ: 'w', ᴡ: 'w', ʏ: 'y', ɏ: 'y',
  ƴ: 'y', ʐ: 'z', ᴢ: 'z', ƶ: 'z', ⱬ: 'z', ȥ: 'z', ƻ: '2', ƽ: '5', ß: 'ss', æ: 'ae', œ: 'oe',
};

const MARKS = /\p{M}+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-case, decompose, drop accents and map lookalike letters to the Latin letter they imitate. */
export function foldToAscii(input: string): string {
  const s = input.slice(0, 256);
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  const decomposed = s.normalize('NFKD').replace(MARKS, '');
  let out = '';
  for (const ch of decomposed) {
    const mapped = TABLE[ch];
    if (mapped !== undefined) out += mapped;
    else out += ch.toLowerCase();
  }
  return out;
}

// Sequences that read as another letter at a glance. Ordered: multi-letter first.
const SEQUENCES: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/[1|!i]/g, 'l'],
  [/0/g, 'o'],
];

/**
 * The skeleton: what a string looks like, for comparing a domain label with a brand name. Both sides
 * must be skeletons ("paypa1" and "paypal" both become "paypal"; "rnicrosoft" becomes "microsoft").
 * Deliberately loose (i, 1 and l are one shape), so only ever compare with known brand tokens.
 */
export function skeleton(input: string): string {
  let s = foldToAscii(input);
  for (const [re, to] of SEQUENCES) s = s.replace(re, to);
  return s;
}

export type ScriptName = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'other';

const SCRIPT_TESTS: [ScriptName, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
];

/** Scripts of the letters in a string (digits, hyphens and dots belong to none). */
export function scriptsOf(input: string): Set<ScriptName> {
  const out = new Set<ScriptName>();
  for (const ch of input.slice(0, 256)) {
    if (!/\p{L}/u.test(ch)) continue;
    const hit = SCRIPT_TESTS.find(([, re]) => re.test(ch));
    out.add(hit ? hit[0] : 'other');
  }
  return out;
}

/**
 * A label that mixes Latin with Cyrillic, Greek or Armenian letters: genuine names in those scripts
 * are written wholly in them, so a mix inside one label is the homograph trick.
 */
export function isMixedScript(label: string): boolean {
  const s = scriptsOf(label);
  return s.size > 1 && s.has('latin');
}

/** Whether any character would change under folding (accented or non-Latin letters). */
export function hasNonAscii(input: string): boolean {
  return !ASCII_ONLY.test(input);
}

/** The Latin letter a single character passes for (one character only), or undefined. */
export function latinLookalikeOf(ch: string): string | undefined {
  const m = TABLE[ch];
  return m !== undefined && m.length === 1 && /[a-z]/.test(m) ? m : undefined;
}
