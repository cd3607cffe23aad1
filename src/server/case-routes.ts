import { Hono, type Context } from 'hono';
import { analyze, type AnalyzeOptions, type Report } from '../core/index.js';
import type { CaseStore, FeedbackLabel } from '../node/store/index.js';
import { errorJson, readJsonBody, type AppEnv } from './http.js';
import { CaseIdParam, CaseListQuery, CaseMessageQuery, CaseMessageRequest, FeedbackRequest } from './case-schemas.js';
import type { AppMetrics } from './metrics.js';
import { issuesOf } from './schemas.js';
import { allows, type Caller, type Role, type TokenSet } from './tokens.js';

// /api/cases: stored cases (one incident across channels), feedback, search, deletion. The store is
// Node-only (PGlite / PostgreSQL), so createApp() gets it injected; it may still be opening when the
// first request comes, hence a promise.

export interface CaseRouteOptions {
  store: Promise<CaseStore>;
  /** API tokens (IMPOSTOR_API_TOKENS); null: no tokens, open to whoever reaches the server. */
  tokens: TokenSet | null;
  /**
   * Refuse the case endpoints (403 tokens_required) because the server listens beyond loopback and
   * no tokens are configured: cases are personal data.
   */
  requireTokens?: boolean;
}

interface Deps {
  maxBodyBytes: number;
  analyzeOptions?: AnalyzeOptions;
  metrics?: AppMetrics;
}

export function caseRoutes(o: CaseRouteOptions, d: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = async (c: Context<AppEnv>, needed: Role): Promise<Caller | null | Response> => {
    if (!o.tokens) {
      if (o.requireTokens) return errorJson(c, 403, 'tokens_required', 'Cases are served beyond loopback only with API tokens (IMPOSTOR_API_TOKENS).');
      return null;
    }
    const caller = await o.tokens.identify(c.req.header('authorization'));
    if (!caller) {
      c.header('WWW-Authenticate', 'Bearer realm="impostor"');
      return errorJson(c, 401, 'unauthorized', 'A valid API token is needed: Authorization: Bearer <token>.');
    }
    if (!allows(caller.role, needed)) return errorJson(c, 403, 'forbidden', `This needs the ${needed} role; the token is a ${caller.role}.`);
    return caller;
  };
  const store = async (c: Context<AppEnv>): Promise<CaseStore | Response> => {
    try {
      return await o.store;
    } catch {
      return errorJson(c, 503, 'store_unavailable', 'The case store could not be opened; see the server log.');
    }
  };
  const badId = (c: Context<AppEnv>) => errorJson(c, 404, 'case_not_found', 'No such case.');

  /** Reads the message (JSON or a raw body) and analyses it: the text to store and its report. */
  const judge = async (c: Context<AppEnv>): Promise<{ text: string; report: Report } | Response> => {
    const ct = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    let input: string | Uint8Array;
    let channel: string | undefined;
    let from: string | null | undefined;
    let country: string | undefined;
    if (ct === 'application/json') {
      const data = await readJsonBody(c, CaseMessageRequest);
      if (data instanceof Response) return data;
      ({ text: input, channel, from, country } = data);
    } else if (ct === 'message/rfc822' || ct === 'text/plain') {
      const q = CaseMessageQuery.safeParse(c.req.query());
      if (!q.success) return errorJson(c, 400, 'invalid_request', 'The request is not valid.', issuesOf(q.error));
      input = new Uint8Array(await c.req.arrayBuffer());
      ({ channel, from, country } = q.data);
      channel ??= ct === 'message/rfc822' ? 'email' : undefined;
    } else {
      return errorJson(c, 415, 'unsupported_media_type', 'Send application/json, message/rfc822 or text/plain.');
    }
    const opts: AnalyzeOptions = {
      ...d.analyzeOptions,
      limits: { ...d.analyzeOptions?.limits, maxInputBytes: d.maxBodyBytes },
      country: country?.toUpperCase() ?? d.analyzeOptions?.country ?? 'US',
    };
    const t0 = performance.now();
    const report = await analyze({ input, channel, from: from ?? null }, opts);
    d.metrics?.observe(report, (performance.now() - t0) / 1000);
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    c.set('logFields', { channel: report.channel, verdict: report.verdict });
    return { text, report };
  };

  app.post('/api/cases', async (c) => {
    const who = await guard(c, 'analyst');
    if (who instanceof Response) return who;
    const s = await store(c);
    if (s instanceof Response) return s;
    const m = await judge(c);
    if (m instanceof Response) return m;
    const id = await s.create(m);
    d.metrics?.caseEvent('created');
    c.header('Location', `/api/cases/${id}`);
    return c.json(await s.get(id), 201);
  });

  app.get('/api/cases', async (c) => {
    const who = await guard(c, 'reader');
    if (who instanceof Response) return who;
    const q = CaseListQuery.safeParse(c.req.query());
    if (!q.success) return errorJson(c, 400, 'invalid_request', 'The request is not valid.', issuesOf(q.error));
    const s = await store(c);
    if (s instanceof Response) return s;
    const limit = q.data.limit ? Number(q.data.limit) : undefined;
    if (limit !== undefined && (limit < 1 || limit > 1000)) return errorJson(c, 400, 'invalid_request', 'limit must be 1–1000.');
    const cases = await s.list({ brand: q.data.brand, verdict: q.data.verdict, rule: q.data.rule, since: q.data.since ? new Date(q.data.since) : undefined, limit });
    return c.json({ cases });
  });

  app.get('/api/cases/:id', async (c) => {
    const who = await guard(c, 'reader');
    if (who instanceof Response) return who;
    const s = await store(c);
    if (s instanceof Response) return s;
    const id = CaseIdParam.safeParse(c.req.param('id'));
    const found = id.success ? await s.get(id.data) : null;
    return found ? c.json(found) : badId(c);
  });

  app.post('/api/cases/:id/messages', async (c) => {
    const who = await guard(c, 'analyst');
    if (who instanceof Response) return who;
    const s = await store(c);
    if (s instanceof Response) return s;
    const id = CaseIdParam.safeParse(c.req.param('id'));
    if (!id.success || !(await s.get(id.data))) return badId(c);
    const m = await judge(c);
    if (m instanceof Response) return m;
    try {
      await s.addMessage(id.data, m);
    } catch (err) {
      if ((err as Error)?.name === 'CaseNotFound') return badId(c);
      throw err;
    }
    d.metrics?.caseEvent('message');
    return c.json(await s.get(id.data));
  });

  app.post('/api/cases/:id/feedback', async (c) => {
    const who = await guard(c, 'analyst');
    if (who instanceof Response) return who;
    const s = await store(c);
    if (s instanceof Response) return s;
    const id = CaseIdParam.safeParse(c.req.param('id'));
    if (!id.success) return badId(c);
    const body = await readJsonBody(c, FeedbackRequest);
    if (body instanceof Response) return body;
    if (body.label === 'wrong_brand' && !body.brand) return errorJson(c, 400, 'invalid_request', 'wrong_brand needs the real "brand".');
    try {
      const f = await s.addFeedback(id.data, { label: body.label as FeedbackLabel, brand: body.brand?.toLowerCase() ?? null, by: body.by ?? null, token: who?.id ?? null });
      d.metrics?.caseEvent('feedback');
      return c.json(f, 201);
    } catch (err) {
      if ((err as Error)?.name === 'CaseNotFound') return badId(c);
      throw err;
    }
  });

  app.delete('/api/cases/:id', async (c) => {
    const who = await guard(c, 'admin');
    if (who instanceof Response) return who;
    const s = await store(c);
    if (s instanceof Response) return s;
    const id = CaseIdParam.safeParse(c.req.param('id'));
    if (!id.success || !(await s.delete(id.data))) return badId(c);
    d.metrics?.caseEvent('deleted');
    return c.body(null, 204);
  });
  return app;
}
