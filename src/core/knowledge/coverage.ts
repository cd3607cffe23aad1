import { LANGUAGES, type Lang, type PhraseList } from './lexicon.js';
import * as PRESSURE from './language/pressure.js';
import * as REQUESTS from './language/requests.js';
import * as LURES from './language/lures.js';

// How many phrases each tactic has in each language, for the coverage table in docs/knowledge.md
// (language.test.ts fails when the table there differs from this one).

/** The data files, in the docs' order, with their phrase lists. */
export const LANGUAGE_DATA: readonly { file: string; lists: Readonly<Record<string, PhraseList>> }[] = [
  { file: 'pressure.ts', lists: PRESSURE },
  { file: 'requests.ts', lists: REQUESTS },
  { file: 'lures.ts', lists: LURES },
];

/** Phrases per language of one list. */
export function phrasesPerLanguage(list: PhraseList): Record<Lang, number> {
  const n = Object.fromEntries(LANGUAGES.map((l) => [l, 0])) as Record<Lang, number>;
  for (const g of list.phrases) n[g.lang] += g.phrases.length;
  return n;
}

/** The coverage table as Markdown: one row per list, one column per language, totals last. */
export function coverageTable(): string {
  const head = `| List | ${LANGUAGES.join(' | ')} | All |`;
  const rule = `| --- |${LANGUAGES.map(() => ' ---: |').join('')} ---: |`;
  const rows: string[] = [];
  const total = Object.fromEntries(LANGUAGES.map((l) => [l, 0])) as Record<Lang, number>;
  for (const { file, lists } of LANGUAGE_DATA) {
    for (const [name, list] of Object.entries(lists)) {
      const n = phrasesPerLanguage(list);
      let all = 0;
      for (const l of LANGUAGES) {
        total[l] += n[l];
        all += n[l];
      }
      rows.push(`| \`${name}\` (${file}) | ${LANGUAGES.map((l) => n[l] || '').join(' | ')} | ${all} |`);
    }
  }
  const sum = LANGUAGES.reduce((s, l) => s + total[l], 0);
  rows.push(`| All | ${LANGUAGES.map((l) => total[l]).join(' | ')} | ${sum} |`);
  return [head, rule, ...rows].join('\n');
}
