import { z } from 'zod';
import { SCHEMA_VERSION } from '../core/index.js';
import {
  AnalyzeJsonRequest,
  AnalyzeMultipart,
  AnalyzeQuery,
  BrandList,
  CheckResultBody,
  DomainJsonRequest,
  DomainQuery,
  ErrorBody,
  Health,
  IncidentReportBody,
  PlaybookBody,
  PlaybookQuery,
  ReportBody,
  ReportJsonRequest,
  ReportMultipart,
  ReportQuery,
  RuleList,
  StageList,
  StageParam,
  UrlJsonRequest,
  UrlQuery,
} from './schemas.js';

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

const json = (ref: string): Json => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });

function queryParameters(s: z.ZodType = AnalyzeQuery): Json[] {
  const js = schema(s, 'input') as { properties: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties).map(([name, s]) => ({
    name,
    in: 'query',
    required: js.required?.includes(name) ?? false,
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

const checkResponses: Json = {
  '200': { description: 'The check result', content: json('CheckResult') },
  '400': errorResponse('Missing, empty or over-long input; malformed JSON'),
  '429': errorResponse('Too many requests from this client; see Retry-After'),
};

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
            'Send JSON, a raw email (message/rfc822), plain text, a recording (audio/wav, audio/mpeg, audio/ogg, audio/mp4: transcribed offline and checked as a call), or a multipart upload (field "file" or "text"; an audio file is transcribed). Options for raw and multipart bodies go in the query string or form fields. Live calls: the WebSocket /api/call/stream (docs/voice.md).',
          parameters: queryParameters(),
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/AnalyzeRequest' } },
              'message/rfc822': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
              'audio/*': { schema: { type: 'string', format: 'binary' } },
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
      '/api/url': {
        get: {
          summary: 'Check one link: real target, lookalike brand domain, link tricks',
          parameters: queryParameters(UrlQuery),
          responses: checkResponses,
        },
        post: {
          summary: 'Check one link (JSON body)',
          requestBody: { required: true, content: json('UrlRequest') },
          responses: { ...checkResponses, '415': errorResponse('Not application/json') },
        },
      },
      '/api/domain': {
        get: {
          summary: 'Check one domain name: brand-owned, lookalike (of which brand) or unrelated',
          parameters: queryParameters(DomainQuery),
          responses: checkResponses,
        },
        post: {
          summary: 'Check one domain name (JSON body)',
          requestBody: { required: true, content: json('DomainRequest') },
          responses: { ...checkResponses, '415': errorResponse('Not application/json') },
        },
      },
      '/api/playbooks': {
        get: {
          summary: 'The stages (how far the person got), each with its title',
          responses: { '200': { description: 'Stages', content: { 'application/json': { schema: schema(StageList) } } } },
        },
      },
      '/api/playbooks/{stage}': {
        get: {
          summary: 'What to do now, for one stage: first hour, brand steps, contacts, where to report, hardening',
          parameters: [
            { name: 'stage', in: 'path', required: true, schema: schema(StageParam, 'input'), description: StageParam.description },
            ...queryParameters(PlaybookQuery),
          ],
          responses: {
            '200': { description: 'The playbook', content: json('Playbook') },
            '400': errorResponse('Unknown brand or invalid query'),
            '404': errorResponse('Unknown stage'),
            '429': errorResponse('Too many requests from this client; see Retry-After'),
          },
        },
      },
      '/api/report': {
        post: {
          summary: 'Pre-filled scam report, or the indicators as CSV or STIX 2.1',
          description:
            'Same inputs as /api/analyze (without the online check). Secrets in the message (one-time codes, passwords, card numbers) are redacted.',
          parameters: queryParameters(ReportQuery),
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ReportRequest' } },
              'message/rfc822': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
              'multipart/form-data': { schema: schema(ReportMultipart, 'input') },
            },
          },
          responses: {
            '200': {
              description: 'format json: the report; text: its text; csv: indicators; stix: a STIX 2.1 bundle',
              content: {
                ...json('IncidentReport'),
                'text/plain': { schema: { type: 'string' } },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            '400': errorResponse('Malformed JSON, invalid fields, unknown channel or format, empty or binary input'),
            '413': errorResponse('Body larger than the limit'),
            '415': errorResponse('Unsupported content type'),
            '429': errorResponse('Too many requests from this client; see Retry-After'),
          },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
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
        ReportRequest: schema(ReportJsonRequest, 'input'),
        UrlRequest: schema(UrlJsonRequest, 'input'),
        DomainRequest: schema(DomainJsonRequest, 'input'),
        CheckResult: schema(CheckResultBody),
        Playbook: schema(PlaybookBody),
        IncidentReport: schema(IncidentReportBody),
        Report: schema(ReportBody),
        Error: schema(ErrorBody),
      },
    },
  };
}
