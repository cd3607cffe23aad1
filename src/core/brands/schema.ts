import { z } from 'zod';
import { CHANNELS } from '../types.js';

// Brand packs are data. Every fact carries its source URL, the kind of source and the date it was
// checked; the shape is checked with zod when the packs load, so a typo fails loudly in tests.

const channel = z.enum(CHANNELS as unknown as [string, ...string[]]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');
const domain = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, 'lower-case domain name');

/** Where a fact came from. Mirrors the confidence marks of shared/reference/brand-facts.md. */
export const SourceType = z.enum(['official', 'repost', 'practitioner', 'unverified']);

export const Source = z.object({
  url: z.string().url(),
  type: SourceType,
  checked: isoDate,
});

/**
 * Topics of "we will never…" statements. Rules name a topic; the report quotes the statement the
 * impersonated brand published for that topic (or none, when the brand has not said it).
 */
export const StatementTopic = z.enum([
  'gift-cards',
  'remote-access',
  'install-software',
  'one-time-code',
  'password',
  'personal-info',
  'card-details',
  'pay-outside',
  'wire-transfer',
  'crypto',
  'pressure',
  'unsolicited-call',
  'attachments',
  'ip-links',
  'lookalike-links',
  'update-payment',
  'prize-contest',
  'sender-domain',
]);
export type StatementTopic = z.infer<typeof StatementTopic>;

export const Statement = z.object({
  topic: StatementTopic,
  /** Paraphrased, never presented as a verbatim quote. */
  text: z.string().min(10),
  channels: z.array(channel).min(1),
  source: Source,
});

export const VerifyStep = z.object({
  text: z.string().min(5),
  url: z.string().url().optional(),
});

export const ReportRoute = z.object({
  name: z.string().min(2),
  /** What to do: "Forward the email to …", "Fill in the form at …". */
  how: z.string().min(5),
  kind: z.enum(['web', 'email', 'sms', 'phone', 'in-app']),
  /** Address, number or URL the person uses. */
  address: z.string().min(2),
  channels: z.array(channel).min(1),
  /** ISO 3166-1 alpha-2 country, or null when it works everywhere. */
  country: z.string().length(2).nullable(),
  source: Source,
});

export const PublishedPhone = z.object({
  number: z.string(),
  country: z.string().length(2),
  /** 'unverified' numbers are never shown as official. */
  confidence: z.enum(['official', 'unverified']),
  note: z.string(),
  source: Source,
});

/**
 * A sender the brand texts from: a short code ("262966"), an alphanumeric sender name ("Amazon"),
 * or an Indian DLT header (the six characters after the operator prefix, "ICICIB" of "VM-ICICIB").
 * Only senders the brand (or its regulator or carrier registry) publishes.
 */
export const SmsSender = z.object({
  id: z.string().min(2).max(11),
  kind: z.enum(['short-code', 'alphanumeric', 'dlt-header']),
  /** ISO 3166-1 alpha-2 country where it is used, or null when everywhere. */
  country: z.string().length(2).nullable(),
  source: Source,
});

export const BrandPack = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string(),
  /**
   * Word-bounded, case-insensitive names that count as a mention of the brand in text or a
   * display name ("amazon", "amazon prime", "amzn"). Keep ambiguous words ("prime", "windows",
   * "apple" alone is fine because the fruit rarely appears in scams) out or qualified.
   */
  aliases: z.array(z.string().min(2)).min(1),
  /** Tokens that, inside another domain name, suggest a lookalike ("amazon", "amzn", "paypal"). */
  domainTokens: z.array(z.string().min(3)).min(1),
  /** Registrable domains whose hosts are the brand's own websites. */
  officialWebDomains: z.array(domain).min(1),
  /**
   * Hosts inside the official web domains where anyone can publish (paypal.me pages, Microsoft
   * Forms). A link there proves nothing about who sent the message, so rules must not count it as
   * an official link. Optional; added after the first schema.
   */
  userContentHosts: z.array(z.object({ host: domain, note: z.string().min(5), source: Source })).default([]),
  /** Registrable domains the brand sends email from (subdomains included). */
  officialSenderDomains: z.array(domain).min(1),
  /** Headers that genuine mail carries (hints only, never trusted alone). */
  senderHeaderHints: z.array(z.object({ header: z.string(), value: z.string(), source: Source })).default([]),
  statements: z.array(Statement).min(1),
  /** How to check through the brand's own channel, per channel. */
  verify: z.object({
    email: z.array(VerifyStep).min(1),
    sms: z.array(VerifyStep).min(1),
    call: z.array(VerifyStep).min(1),
  }),
  /** Brand-specific steps after engagement, by stage id (full playbooks live in advice/). */
  afterEngagement: z.record(z.string(), z.array(z.string().min(5))).default({}),
  /** Brand-specific account hardening. */
  hardening: z.array(VerifyStep).default([]),
  report: z.array(ReportRoute).min(1),
  publishedPhones: z.array(PublishedPhone).default([]),
  /** Short codes and sender names the brand texts from (optional; added with the 30-brand packs). */
  smsSenders: z.array(SmsSender).default([]),
  /** Gift-card product names of this brand ("Amazon gift card", "Apple Gift Card", "iTunes card"). */
  giftCardNames: z.array(z.string()).default([]),
  /**
   * Words that name this brand's gift card in a message, matched right before "gift card" and its
   * translations ("amazon", "itunes", "google play"). The matched word is the gift card's value.
   */
  giftCardWords: z.array(z.string().min(2)).default([]),
  /**
   * Registrable domains the brand owns where anyone can host pages or send mail (S3, Azure sites,
   * SES, icloud.com addresses). Never official, and not lookalikes themselves, but a brand name in
   * their subdomain is (amazon-login.s3.amazonaws.com).
   */
  userContentDomains: z.array(domain).default([]),
  /**
   * Brand-owned infrastructure outside the customer-facing lists (CDNs, short links, ad servers).
   * Nobody else can register them, so links there count as the brand's own and never as lookalikes.
   */
  infrastructureDomains: z.array(domain).default([]),
  /** The brand's own top-level domains (".amazon"): only the brand registers names under them. */
  brandTlds: z.array(z.string().regex(/^[a-z]{2,63}$/)).default([]),
  /**
   * Formats of the brand's order numbers, as regular-expression sources without flags or word
   * bounds (Amazon's "112-1234567-1234567"). Found in text as order-number entities.
   */
  orderNumberFormats: z.array(z.string().min(3)).default([]),
  sources: z.array(Source).min(1),
});

export type BrandPack = z.infer<typeof BrandPack>;
/** A pack as written in its file (the schema's input: optional lists may be left out). */
export type BrandPackInput = z.input<typeof BrandPack>;
export type Statement = z.infer<typeof Statement>;
export type SmsSenderData = z.infer<typeof SmsSender>;
export type ReportRouteData = z.infer<typeof ReportRoute>;
export type SourceData = z.infer<typeof Source>;

/** Country-level reporting routes (FTC, 7726, NCSC…), not tied to a brand. */
export const JurisdictionPack = z.object({
  country: z.string().length(2),
  name: z.string(),
  routes: z.array(ReportRoute).min(1),
});
export type JurisdictionPack = z.infer<typeof JurisdictionPack>;
