// The database: one Kysely instance over better-sqlite3 (a file under DATA_DIR, WAL mode)
// or PostgreSQL (DATABASE_URL). Everything else in Loa only sees `Db`.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

// PostgreSQL returns int8 (count(*), sums) as strings; Loa's figures fit in a double.
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface DbOptions {
  databaseUrl: string;
  dataDir: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export function openDb(opts: DbOptions): DbHandle {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const file = path.join(opts.dataDir, 'loa.db');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** Current time as stored in the database. */
export const nowIso = (clock: () => number = Date.now) => new Date(clock()).toISOString();

/** What each transaction opened by atomically runs after it commits. */
const afterCommits = new WeakMap<Db, ((db: Db) => void)[]>();

/**
 * Runs fn in a transaction, or directly when db already is one, so service functions compose: the
 * outermost call owns the transaction, and after its COMMIT (never after a rollback) runs what
 * `afterCommit` collected inside, nested calls included.
 */
export async function atomically<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  const hooks: ((db: Db) => void)[] = [];
  const result = await db.transaction().execute((trx) => {
    afterCommits.set(trx, hooks);
    return fn(trx);
  });
  // Committed: every hook runs, even when one throws (the first error then reaches the caller).
  let failed: { err: unknown } | undefined;
  for (const hook of hooks) {
    try {
      hook(db);
    } catch (err) {
      failed ??= { err };
    }
  }
  if (failed) throw failed.err;
  return result;
}

/**
 * Runs hook (synchronous, in-process work such as dropping caches) once trx — a transaction opened
 * by atomically — has committed; it gets the handle the transaction was opened on. Throws on
 * anything else: a transaction opened another way could commit without anyone running the hook.
 */
export function afterCommit(trx: Db, hook: (db: Db) => void): void {
  const hooks = afterCommits.get(trx);
  if (!hooks) throw new Error('afterCommit needs a transaction opened by atomically()');
  hooks.push(hook);
}
