// The same libphonenumber entry point as extract/phones.ts, so no second copy of its metadata.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { JURISDICTIONS } from '../brands/index.js';
import type { BrandPack, JurisdictionPack, ReportRouteData } from '../brands/schema.js';
import type { Channel, ReportRoute } from '../types.js';
import type { StageId } from './stages.js';

// Where to report, by country: the impersonated brand's own routes first (its form, its address),
// then the country's (FTC, 7726, IC3, IdentityTheft.gov; NCSC, 7726, Report Fraud, 159). Every
// route is data from the brand and jurisdiction packs and carries the source it came from.

/** A reporting route with everything the packs know about it, for playbooks and exports. */
export interface Route {
  name: string;
  how: string;
  kind: ReportRouteData['kind'];
  address: string;
  channels: Channel[];
  country: string | null;
  /** 'brand' for the impersonated company's own routes, 'country' for public bodies. */
  scope: 'brand' | 'country';
  brand?: string;
  source: { url: string; type: string; checked: string };
}

/** People say "UK"; ISO 3166 says "GB". */
export function normalizeCountry(country: string | null | undefined): string {
  const c = (country ?? 'US').trim().toUpperCase();
  return c === 'UK' ? 'GB' : c;
}

export function jurisdictionFor(country: string, packs: readonly JurisdictionPack[] = JURISDICTIONS): JurisdictionPack | undefined {
  const cc = normalizeCountry(country);
  return packs.find((j) => j.country === cc);
}

export function supportedCountries(packs: readonly JurisdictionPack[] = JURISDICTIONS): string[] {
  return packs.map((j) => j.country);
}

function toRoute(r: ReportRouteData, scope: Route['scope'], brand?: string): Route {
  return {
    name: r.name,
    how: r.how,
    kind: r.kind,
    address: r.address,
    channels: [...r.channels] as Channel[],
    country: r.country,
    scope,
    ...(brand ? { brand } : {}),
    source: { url: r.source.url, type: r.source.type, checked: r.source.checked },
  };
}

export interface RouteQuery {
  brand?: BrandPack | null;
  country?: string | null;
  /** Only routes that take this kind of message; all when absent. */
  channel?: Channel | null;
  jurisdictions?: readonly JurisdictionPack[];
}

export function reportRoutes(q: RouteQuery): Route[] {
  const cc = normalizeCountry(q.country);
  const fits = (r: ReportRouteData) => (!q.channel || r.channels.includes(q.channel)) && (r.country === null || r.country === cc);
  const out: Route[] = [];
  for (const r of q.brand?.report ?? []) if (fits(r)) out.push(toRoute(r, 'brand', q.brand!.id));
  // A brand pack may carry a national route too (Indian banks list the 1930 helpline, so it is there
  // whatever --country says); the country's copy of the same address is then not listed again.
  const seen = new Set(out.map((r) => `${r.kind}:${r.address.toLowerCase()}`));
  for (const r of jurisdictionFor(cc, q.jurisdictions)?.routes ?? []) if (fits(r) && !seen.has(`${r.kind}:${r.address.toLowerCase()}`)) out.push(toRoute(r, 'country'));
  return out;
}

/** The Report.advice.report shape (src/core/types.ts). */
export function toAdviceRoute(r: Route): ReportRoute {
  return {
    name: r.name,
    how: r.how,
    // The address travels with every route: a "how" such as "Forward it to Apple" alone left
    // people without reportphishing@apple.com (issue 15).
    kind: r.kind,
    address: r.address,
    ...(r.kind === 'web' ? { url: r.address } : {}),
    ...(r.country ? { country: r.country } : {}),
    source: r.source.url,
  };
}

const TARGET_LABEL: Record<ReportRouteData['kind'], string> = {
  web: 'Open',
  email: 'Email',
  sms: 'Text',
  phone: 'Call',
  'in-app': 'In the app',
};

/** "+18773824357" → "+1 877 382 4357"; short codes (7726, 159, 101) as written. */
function readableNumber(address: string): string {
  if (!address.startsWith('+')) return address;
  return parsePhoneNumberFromString(address)?.formatInternational() ?? address;
}

/**
 * Where a route's report goes, as one line for people: "Email: reportphishing@apple.com",
 * "Text: 7726", "Call: +1 877 382 4357", "Open: https://reportfraud.ftc.gov". Every renderer
 * (CLI, incident report text, web page) shows it, so the address is never left to the prose.
 */
export function routeTarget(r: { kind: ReportRouteData['kind']; address: string }): { label: string; value: string; text: string } {
  const label = TARGET_LABEL[r.kind];
  const value = r.kind === 'phone' ? readableNumber(r.address) : r.address;
  return { label, value, text: `${label}: ${value}` };
}

// Which country routes matter most once the person has gone past "received", in priority order.
// Matched on the route's address, which is the stable part of a route (names and wording may be
// edited).
const STAGE_ROUTE_HINTS: Partial<Record<StageId, RegExp[]>> = {
  'paid-gift-card': [/gift-card|giftcard/i, /reportfraud/i, /ic3\.gov/i, /^159$/],
  'sent-money': [/^159$/, /reportfraud\.police/i, /ic3\.gov/i, /reportfraud\.ftc/i],
  'shared-card': [/^159$/, /reportfraud\.police/i],
  'shared-bank': [/^159$/, /reportfraud\.police/i, /ic3\.gov/i],
  'shared-identity': [/identitytheft\.gov/i, /reportfraud/i],
  'remote-access': [/^159$/, /reportfraud/i, /ic3\.gov/i],
  'entered-password': [/reportfraud\.police/i],
  'shared-code': [/reportfraud\.police/i],
};

/** Routes ordered for a stage: the ones that help recover first, the rest after, order otherwise kept. */
export function routesForStage(stage: StageId, routes: readonly Route[]): Route[] {
  const hints = STAGE_ROUTE_HINTS[stage];
  if (!hints) return [...routes];
  const first: Route[] = [];
  for (const h of hints) for (const r of routes) if (r.scope === 'country' && h.test(r.address) && !first.includes(r)) first.push(r);
  return [...first, ...routes.filter((r) => !first.includes(r))];
}
