import type { Indicator, IndicatorType } from './indicators.js';
import { uuidv5 } from './uuid.js';

// A STIX 2.1 bundle: one indicator (pattern) and one cyber-observable per URL, domain, email address
// and phone number, an identity for the producer, and a grouping that ties them together. Ids are
// UUIDv5, so the same findings and the same clock give byte-identical exports:
// - observables use the namespace and id-contributing property ("value") that STIX 2.1 §2.9 fixes;
// - everything else uses Impostor's own namespace and a stable name.
// STIX has no phone-number observable; it is defined here with a 2.1 extension-definition
// (new-sco) instead of the deprecated custom-object mechanism.

/** STIX 2.1 §2.9: namespace for deterministic SCO ids. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** RFC 9562 URL namespace → Impostor's own namespace. */
export const IMPOSTOR_NAMESPACE = uuidv5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'urn:impostor:stix');

export const IDENTITY_ID = `identity--${uuidv5(IMPOSTOR_NAMESPACE, 'identity:impostor')}`;
export const PHONE_EXTENSION_ID = `extension-definition--${uuidv5(IMPOSTOR_NAMESPACE, 'extension:phone-number:1.0')}`;

export type StixObject = Record<string, unknown> & { type: string; id: string; spec_version: string };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export interface StixOptions {
  /** Injected clock: created, modified and valid_from. */
  now: Date;
  brand: string | null;
  verdict: string;
}

const SCO_TYPE: Record<IndicatorType, string> = {
  url: 'url',
  domain: 'domain-name',
  email: 'email-addr',
  phone: 'phone-number',
};

/** STIX timestamps: RFC 3339, UTC, "Z", millisecond precision. */
export function stixTimestamp(d: Date): string {
  return d.toISOString();
}

/** A pattern string literal: backslash and quote escaped (STIX Patterning §2.4). */
export function stixString(v: string): string {
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function patternFor(i: Indicator): string {
  return `[${SCO_TYPE[i.type]}:value = ${stixString(i.value)}]`;
}

/** JSON of the id-contributing properties, keys sorted (RFC 8785 for this single-string case). */
function scoId(type: string, value: string): string {
  return `${type}--${uuidv5(STIX_SCO_NAMESPACE, JSON.stringify({ value }))}`;
}

export function indicatorsToStix(indicators: readonly Indicator[], opts: StixOptions): StixBundle {
  const ts = stixTimestamp(opts.now);
  const common = { spec_version: '2.1', created: ts, modified: ts };
  const objects: StixObject[] = [
    {
      type: 'identity',
      id: IDENTITY_ID,
      ...common,
      name: 'Impostor',
      identity_class: 'system',
      description: 'Brand-impersonation scam checker; indicators come from one analysed message.',
    },
  ];
  const needsPhone = indicators.some((i) => i.type === 'phone');
  if (needsPhone) {
    objects.push({
      type: 'extension-definition',
      id: PHONE_EXTENSION_ID,
      ...common,
      created_by_ref: IDENTITY_ID,
      name: 'phone-number',
      description: 'A telephone number seen in a scam message (SMS sender, caller, or a number the message asks you to call).',
      schema: 'Object type "phone-number" with one required string property "value": the number in E.164 form when it could be parsed (e.g. +18005550100), otherwise as written (short codes).',
      version: '1.0.0',
      extension_types: ['new-sco'],
    });
  }
  const refs: string[] = [];
  const brandLabel = opts.brand ? `impersonates ${opts.brand}` : 'brand impersonation';
  for (const i of indicators) {
    const type = SCO_TYPE[i.type];
    const sco: StixObject = { type, spec_version: '2.1', id: scoId(type, i.value), value: i.value };
    if (i.type === 'phone') sco.extensions = { [PHONE_EXTENSION_ID]: { extension_type: 'new-sco' } };
    const pattern = patternFor(i);
    const ind: StixObject = {
      type: 'indicator',
      id: `indicator--${uuidv5(IMPOSTOR_NAMESPACE, `indicator:${pattern}`)}`,
      ...common,
      created_by_ref: IDENTITY_ID,
      name: `${type} ${i.value}`.slice(0, 250),
      description: `Seen (${i.role}) in a message Impostor judged ${opts.verdict.replace(/_/g, ' ')}; ${brandLabel}.`,
      indicator_types: [opts.verdict === 'likely_scam' ? 'malicious-activity' : 'anomalous-activity'],
      pattern,
      pattern_type: 'stix',
      pattern_version: '2.1',
      valid_from: ts,
      labels: [opts.brand ? `brand:${opts.brand}` : 'brand:unknown', `role:${i.role}`],
    };
    objects.push(sco, ind);
    refs.push(ind.id, sco.id);
  }
  if (refs.length) {
    objects.push({
      type: 'grouping',
      id: `grouping--${uuidv5(IMPOSTOR_NAMESPACE, `grouping:${refs.join(',')}`)}`,
      ...common,
      created_by_ref: IDENTITY_ID,
      name: opts.brand ? `Suspected ${opts.brand} impersonation` : 'Suspected brand impersonation',
      context: 'suspicious-activity',
      object_refs: refs,
    });
  }
  const bundleName = `bundle:${ts}:${objects.map((o) => o.id).join(',')}`;
  return { type: 'bundle', id: `bundle--${uuidv5(IMPOSTOR_NAMESPACE, bundleName)}`, objects };
}
