// Runs the timestamped migrations in order, once each, on SQLite or PostgreSQL.
// Kysely's Migrator records what ran (table kysely_migration) and takes a lock,
// so starting two instances at once, or running `loa migrate` twice, is safe.
import { Migrator, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { DbHandle } from './index.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Step = { up: (db: Kysely<unknown>, dialect: DbHandle['dialect']) => Promise<void> };

/** src/ (or dist/ when built): migrations are found by folder, not listed by hand. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIGRATION_FILE = /^(\d{8}T\d{4}_[a-z0-9_]+)\.(ts|js)$/;

/**
 * Every migration: the files of db/migrations/ and of each module's own migrations/ folder
 * (src/<module>/migrations/), named yyyymmddThhmm_what. Kysely runs them in the order of their
 * names, each once. Add new ones with a later name; never edit one that has landed.
 */
export async function findMigrations(root = ROOT): Promise<Record<string, Step>> {
  const folders = [path.join(root, 'db', 'migrations')];
  for (const e of fs.readdirSync(root, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'db' && fs.existsSync(path.join(root, e.name, 'migrations'))) folders.push(path.join(root, e.name, 'migrations'));
  }
  const out: Record<string, Step> = {};
  for (const folder of folders) {
    for (const file of fs.readdirSync(folder).sort()) {
      const m = MIGRATION_FILE.exec(file);
      if (!m) continue;
      const name = m[1]!;
      if (out[name]) throw new Error(`two migrations named ${name}`);
      const step = (await import(pathToFileURL(path.join(folder, file)).href)) as Partial<Step>;
      if (typeof step.up !== 'function') throw new Error(`migration ${name} has no up()`);
      out[name] = step as Step;
    }
  }
  return out;
}

/** How many migrations had run before (0 for a new database). */
async function migrationsRun(handle: DbHandle): Promise<number> {
  const tables = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return 0;
  const { n } = await handle.db
    .selectFrom('kysely_migration' as never)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Runs every migration not run yet (or only up to `to`, for a test of an upgrade); returns their
 * names. After an upgrade of a PostgreSQL database that held data, VACUUM (ANALYZE): a migration
 * that rewrote rows leaves dead rows, cleared visibility maps (no more index-only scans: category
 * pages became ten times slower at 100,000 articles) and stale statistics until autovacuum comes,
 * if it is on at all.
 */
export async function migrate(handle: DbHandle, to?: string): Promise<string[]> {
  const before = handle.dialect === 'postgres' ? await migrationsRun(handle) : 0;
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(await findMigrations())) out[name] = { up: (db) => step.up(db, handle.dialect) };
      return out;
    },
  };
  const migrator = new Migrator({ db: handle.db, provider });
  const { error, results } = await (to === undefined ? migrator.migrateToLatest() : migrator.migrateTo(to));
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const ran = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (ran.length && before > 0) await sql`vacuum (analyze)`.execute(handle.db);
  return ran;
}
