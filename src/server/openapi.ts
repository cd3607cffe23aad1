import { z } from 'zod';
import { SCHEMA_VERSION } from '../core/index.js';
import { AnalyzeJsonRequest, AnalyzeMultipart, AnalyzeQuery, BrandList, ErrorBody, Health, ReportBody, RuleList } from './schemas.js';

// OpenAPI 3.1 uses JSON Schema 2020-12, which is what z.toJSONSchema() emits by default.

type Json = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output' = 'output'): Json => {
  const out = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
};

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function queryParameters(): Json[] {
  const js = schema(AnalyzeQuery, 'input') as { properties: Record<string, Json> };
  return Object.entries(js.properties).map(([name, s]) => ({
    name,
    in: 'query',
    required: false,
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

export function buildOpenApi(version: string, maxBodyBytes: number): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Impostor API',
      version,
      description: `Detects brand-impersonation scams in emails, text messages and call transcripts. Report schema version ${SCHEMA_VERSION}. Request bodies are limited to ${maxBodyBytes} bytes.`,
    },
    paths: {
      '/api/analyze': {
        post: {
          summary: 'Analyse one message',
          description:
            'Send JSON, a raw email (message/rfc822), plain text, or a multipart upload (field "file" or "text"). Options for raw and multipart bodies go in the query string or form fields.',
          parameters: queryParameters(),
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/AnalyzeRequest' } },
              'message/rfc822': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
              'multipart/form-data': { schema: schema(AnalyzeMultipart, 'input') },
            },
          },
          responses: {
            '200': { description: 'The report', content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } } },
            '400': errorResponse('Malformed JSON, invalid fields, unknown channel, empty or binary input'),
            '413': errorResponse('Body larger than the limit'),
            '415': errorResponse('Unsupported content type'),
            '429': errorResponse('Too many requests from this client; see Retry-After'),
            '503': errorResponse('The analysis took longer than the request timeout'),
          },
        },
      },
      '/api/rules': {
        get: {
          summary: 'The rule catalogue (each rule’s metadata)',
          responses: { '200': { description: 'Rules', content: { 'application/json': { schema: schema(RuleList) } } } },
        },
      },
      '/api/brands': {
        get: {
          summary: 'Brand packs: official domains, published statements with sources, verification and reporting routes',
          responses: { '200': { description: 'Brands', content: { 'application/json': { schema: schema(BrandList) } } } },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness',
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: schema(Health) } } } },
        },
      },
    },
    components: {
      schemas: {
        AnalyzeRequest: schema(AnalyzeJsonRequest, 'input'),
        Report: schema(ReportBody),
        Error: schema(ErrorBody),
      },
    },
  };
}
