import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { checkDomain, checkUrl, type UrlCheckResult } from '../core/index.js';
import { errorJson, readJsonBody, type AppEnv } from './http.js';
import { DomainJsonRequest, DomainQuery, issuesOf, UrlJsonRequest, UrlQuery } from './schemas.js';

// GET/POST /api/url and /api/domain: the standalone link and domain checks (core checkUrl /
// checkDomain), the API side of `impostor url` and `impostor domain`. Mounted by createApp()
// after the /api/* middleware.

type Source<T> = { query: z.ZodType<T>; json: z.ZodType<T> };

async function readInput<T>(c: Context<AppEnv>, s: Source<T>): Promise<T | Response> {
  if (c.req.method === 'GET') {
    const q = s.query.safeParse(c.req.query());
    return q.success ? q.data : errorJson(c, 400, 'invalid_request', 'The request is not valid.', issuesOf(q.error));
  }
  const ct = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (ct !== 'application/json') return errorJson(c, 415, 'unsupported_media_type', 'Send application/json.');
  return readJsonBody(c, s.json);
}

function reply(c: Context<AppEnv>, kind: 'url' | 'domain', r: UrlCheckResult) {
  // The checked value itself stays out of the log, like message content.
  c.set('logFields', { check: kind, verdict: r.verdict, findings: r.findings.length, lookalike: !!r.lookalikeOf });
  return c.json(r);
}

export function checkRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const url = async (c: Context<AppEnv>) => {
    const input = await readInput(c, { query: UrlQuery, json: UrlJsonRequest });
    return input instanceof Response ? input : reply(c, 'url', checkUrl(input.url));
  };
  const domain = async (c: Context<AppEnv>) => {
    const input = await readInput(c, { query: DomainQuery, json: DomainJsonRequest });
    return input instanceof Response ? input : reply(c, 'domain', checkDomain(input.name));
  };
  app.get('/api/url', url);
  app.post('/api/url', url);
  app.get('/api/domain', domain);
  app.post('/api/domain', domain);
  return app;
}
