import { z } from 'zod';

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
  .describe('SMS sender, caller number or email address given alongside a pasted text.');

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
  policy: z.object({ brand: z.string(), statement: z.string(), url: z.string() }).nullable(),
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
    report: z.array(z.looseObject({ name: z.string(), how: z.string(), url: z.string().optional() })),
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
  }),
  entities: z.array(z.looseObject({ type: z.string(), value: z.string() })),
});

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
