import type { BrandPack } from '../brands/schema.js';
import type { Entity } from '../types.js';
import { isOfficialWebDomain } from './claim.js';
import type { AnalyzedLink } from './links.js';
import type { BrandClaim, LinkVerdict } from './types.js';

// Facts that make a message look genuine, shared by the genuine-evidence rules. Each one is
// something a person can check in the message itself; none of them proves who sent it.

/** The numbers the claimed brand publishes as official. */
export function officialPhones(claim: BrandClaim | null): Set<string> {
  return new Set(claim ? claim.pack.publishedPhones.filter((p) => p.confidence === 'official').map((p) => p.number) : []);
}

/** Phone numbers in the text that are not a number the claimed brand publishes as official. */
export function unpublishedPhones(phones: readonly Entity[], claim: BrandClaim | null): Entity[] {
  const official = officialPhones(claim);
  return phones.filter((p) => !official.has(p.value));
}

export type { LinkVerdict } from './types.js';

/** Where the message's links go, judged once per message. */
export function linkVerdict(analyzed: readonly AnalyzedLink[], packs: readonly BrandPack[]): LinkVerdict {
  const links = analyzed.filter((a) => a.facts.scheme === 'http' || a.facts.scheme === 'https' || a.facts.scheme === '');
  const brands = new Set<string>();
  let allOfficial = links.length > 0;
  for (const a of links) {
    const f = a.facts;
    const pack = f.host ? packs.find((b) => isOfficialWebDomain(b, f.host)) : undefined;
    if (!pack || f.isIp || f.userinfo || f.shortener || f.redirectTo || f.opaqueWrapper) {
      allOfficial = false;
      break;
    }
    brands.add(pack.id);
  }
  return { links, allOfficial, brands: [...brands] };
}

// Words that ask the reader to act on the message: reply, send, tell, call, click, tap, visit.
// A code notice that says "do not share" and asks for nothing else has none of them outside the
// warning itself.
export const ACTION_REQUEST =
  /\b(?:reply(?:ing)?|respond|answer|send|txt|text|sms|message (?:me|us|your|back)|mail (?:me|us)|e-?mail (?:me|us)|whats ?app|telegram|dm me|contact|tell|give|read (?:it|them|the)|forward|call(?:ing)?|ring|dial|click|tap|visit|go ?to|open the link|download|install|pay|transfer|claim|collect|redeem|follow|check-in|antworte\w*|senden|sende|geben sie|rufen sie|klicken|responde\w*|env[ií]a\w*|llam[ae]\w*|haga clic|r[ée]pond\w*|envoye\w*|appele\w*|cliquez|responda|envie|ligue|clique)\b|\b[6-9]\d{9}\b/iu;

// Negated verbs and the opt-out lines that US A2P rules require ("Reply STOP to opt out") are not
// requests to act; they are blanked before ACTION_REQUEST is tested.
export const NOT_A_REQUEST = /\b(?:do not|don['’]t|dont|never|not|no|pls do not|please do not)\s+\p{L}+|\b(?:reply|text|txt|send)\s+(?:stop|help|end|quit|cancel|unsubscribe|info)\b/giu;
