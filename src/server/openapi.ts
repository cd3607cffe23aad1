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
import { CaseBody, CaseIdParam, CaseListBody, CaseListQuery, CaseMessageQuery, CaseMessageRequest, FeedbackBody, FeedbackRequest } from './case-schemas.js';

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

/** Where a schema says "REPORT_REF", the Report component goes (one copy of it in the document). */
function refReports(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(refReports);
  if (v && typeof v === 'object') {
    if ((v as Json).description === 'REPORT_REF') return { $ref: '#/components/schemas/Report' };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, refReports(x)]));
  }
  return v;
}

// Case endpoints need a token whenever the server has IMPOSTOR_API_TOKENS; on loopback without
// tokens they are open (the empty requirement).
const TOKEN = [{ apiToken: [] }, {}];
const caseErrors = (extra: Json = {}): Json => ({
  '401': errorResponse('No valid API token (the server has tokens configured)'),
  '403': errorResponse('The token’s role does not allow this, or the server needs tokens beyond loopback'),
  '429': errorResponse('Too many requests from this client; see Retry-After'),
  '503': errorResponse('The case store is unavailable, or the request took too long'),
  ...extra,
});
const caseIdParam = { name: 'id', in: 'path', required: true, schema: schema(CaseIdParam, 'input'), description: 'The case id.' };
const messageBody = {
  required: true,
  content: {
    'application/json': { schema: { $ref: '#/components/schemas/CaseMessageRequest' } },
    'message/rfc822': { schema: { type: 'string' } },
    'text/plain': { schema: { type: 'string' } },
  },
};

function casePaths(): Json {
  return {
    '/api/cases': {
      post: {
        operationId: 'createCase',
        summary: 'Open a case with its first message (analysed, secrets redacted, stored)',
        security: TOKEN,
        parameters: queryParameters(CaseMessageQuery),
        requestBody: messageBody,
        responses: {
          '201': { description: 'The new case', content: json('Case') },
          ...caseErrors({ '400': errorResponse('Malformed JSON, invalid fields, empty or binary input'), '413': errorResponse('Body larger than the limit'), '415': errorResponse('Unsupported content type') }),
        },
      },
      get: {
        operationId: 'listCases',
        summary: 'List cases, newest first: by brand, verdict, rule, date',
        security: TOKEN,
        parameters: queryParameters(CaseListQuery),
        responses: { '200': { description: 'Cases', content: json('CaseList') }, ...caseErrors({ '400': errorResponse('Invalid query') }) },
      },
    },
    '/api/cases/{id}': {
      get: {
        operationId: 'getCase',
        summary: 'One case: its messages (each with channel and report) and feedback',
        security: TOKEN,
        parameters: [caseIdParam],
        responses: { '200': { description: 'The case', content: json('Case') }, ...caseErrors({ '404': errorResponse('No such case') }) },
      },
      delete: {
        operationId: 'deleteCase',
        summary: 'Erase a case with its messages and feedback (admin)',
        description: 'The case is removed from the tables and, with the embedded database, from its files.',
        security: TOKEN,
        parameters: [caseIdParam],
        responses: { '204': { description: 'Erased' }, ...caseErrors({ '404': errorResponse('No such case') }) },
      },
    },
    '/api/cases/{id}/messages': {
      post: {
        operationId: 'addCaseMessage',
        summary: 'Add a message (any channel) to a case; the case is judged again',
        security: TOKEN,
        parameters: [caseIdParam, ...queryParameters(CaseMessageQuery)],
        requestBody: messageBody,
        responses: {
          '200': { description: 'The case with the new message', content: json('Case') },
          ...caseErrors({ '400': errorResponse('Malformed JSON, invalid fields, empty or binary input'), '404': errorResponse('No such case'), '413': errorResponse('Body larger than the limit'), '415': errorResponse('Unsupported content type') }),
        },
      },
    },
    '/api/cases/{id}/feedback': {
      post: {
        operationId: 'addCaseFeedback',
        summary: 'Correct the verdict: scam, not_scam or wrong_brand (analyst)',
        security: TOKEN,
        parameters: [caseIdParam],
        requestBody: { required: true, content: json('FeedbackRequest') },
        responses: {
          '201': { description: 'The stored feedback', content: json('Feedback') },
          ...caseErrors({ '400': errorResponse('Invalid label, or wrong_brand without a brand'), '404': errorResponse('No such case') }),
        },
      },
    },
  };
}

function metricsPaths(): Json {
  return {
    '/metrics': {
      get: {
        operationId: 'getMetrics',
        summary: 'Prometheus metrics: analyses by channel and verdict, latency histogram, case events',
        security: [],
        responses: {
          '200': { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } },
          '404': errorResponse('This server was started without metrics'),
        },
      },
    },
  };
}

// Operation ids and the 4xx each open operation can answer, for client generators and linters.
const OPERATION_IDS: Record<string, string> = {
  'post /api/analyze': 'analyzeMessage',
  'get /api/url': 'checkUrl',
  'post /api/url': 'checkUrlJson',
  'get /api/domain': 'checkDomain',
  'post /api/domain': 'checkDomainJson',
  'get /api/playbooks': 'listStages',
  'get /api/playbooks/{stage}': 'getPlaybook',
  'post /api/report': 'buildReport',
  'get /api/openapi.json': 'getOpenApi',
  'get /api/rules': 'listRules',
  'get /api/brands': 'listBrands',
  'get /healthz': 'getHealth',
};

function finish(doc: Json): Json {
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(ops)) {
      op.operationId ??= OPERATION_IDS[`${method} ${path}`];
      op.security ??= [];
      const responses = op.responses as Json;
      if (!Object.keys(responses).some((k) => k.startsWith('4'))) {
        responses[path.startsWith('/api/') ? '429' : '404'] = errorResponse(path.startsWith('/api/') ? 'Too many requests from this client; see Retry-After' : 'Not found');
      }
    }
  }
  return doc;
}

/** What this server was started with: the case endpoints and /metrics are documented where served. */
export interface ApiFeatures {
  cases?: boolean;
  metrics?: boolean;
}

export function buildOpenApi(version: string, maxBodyBytes: number, features: ApiFeatures = {}): Json {
  return finish({
    openapi: '3.1.0',
    info: {
      title: 'Impostor API',
      version,
      license: { name: 'MIT', identifier: 'MIT' },
      description: `Detects brand-impersonation scams in emails, text messages and call transcripts. Report schema version ${SCHEMA_VERSION}. Request bodies are limited to ${maxBodyBytes} bytes.`,
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'impostor serve on this machine (its default address)' }],
    paths: {
      ...(features.cases ? casePaths() : {}),
      ...(features.metrics ? metricsPaths() : {}),
      '/api/analyze': {
        post: {
          summary: 'Analyse one message',
          description:
            'Send JSON, a raw email (message/rfc822), plain text, a recording (audio/wav, audio/mpeg, audio/ogg, audio/mp4: transcribed offline and checked as a call), or a multipart upload (field "file" or "text"; an audio file is transcribed). A file may also be a screenshot (PNG, JPEG, WebP: read with OCR on the server; the report has message.ocr) or an Outlook .msg. Options for raw and multipart bodies go in the query string or form fields. Live calls: the WebSocket /api/call/stream (docs/voice.md).',
          parameters: queryParameters(),
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/AnalyzeRequest' } },
              'message/rfc822': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
              'audio/*': { schema: { type: 'string', format: 'binary' } },
              'multipart/form-data': { schema: schema(AnalyzeMultipart, 'input') },
              'image/png': { schema: { type: 'string', format: 'binary' } },
              'image/jpeg': { schema: { type: 'string', format: 'binary' } },
              'image/webp': { schema: { type: 'string', format: 'binary' } },
              'application/vnd.ms-outlook': { schema: { type: 'string', format: 'binary' } },
            },
          },
          responses: {
            '200': { description: 'The report', content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } } },
            '400': errorResponse('Malformed JSON, invalid fields, unknown channel, empty or binary input'),
            '413': errorResponse('Body larger than the limit'),
            '415': errorResponse('Unsupported content type, or a file of a kind that cannot be read (GIF, HEIC, PDF …)'),
            '422': errorResponse('A screenshot or .msg file that could not be read (damaged, truncated, no text found)'),
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
              'image/png': { schema: { type: 'string', format: 'binary' } },
              'image/jpeg': { schema: { type: 'string', format: 'binary' } },
              'image/webp': { schema: { type: 'string', format: 'binary' } },
              'application/vnd.ms-outlook': { schema: { type: 'string', format: 'binary' } },
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
        ...(features.cases
          ? {
              CaseMessageRequest: schema(CaseMessageRequest, 'input'),
              FeedbackRequest: schema(FeedbackRequest, 'input'),
              Feedback: schema(FeedbackBody),
              Case: refReports(schema(CaseBody)) as Json,
              CaseList: schema(CaseListBody),
            }
          : {}),
      },
      ...(features.cases
        ? {
            securitySchemes: {
              apiToken: {
                type: 'http',
                scheme: 'bearer',
                description: 'A token from the IMPOSTOR_API_TOKENS file (roles reader, analyst, admin). Needed for /api/cases* whenever the server has tokens.',
              },
            },
          }
        : {}),
    },
  });
}
