import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp, type AppOptions } from './app.js';
import { attachCallSocket, type CallSocketOptions } from './call-socket.js';
import { audioTranscriber, lazyRecognizer } from './voice.js';
import { tuneHeapForServing } from './heap.js';
// Faster Blob joins for postal-mime on Node (same bytes); see src/node/fast-blob.ts.
import '../node/fast-blob.js';
import '../node/model-files.js';
import { jsonLogger } from './logging.js';
import type { ParseInput } from '../core/index.js';
import { sniffFile } from '../node/inputs/sniff.js';
import { ocrStarted } from '../node/ocr/state.js';
import { createPool } from '../node/pool/index.js';
import { applyTimeouts, guardFetch, hostAllowed, timeoutServerOptions, type ServerTimeouts } from './guard.js';

// Starts the app on Node's HTTP server. Loopback by default: the page analyses in the browser, and
// the API is meant for this machine unless the operator chooses to expose it.

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

/** dist/web, next to the compiled server (dist/src/server/node.js → dist/web). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** Screenshots (OCR) and Outlook .msg uploads; the readers load on the first such file. */
async function readUploadedFile(bytes: Uint8Array, given: { name: string | null; from: string | null; channel?: string }): Promise<ParseInput> {
  if (sniffFile(bytes) === 'text') return { input: bytes, from: given.from, ...(given.channel ? { channel: given.channel } : {}) };
  const { messageInput } = await import('../node/inputs/index.js');
  return messageInput(bytes, given);
}

async function closeOcrIfStarted(): Promise<void> {
  if (ocrStarted()) await (await import('../node/ocr/tesseract.js')).closeOcr();
}

export interface StartOptions extends AppOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Apply the server's V8 heap settings (heap.ts) to this process. Default true. */
  tuneHeap?: boolean;
  /** The live-call WebSocket at /api/call/stream (docs/voice.md); false: none. */
  callStream?: CallSocketOptions | false;
  /** Host names served besides loopback names, IP literals and the bound address ("*": any); guard.ts. */
  allowedHosts?: readonly string[];
  /** Socket time limits (408); the handler's is AppOptions.timeoutMs (503). */
  timeouts?: ServerTimeouts;
  /**
   * Analyses run on this many worker threads (src/node/pool), the HTTP work stays on the main
   * thread. Default 1: in the main thread, no workers. `impostor serve` defaults to all cores.
   */
  jobs?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  server: ServerType;
  /** Analysis threads (1: the main thread). */
  jobs: number;
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  if (opts.tuneHeap !== false) tuneHeapForServing();
  const logger = opts.logger ?? jsonLogger((line) => process.stdout.write(line));
  // One recogniser for voicemail uploads and live audio, made on first use (IMPOSTOR_ASR…).
  const recognizer = lazyRecognizer();
  const pool = (opts.jobs ?? 1) > 1 && !opts.analyzer ? createPool(opts.jobs) : null;
  const app = createApp({
    ...(pool ? { analyzer: (input: ParseInput, options: import('../core/index.js').AnalyzeOptions) => pool.run(input, options) } : {}),
    webRoot: DEFAULT_WEB_ROOT,
    readFile: readUploadedFile,
    logger,
    transcribeAudio: audioTranscriber(recognizer),
    ...opts,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const fetch = guardFetch(app.fetch, hostAllowed(opts.allowedHosts, host));
    const s = serve({ fetch, hostname: host, port: opts.port ?? DEFAULT_PORT, serverOptions: timeoutServerOptions(opts.timeouts) }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (err: unknown) => {
    await pool?.close();
    throw err;
  });
  // Slow-loris guards on the socket; the app's own timeout covers the handler.
  const http = server as import('node:http').Server;
  applyTimeouts(http, opts.timeouts);
  const calls =
    opts.callStream === false
      ? null
      : attachCallSocket(http, { recognizer, logger, corsOrigins: opts.corsOrigins, analyzeOptions: opts.analyzeOptions, hostAllowed: hostAllowed(opts.allowedHosts, host), ...opts.callStream });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}/`,
    host: addr.address,
    port: addr.port,
    server,
    jobs: pool?.size ?? 1,
    // Graceful: no new connections, idle keep-alive ones closed now, requests in flight get up to
    // 10 s to finish (a case being stored, an analysis) before the rest are cut.
    close: () =>
      new Promise<void>((resolve) => {
        calls?.close();
        server.close(() => resolve());
        http.closeIdleConnections?.();
        setTimeout(() => http.closeAllConnections?.(), 10_000).unref();
      })
        .then(() => pool?.close())
        .then(closeOcrIfStarted),
  };
}
