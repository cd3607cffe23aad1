import { Hono } from 'hono';
import { z } from 'zod';
import {
  analyzeWithMessage,
  brandById,
  BRANDS,
  buildIncidentReport,
  buildPlaybook,
  collectIndicators,
  hardeningChecklist,
  indicatorsToCsv,
  indicatorsToStix,
  orderedSteps,
  STAGES,
  type AnalyzeOptions,
  type ParseInput,
} from '../core/index.js';
import { errorJson, FILE_TYPES, readJsonBody, readMultipart, type AppEnv, type FileReader } from './http.js';
import { issuesOf, PlaybookQuery, ReportJsonRequest, ReportMultipart, ReportQuery, StageParam } from './schemas.js';

// GET /api/playbooks/:stage and POST /api/report: the response side of the API. Mounted by
// createApp() after the /api/* middleware (CORS, rate limit, timeout, body limit), before the page.

// The request schemas live in schemas.ts, where the OpenAPI document is generated from them too.

export interface ResponseRouteOptions {
  maxBodyBytes: number;
  analyzeOptions?: AnalyzeOptions;
  /** Clock for report dates and STIX timestamps. */
  now: () => Date;
  /** Reader for uploaded screenshots and .msg files (AppOptions.readFile). */
  readFile?: FileReader;
}

export function responseRoutes(o: ResponseRouteOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/playbooks', (c) => c.json(STAGES));

  app.get('/api/playbooks/:stage', (c) => {
    const stage = StageParam.safeParse(c.req.param('stage')).data;
    if (!stage) return errorJson(c, 404, 'unknown_stage', `Unknown stage; use one of: ${STAGES.map((s) => s.id).join(', ')}.`);
    const q = PlaybookQuery.safeParse(c.req.query());
    if (!q.success) return errorJson(c, 400, 'invalid_request', 'The request is not valid.', issuesOf(q.error));
    let brand = null;
    if (q.data.brand) {
      brand = brandById(q.data.brand.toLowerCase()) ?? null;
      if (!brand) return errorJson(c, 400, 'unknown_brand', `Unknown brand; use one of: ${BRANDS.map((b) => b.id).join(', ')}.`);
    }
    const p = buildPlaybook(stage, { brand, country: q.data.country ?? o.analyzeOptions?.country ?? 'US', channel: q.data.channel ?? null });
    return c.json({ ...p, steps: orderedSteps(p), hardening: hardeningChecklist(brand) });
  });

  app.post('/api/report', async (c) => {
    const ct = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    let input: string | Uint8Array;
    let fields: z.infer<typeof ReportQuery>;
    let parsed: ParseInput | null = null;
    if (ct === 'application/json') {
      const data = await readJsonBody(c, ReportJsonRequest);
      if (data instanceof Response) return data;
      const { text, ...rest } = data;
      input = text;
      fields = { ...rest, from: rest.from ?? undefined };
    } else if (ct === 'message/rfc822' || ct === 'text/plain' || (FILE_TYPES.has(ct) && o.readFile)) {
      const q = ReportQuery.safeParse(c.req.query());
      if (!q.success) return errorJson(c, 400, 'invalid_request', 'The request is not valid.', issuesOf(q.error));
      input = new Uint8Array(await c.req.arrayBuffer());
      fields = { ...q.data, channel: q.data.channel ?? (ct === 'message/rfc822' ? 'email' : undefined) };
      // A screenshot or .msg sent as its own media type, as on /api/analyze.
      if (FILE_TYPES.has(ct) && o.readFile) parsed = await o.readFile(input, { name: null, from: fields.from ?? null, ...(fields.channel ? { channel: fields.channel } : {}) });
    } else if (ct === 'multipart/form-data') {
      const mp = await readMultipart(c);
      if (mp instanceof Response) return mp;
      const { file } = mp;
      const q = ReportMultipart.safeParse(mp.fields);
      if (!q.success) return errorJson(c, 400, 'invalid_request', 'The request is not valid.', issuesOf(q.error));
      const { text, ...rest } = q.data;
      if (file instanceof File) {
        input = new Uint8Array(await file.arrayBuffer());
        // An uploaded .eml is an email, as on /api/analyze.
        fields = { ...rest, channel: rest.channel ?? (/\.eml$/i.test(file.name) ? 'email' : undefined) };
        if (o.readFile) parsed = await o.readFile(input, { name: file.name, from: fields.from ?? null, ...(fields.channel ? { channel: fields.channel } : {}) });
      } else if (text !== undefined) {
        input = text;
        fields = rest;
      } else {
        return errorJson(c, 400, 'invalid_request', 'Send the message as a "file" or a "text" field.');
      }
    } else {
      return errorJson(c, 415, 'unsupported_media_type', 'Send application/json, message/rfc822, text/plain or multipart/form-data.');
    }
    const now = o.now();
    const country = (fields.country ?? o.analyzeOptions?.country ?? 'US').toUpperCase();
    const opts: AnalyzeOptions = {
      ...o.analyzeOptions,
      limits: { ...o.analyzeOptions?.limits, maxInputBytes: o.maxBodyBytes },
      country,
      now: () => now,
    };
    const req: ParseInput = parsed ?? { input, channel: fields.channel, from: fields.from ?? null };
    const { report, message } = await analyzeWithMessage(req, opts);
    c.set('logFields', { channel: report.channel, verdict: report.verdict, format: fields.format ?? 'json' });
    const format = fields.format ?? 'json';
    if (format === 'csv' || format === 'stix') {
      const ind = collectIndicators(report);
      if (format === 'csv') {
        return c.body(indicatorsToCsv(ind, { brand: report.brand, verdict: report.verdict, reportedAt: now.toISOString() }), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
        });
      }
      return c.json(indicatorsToStix(ind, { now, brand: report.brand, verdict: report.verdict }));
    }
    // The email's own Date header goes in as "received", from the analysis's own parse.
    const incident = buildIncidentReport(report, { now, country, message });
    return format === 'text' ? c.text(incident.text) : c.json(incident);
  });
  return app;
}
