import { z } from 'zod';
import { STAGE_IDS } from '../core/index.js';

// The schemas that validate requests are the same objects the OpenAPI document is generated from,
// so the document cannot drift from what the server accepts.

export const ChannelParam = z.enum(['auto', 'email', 'sms', 'call']).describe('Channel of the message; "auto" detects it.');

const Country = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'ISO 3166-1 alpha-2 country code')
  .describe('Country for reporting routes (US, GB); default US.');

const Sender = z
  .string()
  .max(320)
  .describe(
    'The sender as the phone or mail app showed it: an SMS sender ID, a phone number, a caller number or an email address ("Name <address>" too). With channel auto, an email address makes a pasted body without headers an email; it is then checked as the sender, but its authentication cannot be.',
  );

export const AnalyzeJsonRequest = z
  .strictObject({
    text: z.string().min(1, 'text is empty').describe('The message: raw email source, text message or call transcript.'),
    channel: ChannelParam.optional(),
    from: Sender.nullable().optional(),
    country: Country.optional(),
    checkAuth: z
      .boolean()
      .optional()
      .describe('Email only: check SPF/DKIM/DMARC online (DNS look-ups from this server). Off by default.'),
  })
  .describe('A message to analyse, as JSON.');
export type AnalyzeJsonRequest = z.infer<typeof AnalyzeJsonRequest>;

/** Query parameters for raw (message/rfc822, text/plain) and multipart bodies. */
export const AnalyzeQuery = z.object({
  channel: ChannelParam.optional(),
  from: Sender.optional(),
  country: Country.optional(),
  checkAuth: z.enum(['true', 'false', '1', '0']).optional().describe('Email only: check SPF/DKIM/DMARC online.'),
});
export type AnalyzeQuery = z.infer<typeof AnalyzeQuery>;

/** Multipart form fields: `file` (an .eml) or `text`, plus the same options as the query. */
export const AnalyzeMultipart = z.object({
  file: z.string().describe('The .eml (or .txt) file.').meta({ format: 'binary' }).optional(),
  text: z.string().optional(),
  channel: ChannelParam.optional(),
  from: Sender.optional(),
  country: Country.optional(),
  checkAuth: z.enum(['true', 'false', '1', '0', 'on']).optional(),
});

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable code: invalid_json, invalid_request, unsupported_channel, input_too_large, rate_limited, …'),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .describe('Every error response has this shape.');
export type ErrorBody = z.infer<typeof ErrorBody>;

const Span = { start: z.number().int(), end: z.number().int() };
const Address = z.object({ name: z.string(), address: z.string(), domain: z.string() });

const Evidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string(), ...Span }),
  z.object({ kind: z.literal('header'), header: z.string(), value: z.string() }),
  z.object({ kind: z.literal('link'), linkIndex: z.number().int(), href: z.string(), text: z.string() }),
  z.object({ kind: z.literal('attachment'), attachmentIndex: z.number().int(), filename: z.string().nullable(), mimeType: z.string() }),
]);

const Finding = z.object({
  ruleId: z.string(),
  category: z.string(),
  messageId: z.string(),
  message: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  evidence: z.array(Evidence).describe('Text evidence indexes into report.message.text (UTF-16 code units, half-open).'),
  policy: z
    .object({
      brand: z.string(),
      statement: z.string(),
      url: z.string(),
      by: z.string().describe('Who published the statement: the brand, or a regulator such as the FTC (schema 1.1).'),
      byKind: z.enum(['brand', 'regulator']).describe('"regulator": guidance the brand pack carries, not the brand’s own words (schema 1.1).'),
    })
    .nullable(),
  weight: z.number(),
  effect: z.enum(['raise', 'lower']).optional(),
});

/** The core's Report contract (src/core/types.ts), described for the OpenAPI document and checked in tests. */
export const ReportBody = z.looseObject({
  schemaVersion: z.string(),
  channel: z.enum(['email', 'sms', 'call']),
  verdict: z.enum(['likely_scam', 'suspicious', 'no_red_flags']),
  score: z.number().min(0).max(1),
  brand: z.string().nullable(),
  findings: z.array(Finding),
  advice: z.looseObject({
    summary: z.string(),
    verify: z.array(z.object({ text: z.string(), url: z.string().optional() })),
    doNot: z.array(z.string()),
    ifYouAlready: z.array(z.object({ stage: z.string(), title: z.string(), steps: z.array(z.string()) })),
    report: z.array(
      z.looseObject({
        name: z.string(),
        how: z.string(),
        kind: z.enum(['web', 'email', 'sms', 'phone', 'in-app']).describe('How the route is used (schema 1.1).'),
        address: z.string().describe('The email address, number, URL or app menu itself (schema 1.1).'),
        url: z.string().optional(),
      }),
    ),
    checked: z.array(z.string()).describe('What Impostor looked at for this message (schema 1.1).'),
    cannotKnow: z.array(z.string()).describe('What this check cannot know, whatever the verdict (schema 1.1).'),
  }),
  warnings: z.array(z.string()),
  complete: z.boolean(),
  message: z.looseObject({
    subject: z.string().optional(),
    from: Address.nullable().optional(),
    sender: z.string().nullable().optional(),
    text: z.string(),
    links: z.array(z.object({ href: z.string(), text: z.string() })),
    attachments: z.array(z.object({ filename: z.string().nullable(), mimeType: z.string(), size: z.number() })),
    origin: z
      .enum(['pasted-headers', 'forwarded', 'forwarded-attachment', 'outlook-msg', 'screenshot'])
      .optional()
      .describe('How the message reached Impostor when not as its own source (schema 1.2).'),
    ocr: z
      .looseObject({ engine: z.string(), languages: z.string(), confidence: z.number(), lines: z.array(z.looseObject({ start: z.number(), end: z.number(), confidence: z.number() })) })
      .optional()
      .describe('A screenshot: the recognised text’s confidence and lines; message.text is the rebuilt text (schema 1.2).'),
  }),
  entities: z.array(z.looseObject({ type: z.string(), value: z.string() })),
});

const Format = z
  .enum(['text', 'json', 'csv', 'stix'])
  .describe('json (default): the pre-filled report; text: the ready-to-paste text; csv or stix: the indicators.');

/** POST /api/report as JSON: the analyze fields (no online check) plus the output format. */
export const ReportJsonRequest = AnalyzeJsonRequest.omit({ checkAuth: true })
  .extend({ format: Format.optional() })
  .describe('A message to turn into a pre-filled report, as JSON.');
/** POST /api/report with a raw body: options in the query string. */
export const ReportQuery = AnalyzeQuery.omit({ checkAuth: true }).extend({ format: Format.optional() });
/** POST /api/report as multipart: `file` (an .eml) or `text`, plus the query's options as fields. */
export const ReportMultipart = AnalyzeMultipart.omit({ checkAuth: true }).extend({ format: Format.optional() });

export const StageParam = z.enum(STAGE_IDS).describe('How far the person got with the scammer.');
export const PlaybookQuery = z.object({
  brand: z.string().max(40).optional().describe('Brand pack id (amazon, apple, microsoft, paypal) for brand-specific steps.'),
  country: z.string().max(8).optional().describe('Country for reporting routes (US, GB); default US.'),
  channel: z.enum(['email', 'sms', 'call']).optional().describe('How the scam arrived; picks channel-specific reporting routes.'),
});

// Standalone link and domain checks. Caps: a real link, even wrapped by a mail-security service,
// fits in 8 KiB; a domain is at most 253 characters, with room for a pasted scheme or path that
// checkDomain strips.
export const MAX_URL_CHARS = 8192;
export const MAX_DOMAIN_CHARS = 1024;
const UrlParam = z
  .string()
  .trim()
  .min(1, 'url is empty')
  .max(MAX_URL_CHARS, `url is longer than ${MAX_URL_CHARS} characters`)
  .describe('The link to check, as it appears in the message.');
const DomainParam = z
  .string()
  .trim()
  .min(1, 'name is empty')
  .max(MAX_DOMAIN_CHARS, `name is longer than ${MAX_DOMAIN_CHARS} characters`)
  .describe('The domain name to check (a scheme or path is ignored).');
export const UrlQuery = z.object({ url: UrlParam });
export const UrlJsonRequest = z.strictObject({ url: UrlParam }).describe('A link to check, as JSON.');
export const DomainQuery = z.object({ name: DomainParam });
export const DomainJsonRequest = z.strictObject({ name: DomainParam }).describe('A domain name to check, as JSON.');

export const CheckResultBody = z
  .object({
    input: z.string(),
    verdict: z.enum(['likely_scam', 'suspicious', 'no_red_flags']),
    score: z.number().min(0).max(1),
    findings: z.array(
      z.object({
        ruleId: z.string(),
        messageId: z.string(),
        message: z.string(),
        data: z.record(z.string(), z.union([z.string(), z.number()])),
        weight: z.number(),
      }),
    ),
    lookalikeOf: z
      .object({ brand: z.string(), brandName: z.string(), imitates: z.string(), technique: z.string(), family: z.string() })
      .nullable()
      .describe('For a lookalike: the brand it imitates, its real domain, and how it was made.'),
    officialBrand: z.string().nullable().describe("The brand whose own domain this is, when it is one."),
    host: z.string(),
    registrable: z.string(),
    target: z.string().optional().describe('URL checks: where the link really goes after unwrapping mail-security wrappers.'),
    wrapper: z.string().nullable().optional(),
  })
  .describe('Result of a standalone link or domain check (core checkUrl / checkDomain).');

const RouteBody = z.looseObject({
  name: z.string(),
  how: z.string(),
  kind: z.string(),
  address: z.string(),
  scope: z.enum(['brand', 'country']),
  source: z.object({ url: z.string(), type: z.string(), checked: z.string() }),
});
export const StageList = z.array(z.object({ id: StageParam, title: z.string(), label: z.string() }));
export const PlaybookBody = z.looseObject({
  stage: StageParam,
  title: z.string(),
  brand: z.object({ id: z.string(), name: z.string() }).nullable(),
  country: z.string(),
  firstHour: z.array(z.string()),
  next: z.array(z.string()),
  brandSteps: z.array(z.string()),
  contacts: z.array(z.object({ who: z.string(), ask: z.string(), how: z.string() })),
  report: z.array(RouteBody),
  seeAlso: z.array(StageParam),
  steps: z.array(z.string()).describe('All steps in order: first hour, brand steps, then the rest.'),
  hardening: z.array(z.looseObject({ id: z.string(), text: z.string() })),
});
export const IncidentReportBody = z
  .looseObject({
    generatedAt: z.string(),
    country: z.string(),
    brand: z.object({ id: z.string(), name: z.string() }).nullable(),
    channel: z.enum(['email', 'sms', 'call']),
    verdict: z.enum(['likely_scam', 'suspicious', 'no_red_flags']),
    receivedAt: z.string().nullable(),
    indicators: z.array(z.looseObject({ type: z.string(), value: z.string() })),
    redactions: z.record(z.string(), z.number()).describe('How many secrets were removed, by kind (never the secrets).'),
    routes: z.array(RouteBody),
    text: z.string().describe('The ready-to-paste report text.'),
  })
  .describe('A pre-filled scam report; one-time codes, passwords and card numbers are redacted.');

export const Health = z.object({
  status: z.literal('ok'),
  schemaVersion: z.string(),
  version: z.string(),
  onlineAuth: z.boolean().describe('Whether this server can check sender authentication (SPF/DKIM/DMARC) online.'),
});
export const RuleList = z.array(
  z.looseObject({ id: z.string(), title: z.string(), description: z.string(), category: z.string(), channels: z.array(z.string()) }),
);
export const BrandList = z.array(z.looseObject({ id: z.string(), name: z.string() }));

/** Flatten zod issues into path/message pairs (messages are zod's, never the submitted content). */
export function issuesOf(err: z.ZodError): { path: string; message: string }[] {
  return err.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}
