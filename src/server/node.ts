import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp, type AppOptions } from './app.js';
import { tuneHeapForServing } from './heap.js';
// Faster Blob joins for postal-mime on Node (same bytes); see src/node/fast-blob.ts.
import '../node/fast-blob.js';
import { jsonLogger } from './logging.js';
import { applyTimeouts, guardFetch, hostAllowed, timeoutServerOptions, type ServerTimeouts } from './guard.js';

// Starts the app on Node's HTTP server. Loopback by default: the page analyses in the browser, and
// the API is meant for this machine unless the operator chooses to expose it.

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

/** dist/web, next to the compiled server (dist/src/server/node.js → dist/web). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

export interface StartOptions extends AppOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Apply the server's V8 heap settings (heap.ts) to this process. Default true. */
  tuneHeap?: boolean;
  /** Host names served besides loopback names, IP literals and the bound address ("*": any); guard.ts. */
  allowedHosts?: readonly string[];
  /** Socket time limits (408); the handler's is AppOptions.timeoutMs (503). */
  timeouts?: ServerTimeouts;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  if (opts.tuneHeap !== false) tuneHeapForServing();
  const app = createApp({
    webRoot: DEFAULT_WEB_ROOT,
    logger: jsonLogger((line) => process.stdout.write(line)),
    ...opts,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const fetch = guardFetch(app.fetch, hostAllowed(opts.allowedHosts, host));
    const s = serve({ fetch, hostname: host, port: opts.port ?? DEFAULT_PORT, serverOptions: timeoutServerOptions(opts.timeouts) }, () => resolve(s));
    s.once('error', reject);
  });
  // Slow-loris guards on the socket; the app's own timeout covers the handler.
  const http = server as import('node:http').Server;
  applyTimeouts(http, opts.timeouts);
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}/`,
    host: addr.address,
    port: addr.port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
