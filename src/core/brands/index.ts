import type { BrandPack, BrandPackInput, JurisdictionPack } from './schema.js';
import { amazon } from './amazon.js';
import { apple } from './apple.js';
import { microsoft } from './microsoft.js';
import { paypal } from './paypal.js';
import { GB, IN, US } from './jurisdictions.js';
import { usps } from './usps.js';
import { ups } from './ups.js';
import { fedex } from './fedex.js';
import { dhl } from './dhl.js';
import { royalMail } from './royal-mail.js';
import { evri } from './evri.js';
import { irs } from './irs.js';
import { hmrc } from './hmrc.js';
import { bankOfAmerica } from './bank-of-america.js';
import { cashApp } from './cash-app.js';
import { chase } from './chase.js';
import { citi } from './citi.js';
import { coinbase } from './coinbase.js';
import { hdfcBank } from './hdfc-bank.js';
import { iciciBank } from './icici-bank.js';
import { sbi } from './sbi.js';
import { venmo } from './venmo.js';
import { wellsFargo } from './wells-fargo.js';
import { zelle } from './zelle.js';
import { costco } from './costco.js';
import { cvs } from './cvs.js';
import { geekSquad } from './geek-squad.js';
import { google } from './google.js';
import { homeDepot } from './home-depot.js';
import { mcafee } from './mcafee.js';
import { netflix } from './netflix.js';
import { norton } from './norton.js';
import { tMobile } from './t-mobile.js';
import { usTollAgencies } from './us-toll-agencies.js';
import { verizon } from './verizon.js';
import { walmart } from './walmart.js';
import { whatsapp } from './whatsapp.js';
import { aeon } from './aeon.js';
import { ekiNet } from './eki-net.js';
import { etcMeisai } from './etc-meisai.js';
import { jcb } from './jcb.js';
import { mercari } from './mercari.js';
import { att } from './att.js';
import { meta } from './meta.js';
import { metamask } from './metamask.js';
import { auKddi } from './au-kddi.js';
import { docomo } from './docomo.js';
import { japanPost } from './japan-post.js';
import { rakuten } from './rakuten.js';
import { sagawa } from './sagawa.js';
import { smbc } from './smbc.js';
import { yamato } from './yamato.js';

// The brand packs, completed once at module load and frozen so no rule can edit shared data.
// Browser-safe: plain data, no node:* and no fs. The packs are our own constants: brands.test.ts
// checks every raw pack against the zod schema (schema.ts) and that the schema's parse of it equals
// the pack loaded here, so a typo fails the tests. Loading does not run zod: validating constants on
// every start loaded zod into every process (≈ 3 MB of heap and its code) and cost each CLI start
// the parse.

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * A raw pack with the schema's defaults filled in (the optional lists empty), in the schema's key
 * order. Kept equal to `BrandPack.parse(raw)` by brands.test.ts.
 */
export function completePack(raw: BrandPackInput): BrandPack {
  return {
    id: raw.id,
    name: raw.name,
    aliases: raw.aliases,
    domainTokens: raw.domainTokens,
    officialWebDomains: raw.officialWebDomains,
    userContentHosts: raw.userContentHosts ?? [],
    officialSenderDomains: raw.officialSenderDomains,
    senderHeaderHints: raw.senderHeaderHints ?? [],
    statements: raw.statements,
    verify: raw.verify,
    afterEngagement: raw.afterEngagement ?? {},
    hardening: raw.hardening ?? [],
    report: raw.report,
    publishedPhones: raw.publishedPhones ?? [],
    smsSenders: raw.smsSenders ?? [],
    giftCardNames: raw.giftCardNames ?? [],
    giftCardWords: raw.giftCardWords ?? [],
    userContentDomains: raw.userContentDomains ?? [],
    infrastructureDomains: raw.infrastructureDomains ?? [],
    brandTlds: raw.brandTlds ?? [],
    orderNumberFormats: raw.orderNumberFormats ?? [],
    sources: raw.sources,
  } as BrandPack;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function loadBrands(raw: readonly BrandPackInput[]): readonly BrandPack[] {
  const packs = raw.map(completePack).sort(byId);
  const seen = new Set<string>();
  for (const p of packs) {
    if (seen.has(p.id)) throw new Error(`duplicate brand pack id: ${p.id}`);
    seen.add(p.id);
  }
  return deepFreeze(packs);
}

export const BRANDS: readonly BrandPack[] = loadBrands([
  amazon,
  apple,
  microsoft,
  paypal,
  usps,
  ups,
  fedex,
  dhl,
  royalMail,
  evri,
  irs,
  hmrc,
  bankOfAmerica,
  chase,
  wellsFargo,
  citi,
  cashApp,
  venmo,
  zelle,
  coinbase,
  sbi,
  hdfcBank,
  iciciBank,
  netflix,
  google,
  whatsapp,
  tMobile,
  verizon,
  homeDepot,
  costco,
  walmart,
  cvs,
  geekSquad,
  norton,
  mcafee,
  usTollAgencies,
  rakuten,
  smbc,
  yamato,
  sagawa,
  auKddi,
  docomo,
  aeon,
  japanPost,
  att,
  meta,
  metamask,
  jcb,
  mercari,
  ekiNet,
  etcMeisai,
]);

export const JURISDICTIONS: readonly JurisdictionPack[] = deepFreeze(
  ([US, GB, IN] as JurisdictionPack[]).slice().sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0)),
);

export function brandById(id: string): BrandPack | undefined {
  return BRANDS.find((b) => b.id === id);
}

/** The reporting routes for an ISO 3166-1 alpha-2 country ("US", "GB"; "UK" is accepted for GB). */
export function jurisdiction(country: string): JurisdictionPack | undefined {
  let cc = country.trim().toUpperCase();
  if (cc === 'UK') cc = 'GB';
  return JURISDICTIONS.find((j) => j.country === cc);
}
