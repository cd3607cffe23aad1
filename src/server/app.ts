import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  analyze,
  BRANDS,
  ERROR_MAP,
  isImpostorError,
  RULES,
  SCHEMA_VERSION,
  type AnalyzeOptions,
  type ParseInput,
  type Report,
} from '../core/index.js';
import { caseRoutes, type CaseRouteOptions } from './case-routes.js';
import { checkRoutes } from './check-routes.js';
import { errorJson, FILE_TYPES, readJsonBody, readMultipart, type AppEnv, type FileReader } from './http.js';
import { silentLogger, type Logger } from './logging.js';
import { buildOpenApi } from './openapi.js';
import { RateLimiter } from './rate-limit.js';
import type { AppMetrics } from './metrics.js';
import { responseRoutes } from './response-routes.js';
import { AnalyzeJsonRequest, AnalyzeMultipart, AnalyzeQuery, issuesOf } from './schemas.js';
import { loadStaticFiles, type StaticFile } from './static.js';

// The HTTP adapter: validate at the edge, call the core, return JSON. Web-standard (Hono), so the
// whole app is tested in-process with app.request().

export const VERSION = '0.1.0';

export interface AppOptions {
  /** Largest request body accepted, in bytes (also the core's maxInputBytes). Default 5 MiB. */
  maxBodyBytes?: number;
  /** Requests per client per window on /api/*. Default 60 a minute. */
  rateLimit?: { max: number; windowMs: number; maxClients?: number };
  /** Milliseconds before an /api request is answered 503. Default 15 s. */
  timeoutMs?: number;
  /** Cross-origin callers allowed on /api/* (exact origins, e.g. "https://intranet.example"). Default none. */
  corsOrigins?: readonly string[];
  /** Folder with the built page (dist/web). Null or missing folder: no page, API only. */
  webRoot?: string | null;
  logger?: Logger;
  /** Who a request counts against for the rate limit. Default: the socket's remote address. */
  clientKey?: (c: Context) => string;
  /**
   * Online sender authentication (SPF/DKIM/DMARC over DNS) for raw emails, when the caller asks
   * for it. Node-only, so injected; returns extra analyze() options.
   */
  onlineAuth?: (raw: Uint8Array) => Promise<Partial<AnalyzeOptions>>;
  /** Reader for screenshots and Outlook .msg uploads (http.ts FileReader); Node-only, so injected. */
  readFile?: FileReader;
  /**
   * Speech recognition for recordings sent to /api/analyze (audio/* bodies, audio files in a
   * multipart "file"): the heard text and a note for the report, or null when the bytes are not
   * audio. Node-only (ffmpeg, pocketsphinx), so injected.
   */
  transcribeAudio?: (bytes: Uint8Array) => Promise<{ text: string; note: string } | null>;
  /** Milliseconds before an /api request that may carry audio (audio/*, multipart) is answered 503. Default 120 s. */
  audioTimeoutMs?: number;
  /** Base analyze() options (country default, clock, …). */
  analyzeOptions?: AnalyzeOptions;
  /** What runs /api/analyze's analysis: the core's analyze() by default; a worker pool on Node (node.ts, `serve --jobs`). */
  analyzer?: (input: ParseInput, options: AnalyzeOptions) => Promise<Report>;
  now?: () => number;
  /** Prometheus metrics (GET /metrics); Node-only (prom-client), so injected. */
  metrics?: AppMetrics;
  /** Stored cases and feedback (/api/cases); Node-only (PGlite / PostgreSQL), so injected. */
  cases?: CaseRouteOptions;
}

function defaultClientKey(c: Context): string {
  // app.request() in tests has no socket. Checked up front rather than caught: building the
  // TypeError's stack trace cost more than the rest of the rate limiter.
  const env = c.env as { incoming?: { socket?: unknown }; server?: { incoming?: { socket?: unknown } } } | undefined;
  if (!(env?.server ?? env)?.incoming?.socket) return 'local';
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

function truthy(v: string | undefined): boolean {
  return v === 'true' || v === '1' || v === 'on';
}

function strictCors(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  const allow = new Set(allowed);
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin) return next();
    const self = new URL(c.req.url).origin;
    if (origin !== self && !allow.has(origin)) {
      return errorJson(c, 403, 'cors_forbidden', 'Cross-origin requests are not allowed from this origin.');
    }
    if (origin === self) return next();
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', 'GET, POST');
      c.header('Access-Control-Allow-Headers', 'Content-Type');
      c.header('Access-Control-Max-Age', '600');
      c.header('Vary', 'Origin');
      return c.body(null, 204);
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.append('Vary', 'Origin');
  };
}

export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const maxBodyBytes = options.maxBodyBytes ?? 5 * 1024 * 1024;
  const log = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const limiter = new RateLimiter({ max: 60, windowMs: 60_000, ...options.rateLimit, now });
  const clientKey = options.clientKey ?? defaultClientKey;
  const files: Map<string, StaticFile> = options.webRoot ? loadStaticFiles(options.webRoot) : new Map();
  let openapi: string | undefined;

  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const started = now();
    const reqId = crypto.randomUUID();
    c.set('reqId', reqId);
    c.set('logFields', {});
    await next();
    c.res.headers.set('X-Request-Id', reqId);
    log({
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      reqId,
      method: c.req.method,
      // The path only: query strings can carry a sender address.
      path: c.req.path,
      status: c.res.status,
      ms: now() - started,
      ...c.get('logFields'),
    });
  });

  app.use(
    secureHeaders({
      // No inline script or style anywhere on the page, so no 'unsafe-inline'.
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        // 'wasm-unsafe-eval': the page reads screenshots with tesseract.js's WebAssembly (no JS eval).
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // The page's web app manifest and service worker (src/web/manifest.webmanifest, sw.ts).
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      // Loopback HTTP by default; HSTS only means something behind a TLS proxy, which sets its own.
      strictTransportSecurity: false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );

  app.use('/api/*', strictCors(options.corsOrigins ?? []));
  app.use('/api/*', async (c, next) => {
    const d = limiter.hit(clientKey(c));
    c.header('RateLimit-Remaining', String(d.remaining));
    if (!d.allowed) {
      c.header('Retry-After', String(d.resetIn));
      return errorJson(c, 429, 'rate_limited', `Too many requests; try again in ${d.resetIn} s.`);
    }
    return next();
  });
  const stopped = () => new HTTPException(503, { message: 'The request took too long and was stopped.' });
  const textTimeout = timeout(options.timeoutMs ?? 15_000, stopped);
  // Recognising speech takes a while (about half the length of the recording on two cores).
  const audioTimeout = timeout(Math.max(options.timeoutMs ?? 15_000, options.audioTimeoutMs ?? 120_000), stopped);
  app.use('/api/*', (c, next) =>
    options.transcribeAudio && /^(?:audio\/|multipart\/form-data)/i.test(c.req.header('content-type') ?? '') ? audioTimeout(c, next) : textTimeout(c, next),
  );
  const tooLarge = (cc: Context) => errorJson(cc, 413, 'input_too_large', `The request body is larger than the limit of ${maxBodyBytes} bytes.`);
  const limitBody = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });
  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'POST' && c.req.method !== 'PUT') return next();
    // On Node with a Content-Length (and no Transfer-Encoding) the check is the one bodyLimit makes,
    // done without touching c.req.raw.body: that getter turns @hono/node-server's lightweight request
    // into a full undici Request with a web stream (~15% of the CPU of a short text's request), where
    // c.req.json() would otherwise read the socket directly. A POST/PUT request on Node always has a
    // body stream, so bodyLimit's "no body" branch cannot apply. Chunked bodies go through bodyLimit.
    if ((c.env as { incoming?: unknown } | undefined)?.incoming) {
      const length = c.req.header('content-length');
      if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
        return parseInt(length || '0', 10) > maxBodyBytes ? tooLarge(c) : next();
      }
    }
    return limitBody(c, next);
  });

  // Routes. New endpoints go here; /api/* already has CORS, the rate limit, the timeout and (for
  // POST/PUT) the body limit. Reply with errorJson() for failures.

  app.get('/healthz', (c) => c.json({ status: 'ok', schemaVersion: SCHEMA_VERSION, version: VERSION, onlineAuth: !!options.onlineAuth }));

  app.get('/api/openapi.json', (c) => {
    openapi ??= JSON.stringify(buildOpenApi(VERSION, maxBodyBytes, { cases: !!options.cases, metrics: !!options.metrics }));
    return c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  if (options.metrics) {
    const m = options.metrics;
    app.get('/metrics', async (c) => {
      const { contentType, body } = await m.render();
      return c.body(body, 200, { 'Content-Type': contentType });
    });
  }

  app.get('/api/rules', (c) => c.json(RULES.map((r) => r.meta)));

  app.get('/api/brands', (c) => c.json(BRANDS));

  app.post('/api/analyze', async (c) => {
    const ct = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    let input: string | Uint8Array;
    let channel: string | undefined;
    let from: string | null | undefined;
    let country: string | undefined;
    let checkAuth = false;
    // A screenshot or .msg as analyze() reads it, when a file reader is injected.
    let parsed: ParseInput | null = null;
    // Bytes that may be a recording (transcribed below when the server has a recogniser).
    let audio = false;
    // The uploaded bytes go to the file reader (screenshot, .msg) unless they were a recording.
    let readPending = false;
    let readName: string | null = null;

    if (ct === 'application/json') {
      const data = await readJsonBody(c, AnalyzeJsonRequest, (err) => invalid(c, err));
      if (data instanceof Response) return data;
      ({ text: input, channel, from, country } = data);
      checkAuth = data.checkAuth ?? false;
    } else if (ct === 'message/rfc822' || ct === 'text/plain' || ct === 'application/octet-stream' || (FILE_TYPES.has(ct) && options.readFile) || ct.startsWith('audio/')) {
      const q = AnalyzeQuery.safeParse(c.req.query());
      if (!q.success) return invalid(c, q.error);
      input = new Uint8Array(await c.req.arrayBuffer());
      audio = ct.startsWith('audio/') || ct === 'application/octet-stream';
      if (ct.startsWith('audio/') && !options.transcribeAudio) {
        return errorJson(c, 415, 'unsupported_media_type', 'This server has no speech recogniser; send the transcript as text.');
      }
      channel = q.data.channel ?? (ct === 'message/rfc822' ? 'email' : undefined);
      ({ from, country } = q.data);
      checkAuth = truthy(q.data.checkAuth);
      readPending = !!options.readFile && (ct === 'application/octet-stream' || FILE_TYPES.has(ct));
    } else if (ct === 'multipart/form-data') {
      const mp = await readMultipart(c);
      if (mp instanceof Response) return mp;
      const { file, fields } = mp;
      const q = AnalyzeMultipart.safeParse(fields);
      if (!q.success) return invalid(c, q.error);
      if (file instanceof File) {
        input = new Uint8Array(await file.arrayBuffer());
        audio = true;
        channel = q.data.channel ?? (/\.eml$/i.test(file.name) ? 'email' : undefined);
        readPending = !!options.readFile;
        readName = file.name;
      } else if (q.data.text !== undefined) {
        input = q.data.text;
        channel = q.data.channel;
      } else {
        return errorJson(c, 400, 'invalid_request', 'Send the message as a "file" or a "text" field.');
      }
      ({ from, country } = q.data);
      checkAuth = truthy(q.data.checkAuth);
    } else {
      return errorJson(
        c,
        415,
        'unsupported_media_type',
        'Send application/json, message/rfc822, text/plain, audio/* or multipart/form-data.',
      );
    }

    const bytes = typeof input === 'string' ? input.length : input.byteLength;
    let heardNote: string | null = null;
    if (audio && options.transcribeAudio && typeof input !== 'string') {
      const heard = await options.transcribeAudio(input);
      if (heard) {
        ({ text: input, note: heardNote } = heard);
        channel = 'call';
      } else if (ct.startsWith('audio/')) {
        return errorJson(c, 415, 'unsupported_media_type', 'The body is not audio this server can read (WAV, MP3, Ogg, FLAC, M4A, WebM).');
      }
    }
    if (readPending && heardNote === null && options.readFile && typeof input !== 'string') {
      parsed = await options.readFile(input, { name: readName, from: from ?? null, ...(channel ? { channel } : {}) });
    }
    const opts: AnalyzeOptions = {
      ...options.analyzeOptions,
      limits: { ...options.analyzeOptions?.limits, maxInputBytes: maxBodyBytes },
      country: country?.toUpperCase() ?? options.analyzeOptions?.country ?? 'US',
    };
    let authNote: string | null = null;
    if (checkAuth) {
      if (!options.onlineAuth) authNote = 'auth_check_unavailable: this server cannot check sender authentication online';
      else if (channel === 'sms' || channel === 'call') authNote = 'auth_check_skipped: sender authentication applies to emails only';
      else {
        const raw = typeof input === 'string' ? new TextEncoder().encode(input) : input;
        Object.assign(opts, await options.onlineAuth(raw));
      }
    }
    const t0 = performance.now();
    const report: Report = await (options.analyzer ?? analyze)(parsed ?? { input, channel, from: from ?? null }, opts);
    options.metrics?.observe(report, (performance.now() - t0) / 1000);
    if (authNote) report.warnings.push(authNote);
    if (heardNote) report.warnings.push(heardNote);
    c.set('logFields', {
      contentType: ct,
      bytes,
      channel: report.channel,
      verdict: report.verdict,
      findings: report.findings.length,
      checkAuth,
      audio: heardNote !== null,
    });
    return c.json(report);
  });

  // Each route file builds its own Hono; mounted here, after the /api/* middleware above.
  app.route('/', responseRoutes({ maxBodyBytes, analyzeOptions: options.analyzeOptions, now: options.analyzeOptions?.now ?? (() => new Date(now())), readFile: options.readFile }));
  app.route('/', checkRoutes());
  if (options.cases) app.route('/', caseRoutes(options.cases, { maxBodyBytes, analyzeOptions: options.analyzeOptions, metrics: options.metrics }));

  // Only the page's own files are compressed: API replies echo the submitted message, and
  // compressing them next to anything secret would invite BREACH-style guessing.
  app.use('/', compress());
  app.use('/:name{[A-Za-z0-9][A-Za-z0-9._-]*}', compress());
  app.get('/', (c) => serveFile(c, 'index.html'));
  app.get('/:name{[A-Za-z0-9][A-Za-z0-9._-]*}', (c) => serveFile(c, c.req.param('name')));

  function serveFile(c: Context<AppEnv>, name: string) {
    const f = files.get(name);
    const body = f?.body();
    if (!f || !body) {
      if (name === 'index.html') return c.text('The web page is not built. Run "npm run build", then restart.', 503);
      return c.notFound();
    }
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': f.type, 'Cache-Control': 'no-cache' });
  }

  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? errorJson(c, 404, 'not_found', 'No such endpoint.') : c.text('Not found', 404),
  );

  app.onError((err, c) => {
    if (isImpostorError(err)) {
      c.set('logFields', { ...c.get('logFields'), error: err.code });
      return errorJson(c, ERROR_MAP[err.code].httpStatus as ContentfulStatusCode, err.code, err.message);
    }
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      return errorJson(c, status, status === 503 ? 'timeout' : 'http_error', err.message || 'Request failed.');
    }
    // Only the error's class goes to the log: its message could quote content.
    log({ level: 'error', msg: 'unhandled_error', reqId: c.get('reqId'), error: (err as Error)?.name ?? 'unknown' });
    return errorJson(c, 500, 'internal', 'Internal error. The report could not be produced.');
  });

  return app;
}

function invalid(c: Context, err: import('zod').ZodError) {
  const issues = issuesOf(err);
  const channelIssue = issues.some((i) => i.path === 'channel');
  return errorJson(
    c,
    400,
    channelIssue ? 'unsupported_channel' : 'invalid_request',
    channelIssue ? 'Unknown channel; use one of: auto, email, sms, call.' : 'The request is not valid.',
    issues,
  );
}
