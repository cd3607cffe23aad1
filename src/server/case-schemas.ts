import { z } from 'zod';
import { AnalyzeJsonRequest, AnalyzeQuery } from './schemas.js';

// Request and response schemas of the case endpoints; the OpenAPI document is generated from them.

const Verdict = z.enum(['likely_scam', 'suspicious', 'no_red_flags']);
const ChannelOut = z.enum(['email', 'sms', 'call']);
const BrandId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/i, 'a brand pack id such as amazon or paypal')
  .describe('Brand pack id (amazon, paypal, usps, …).');

/** POST /api/cases and POST /api/cases/{id}/messages with a JSON body: as for /api/analyze. */
export const CaseMessageRequest = AnalyzeJsonRequest.omit({ checkAuth: true }).describe('A message for a case, as JSON (the fields of /api/analyze).');
/** The same with a raw body (message/rfc822, text/plain): options in the query string. */
export const CaseMessageQuery = AnalyzeQuery.omit({ checkAuth: true });

export const FeedbackLabel = z
  .enum(['scam', 'not_scam', 'wrong_brand'])
  .describe('scam: it was a scam; not_scam: it was genuine; wrong_brand: a scam, but of another brand (give it in "brand").');

export const FeedbackRequest = z
  .strictObject({
    label: FeedbackLabel,
    brand: BrandId.optional().describe('With wrong_brand: the brand it really impersonated.'),
    by: z.string().min(1).max(200).optional().describe('Who says so (a name or team); the API token is recorded too.'),
  })
  .describe('A correction of the verdict.');

export const CaseListQuery = z.object({
  brand: BrandId.optional(),
  verdict: Verdict.optional().describe('Only cases with this verdict.'),
  rule: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a rule id such as remote-access-request')
    .optional()
    .describe('Only cases where a message raised this rule.'),
  since: z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .optional()
    .describe('Only cases updated on or after this date or time (ISO 8601).'),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, 'a whole number 1–1000')
    .optional()
    .describe('At most this many cases, newest first (default 50, at most 1000).'),
});

export const CaseIdParam = z.uuid().describe('The case id.');

export const FeedbackBody = z.object({
  label: FeedbackLabel,
  brand: z.string().nullable(),
  by: z.string().nullable(),
  token: z.string().nullable().describe('The API token that gave it: its role and the first digits of its hash.'),
  createdAt: z.string(),
});

export const CaseSummaryBody = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  verdict: Verdict,
  score: z.number(),
  brand: z.string().nullable(),
  channels: z.array(ChannelOut),
  messageCount: z.number().int(),
  feedback: FeedbackLabel.nullable().describe('The newest feedback label, if any.'),
});

export const CaseListBody = z.object({ cases: z.array(CaseSummaryBody) }).describe('Cases, newest first.');

/** A stored case. `report` in each message is the Report schema (replaced by a $ref in openapi.ts). */
export const CaseBody = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    verdict: Verdict.describe('The worst verdict of its messages.'),
    score: z.number(),
    brand: z.string().nullable(),
    channels: z.array(ChannelOut),
    messages: z.array(
      z.object({
        seq: z.number().int(),
        channel: ChannelOut,
        receivedAt: z.string(),
        verdict: Verdict,
        score: z.number(),
        brand: z.string().nullable(),
        rules: z.array(z.string()),
        text: z.string().describe('The message as sent in, with secrets (codes, passwords, card numbers) replaced.'),
        report: z.object({}).describe('REPORT_REF'),
        source: z.unknown().describe('Where a queued message came from (impostor scan --queue); null otherwise.'),
      }),
    ),
    feedback: z.array(FeedbackBody),
  })
  .describe('A case: one incident across channels, each message with its report, and the feedback on it.');
