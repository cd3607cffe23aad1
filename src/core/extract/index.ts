import type { BrandPack } from '../brands/schema.js';
import type { Limits } from '../limits.js';
import type { Entity, Link, Message } from '../types.js';
import {
  brandMatcher,
  extractBrandMentions,
  extractClaimCodes,
  extractGiftCards,
  extractMoney,
  extractOrderNumbers,
  extractOtps,
  extractRemoteTools,
} from './lexical.js';
import { extractPhones, type PhoneBudget } from './phones.js';
import { extractUrls } from './urls.js';

export { urlInfo, type UrlInfo } from './urls.js';
export { extractPhones, parseSenderNumber, type PhoneBudget, type PhoneData } from './phones.js';
export { REMOTE_TOOLS, brandMatcher } from './lexical.js';

export interface Extraction {
  entities: Entity[];
  /** URLs found in plain text that were not already HTML anchors; analyze appends them to links. */
  textLinks: Link[];
}

const matchers = new WeakMap<readonly BrandPack[], ReturnType<typeof brandMatcher>>();

export function extractAll(message: Message, brands: readonly BrandPack[], limits: Limits): Extraction {
  const max = limits.maxEntitiesPerType;
  const text = message.text;
  let matcher = matchers.get(brands);
  if (!matcher) {
    matcher = brandMatcher(brands);
    matchers.set(brands, matcher);
  }
  const { entities: urlEntities, textLinks } = extractUrls(message, max);
  const phoneBudget: PhoneBudget = { tries: limits.maxPhoneTries, exhausted: false };
  const phones = extractPhones(text, max, true, phoneBudget);
  if (phoneBudget.exhausted) {
    message.warnings.push(`phones_truncated: stopped looking for phone numbers after rejecting ${limits.maxPhoneTries} number-like candidates`);
  }
  const entities: Entity[] = [
    ...urlEntities,
    ...phones,
    ...extractMoney(text, max),
    ...extractGiftCards(text, max),
    ...extractClaimCodes(text, max),
    ...extractOtps(text, max),
    ...extractOrderNumbers(text, max),
    ...extractRemoteTools(text, max),
    ...extractBrandMentions(text, matcher, max),
  ];
  // Each extractor stops at `max` of its type: a list that reached it may have left some out.
  const counts = new Map<string, number>();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const full = [...counts].filter(([, n]) => n >= max).map(([t]) => t);
  if (full.length) message.warnings.push(`entities_truncated: kept the first ${max} of each of: ${full.join(', ')}; later ones were not checked`);
  return { entities, textLinks };
}
