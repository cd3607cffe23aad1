import type { Statement } from './schema.js';

// Brand packs also carry regulators' guidance where a brand has published nothing on a topic (the
// FTC on crypto or verification codes). Such a statement must be shown as the regulator's, never as
// "PayPal says" (issue 15). Who published a statement follows from its source's host, so a new
// statement is attributed correctly without anyone remembering to tag it.

export interface Regulator {
  /** Short name people know ("FTC", "NCSC"). */
  name: string;
  /** Registrable domains and hosts it publishes on; a subdomain matches too. */
  hosts: readonly string[];
}

/** Most specific first: gov.uk is the catch-all for UK government sites not listed by name. */
export const REGULATORS: readonly Regulator[] = [
  // Military Consumer is the FTC's site for service members (brand-facts.md: "Official (FTC)").
  { name: 'FTC', hosts: ['ftc.gov', 'militaryconsumer.gov', 'identitytheft.gov', 'consumer.gov'] },
  { name: 'FBI', hosts: ['ic3.gov', 'fbi.gov'] },
  { name: 'FCC', hosts: ['fcc.gov'] },
  { name: 'CISA', hosts: ['cisa.gov'] },
  { name: 'NCSC', hosts: ['ncsc.gov.uk'] },
  { name: 'Report Fraud (UK police)', hosts: ['reportfraud.police.uk', 'actionfraud.police.uk'] },
  { name: 'Ofcom', hosts: ['ofcom.org.uk'] },
  { name: 'FCA', hosts: ['fca.org.uk'] },
  { name: 'UK government', hosts: ['gov.uk'] },
];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

const onHost = (host: string, h: string) => host === h || host.endsWith(`.${h}`);

/** The regulator that published at this URL, or null for anyone else (the brand, a news site). */
export function regulatorFor(url: string, regulators: readonly Regulator[] = REGULATORS): Regulator | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const r of regulators) if (r.hosts.some((h) => onHost(host, h))) return r;
  // Any other government site (.gov, .gov.xx, .mil, .police.uk) is a public body too, named by its
  // host so it is at least not passed off as the brand.
  if (/\.(?:gov|mil)(?:\.[a-z]{2})?$|\.police\.uk$/.test(host)) return { name: host, hosts: [host] };
  return null;
}

/** Who a brand pack's statement is by: the brand, or the regulator whose guidance it carries. */
export function statementOwner(
  statement: Pick<Statement, 'source'>,
  brandName: string,
  ownDomains: readonly string[] = [],
): { by: string; byKind: 'brand' | 'regulator' } {
  // A public body speaking about itself (irs.gov for the IRS, gov.uk for HMRC) is the brand.
  const host = hostOf(statement.source.url);
  if (host && ownDomains.some((d) => onHost(host, d))) return { by: brandName, byKind: 'brand' };
  const r = regulatorFor(statement.source.url);
  return r ? { by: r.name, byKind: 'regulator' } : { by: brandName, byKind: 'brand' };
}

/**
 * The source label every renderer puts after a quoted statement: "source: Amazon", or for guidance
 * the brand pack borrows, "source: FTC, not PayPal’s own words".
 */
export function policySourceLabel(ref: { brand: string; by?: string; byKind?: 'brand' | 'regulator' }): string {
  // Reports from schema 1.0 have no `by`: those statements were always read as the brand's.
  if (ref.byKind !== 'regulator' || !ref.by) return `source: ${ref.by ?? ref.brand}`;
  return `source: ${ref.by}, not ${ref.brand}’s own words`;
}
