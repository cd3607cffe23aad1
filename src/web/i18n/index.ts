import { de } from './de.js';
import { en, type UiKey, type UiStrings } from './en.js';

// Interface strings per locale, as data. The locale comes from the reader's choice (kept in
// localStorage), else from the browser's languages, else English. A string a locale lacks is
// shown in English and marked so (lang="en"), never left blank. English and German are complete
// (i18n.test.ts holds German to every English key); a language is added only with strings written
// by someone who reads it, never machine-produced.

export const LOCALES = { en, de } as const satisfies Record<string, Partial<UiStrings>>;
export type Locale = keyof typeof LOCALES;
export const LOCALE_IDS = Object.keys(LOCALES) as Locale[];

export function isLocale(s: string | null | undefined): s is Locale {
  return !!s && Object.hasOwn(LOCALES, s);
}

/** The first supported language among the browser's, by its primary subtag ("de-AT" → de). */
export function pickLocale(stored: string | null, languages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}

export interface Text {
  /** The string; in English when the locale lacks it. */
  s: string;
  /** The language the string is actually in. */
  lang: Locale;
}

export function lookup(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): Text {
  const own = (LOCALES[locale] as Partial<UiStrings>)[key];
  const s = own ?? en[key];
  return { s: fill(s, vars), lang: own === undefined ? 'en' : locale };
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : m));
}

export type { UiKey, UiStrings };
