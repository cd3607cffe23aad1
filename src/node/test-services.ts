import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Real services for tests, started on free loopback ports: PostgreSQL (Debian's postgresql:
// initdb + pg_ctl) and redis-server. Tests skip without them, and fail under
// IMPOSTOR_REQUIRE_SERVICES=1 (CI installs both).

export const required = process.env.IMPOSTOR_REQUIRE_SERVICES === '1';
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

export const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
    s.on('error', rej);
  });

/** Debian's PostgreSQL binaries (/usr/lib/postgresql/N/bin), newest first; null when absent. */
export function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const v = readdirSync(base).filter((d) => existsSync(join(base, d, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return v[0] ? join(base, v[0], 'bin') : null;
}

export const hasPostgres = postgresBin() !== null;
export const hasRedis = has('redis-server');
export const skipUnless = (ok: boolean, what: string): string | false => (!ok && !required ? `${what} not installed` : false);

export interface Service {
  url: string;
  stop(): Promise<void>;
}

/** A throw-away PostgreSQL cluster (trust auth on loopback); as root, run as the postgres user. */
export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL (Debian postgresql) is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'impostor-pg-'));
  chmodSync(dir, 0o755);
  const root = process.getuid?.() === 0;
  if (root) spawnSync('chown', ['postgres', dir]);
  const port = await freePort();
  const run = (args: string[]) => {
    const cmd = root ? 'runuser' : args[0]!;
    const argv = root ? ['-u', 'postgres', '--', ...args] : args.slice(1);
    const r = spawnSync(cmd, argv, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args[0]} failed: ${(r.stderr || r.stdout || '').slice(-500)}`);
  };
  run([join(bin, 'initdb'), '-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run([join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run([join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A redis-server with no persistence on a free loopback port. */
export async function startRedis(): Promise<Service> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const { Redis } = await import('ioredis');
  for (let i = 0; ; i++) {
    const r = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    r.on('error', () => {});
    try {
      await r.connect();
      await r.ping();
      r.disconnect();
      break;
    } catch {
      r.disconnect();
      if (i > 100) throw new Error('redis-server did not start');
      await new Promise((res) => setTimeout(res, 50));
    }
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGKILL');
      await new Promise((res) => child.once('exit', res));
    },
  };
}

/** Every file under dir whose bytes contain needle (the way an investigator would grep a disk). */
export function filesContaining(dir: string, needle: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && readFileSync(p).includes(Buffer.from(needle))) out.push(p);
    }
  };
  walk(dir);
  return out;
}
