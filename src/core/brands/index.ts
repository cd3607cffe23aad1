import { BrandPack, JurisdictionPack, type SourceData, type Statement, type StatementTopic } from './schema.js';
import type { Channel } from '../types.js';
import { amazon } from './amazon.js';
import { apple } from './apple.js';
import { microsoft } from './microsoft.js';
import { paypal } from './paypal.js';
import { GB, US } from './jurisdictions.js';

// The brand packs, parsed once at module load: a typo in a pack fails on import (and so in every
// test), not when a rule first reads it. Parsed packs are frozen so no rule can edit shared data.
// Browser-safe: plain data, no node:* and no fs.

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

// Each schema parses once per process, so zod's JIT (it compiles a specialised parser with
// `new Function` on first use) costs more than it saves: the interpreted path checks the same
// schema with the same result and took ~10 ms less of every CLI start.
const JITLESS = { jitless: true } as const;

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function loadBrands(raw: readonly unknown[]): readonly BrandPack[] {
  const packs = raw.map((p) => BrandPack.parse(p, JITLESS)).sort(byId);
  const seen = new Set<string>();
  for (const p of packs) {
    if (seen.has(p.id)) throw new Error(`duplicate brand pack id: ${p.id}`);
    seen.add(p.id);
  }
  return deepFreeze(packs);
}

export const BRANDS: readonly BrandPack[] = loadBrands([amazon, apple, microsoft, paypal]);

export const JURISDICTIONS: readonly JurisdictionPack[] = deepFreeze(
  [US, GB].map((j) => JurisdictionPack.parse(j, JITLESS)).sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0)),
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

const SOURCE_RANK: Record<SourceData['type'], number> = { official: 0, repost: 1, practitioner: 2, unverified: 3 };

/**
 * The statement a brand published for a topic, or undefined when it has none. With several, the
 * one for the given channel wins, then the most reliable source (official before repost), then
 * pack order. A statement for another channel is still returned when none matches the channel.
 */
export function statementFor(brandId: string, topic: StatementTopic, channel?: Channel): Statement | undefined {
  const pack = brandById(brandId);
  if (!pack) return undefined;
  let best: Statement | undefined;
  let bestKey = Infinity;
  for (const s of pack.statements) {
    if (s.topic !== topic) continue;
    const channelMiss = channel && !s.channels.includes(channel) ? 10 : 0;
    const key = channelMiss + SOURCE_RANK[s.source.type];
    if (key < bestKey) {
      best = s;
      bestKey = key;
    }
  }
  return best;
}
