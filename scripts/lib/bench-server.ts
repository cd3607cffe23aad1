import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { StartOptions } from '../../src/server/node.js';
import { V8_FLAGS } from '../../src/node/v8-flags.js';

// The server that the HTTP benchmarks (bench-http, bench-rss) load: a child process started from the
// benchmark's own script with --serve, with the same V8 settings as `impostor serve` (bin/impostor.js
// sets them at run time before loading the CLI; here a first module does: regexps compiled straight
// to machine code, new space held at its initial size until startServer() applies src/server/heap.ts).

/** Child side: start the server on a loopback port and tell the parent its URL. */
export async function serveForBench(options: StartOptions): Promise<void> {
  const { startServer } = await import('../../src/server/node.js');
  // The default limit (60 a minute per client) would turn a load test into a rate-limit test.
  const running = await startServer({ host: '127.0.0.1', port: 0, rateLimit: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 }, ...options });
  process.stderr.write(`BENCH_URL ${running.url}\n`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Parent side: start `script --serve [args]` in a child and wait for its loopback URL. */
export async function spawnBenchServer(script: string, nodeArgs: readonly string[], stdout: 'ignore' | 'pipe', args: readonly string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const early = new URL('../../src/server/heap-early.js', import.meta.url).href;
  const child = spawn(process.execPath, [...V8_FLAGS, ...nodeArgs, '--import', early, script, '--serve', ...args], { stdio: ['ignore', stdout, 'pipe'] });
  const url = await new Promise<string>((ok, fail) => {
    let buf = '';
    child.stderr!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /BENCH_URL (\S+)/.exec(buf);
      if (m) ok(m[1]!);
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}: ${buf.slice(-2000)}`)));
  });
  if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(url)) throw new Error(`refusing a non-loopback server URL ${url}`);
  return { child, url };
}

/** Resident memory of a process from /proc (VmRSS now, VmHWM the peak), in MB; null where /proc is missing. */
export function procMemMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
