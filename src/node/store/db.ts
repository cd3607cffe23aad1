import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { MIGRATIONS } from './migrations.js';

// One SQL interface, two backends: PGlite (PostgreSQL compiled to WebAssembly, in-process, its files
// in a data folder) by default, so `npm start` needs nothing else; a PostgreSQL server (`pg`) when
// DATABASE_URL is set. The same SQL, the same migrations (migrations.ts).

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data is: the data folder, or the server's address without credentials. */
  readonly where: string;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * After rows were deleted. Embedded: rewrite the tables so the deleted text is no longer in their
   * files, and retire the write-ahead log that still holds it. PostgreSQL: vacuum without locking.
   */
  compact(tables: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** The default data folder: $XDG_DATA_HOME/impostor (or ~/.local/share/impostor). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'impostor');
}

// PGlite's own defaults plus wal_recycle=off: a write-ahead-log segment that is no longer needed is
// deleted instead of renamed for reuse, so that erased text does not live on in a recycled segment.
const PGLITE_START = [
  '--single', '-F', '-O', '-j',
  '-c', 'search_path=public', '-c', 'exit_on_error=false', '-c', 'log_checkpoints=false',
  '-c', 'max_worker_processes=0', '-c', 'max_parallel_workers=0', '-c', 'max_parallel_workers_per_gather=0',
  '-c', 'io_method=sync', '-c', 'max_parallel_maintenance_workers=0', '-c', 'wal_recycle=off',
];

async function openPglite(dir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const full = resolve(dir);
  const fresh = !existsSync(full) || readdirSync(full).length === 0;
  if (fresh) {
    // The first start creates the cluster in a side folder and renames it into place, so a process
    // killed during that (seconds) never leaves a half-made data folder behind.
    mkdirSync(dirname(full), { recursive: true });
    // Side folders of earlier first starts that were killed (their process is gone) are removed.
    const prefix = `${basename(full)}.init-`;
    for (const name of readdirSync(dirname(full))) {
      const pid = Number(name.slice(prefix.length));
      if (name.startsWith(prefix) && Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(dirname(full), name), { recursive: true, force: true });
    }
    const tmp = `${full}.init-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const init = await PGlite.create(tmp, { startParams: PGLITE_START });
    await init.close();
    rmSync(full, { recursive: true, force: true });
    renameSync(tmp, full);
  }
  const unlock = lockDataDir(full);
  let pg;
  try {
    pg = await PGlite.create(full, { startParams: PGLITE_START });
  } catch (err) {
    unlock();
    throw err;
  }
  const q = async <T>(runner: { query: (s: string, p?: unknown[]) => Promise<{ rows: unknown[] }> }, sql: string, params?: unknown[]) =>
    (await runner.query(sql, params)).rows as T[];
  return {
    kind: 'pglite',
    where: full,
    query: (sql, params) => q(pg, sql, params),
    transaction: (fn) => pg.transaction((tx) => fn({ query: (sql, params) => q(tx, sql, params) })),
    async compact(tables) {
      for (const t of tables) await pg.exec(`VACUUM FULL ${t}`);
      // Start a new WAL segment, then checkpoint: the segments before it are no longer needed and
      // are removed (wal_recycle=off above).
      await pg.query('SELECT pg_switch_wal()');
      await pg.exec('CHECKPOINT');
    },
    async close() {
      await pg.close();
      unlock();
    },
  };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The embedded database is one process's at a time (PGlite is a single-user PostgreSQL): a second
 * process on the same folder is refused with a clear message. A lock left by a killed process
 * (kill -9) names a process that no longer runs, and is taken over.
 */
const lockedHere = new Set<string>();

function lockDataDir(dir: string): () => void {
  const file = join(dir, 'impostor.lock');
  if (lockedHere.has(dir)) throw new Error(`the data folder ${dir} is already open in this process`);
  let holder = NaN;
  try {
    holder = Number(readFileSync(file, 'utf8').trim());
  } catch {
    /* no lock */
  }
  if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
    throw new Error(`the data folder ${dir} is in use by process ${holder}; one process at a time uses an embedded database (use DATABASE_URL to share one)`);
  }
  writeFileSync(file, `${process.pid}\n`);
  lockedHere.add(dir);
  return () => {
    lockedHere.delete(dir);
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that
  // would end the process.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  let where = 'postgresql';
  try {
    const u = new URL(url);
    where = `postgresql://${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    /* a key=value connection string: keep the generic name */
  }
  return {
    kind: 'postgres',
    where,
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({ query: async (sql, params) => (await client.query(sql, params as unknown[])).rows });
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async compact(tables) {
      // A plain VACUUM: dead rows are pruned without VACUUM FULL's exclusive lock, which would stop
      // every worker writing cases while a large table is rewritten. On a server the WAL, its
      // archive, replicas and backups are the operator's, so is a rewrite (VACUUM FULL, pg_repack)
      // in a maintenance window where the law asks for erasure from disk.
      for (const t of tables) await pool.query(`VACUUM ${t}`);
    },
    close: () => pool.end(),
  };
}

export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    // One lock number for this schema: a second process waits here until the first has migrated.
    await tx.query('SELECT pg_advisory_xact_lock(727001)');
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const stmt of m.sql.split(';').map((s) => s.trim()).filter(Boolean)) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    const newest = Math.max(0, ...done, ...applied);
    if (newest > MIGRATIONS[MIGRATIONS.length - 1]!.version) {
      throw new Error(`the database has schema version ${newest}, newer than this program knows (${MIGRATIONS.length}); upgrade impostor`);
    }
    return applied;
  });
}

export interface OpenOptions {
  /** A PostgreSQL connection string; wins over dataDir. */
  databaseUrl?: string;
  /** The embedded database's folder. */
  dataDir?: string;
}

/** DATABASE_URL → PostgreSQL; otherwise PGlite in IMPOSTOR_DATA_DIR (or the default folder). */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: env.IMPOSTOR_DATA_DIR || defaultDataDir(env) };
}

export async function openDb(o: OpenOptions): Promise<Db> {
  const db = o.databaseUrl ? await openPostgres(o.databaseUrl) : await openPglite(o.dataDir ?? defaultDataDir());
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return db;
}
