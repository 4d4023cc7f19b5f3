// Runs the timestamped migrations in order, once each, on SQLite or PostgreSQL.
// Kysely's Migrator records what ran (table kysely_migration) and takes a lock,
// so starting two instances at once, or running `loa migrate` twice, is safe.
import { Migrator, sql } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely';
import type { DbHandle } from './index.js';
import * as initial from './migrations/20261126T0700_initial.js';
import * as counters from './migrations/20261126T0800_counters.js';
import * as backoffice from './migrations/20261126T0900_backoffice.js';
import * as editorial from './migrations/20261126T1000_editorial.js';
import * as search from './migrations/20261126T1100_search.js';
import * as searchPairs from './migrations/20261126T1500_search_pairs.js';
import * as titleFolded from './migrations/20261126T1600_article_title_folded.js';
import * as signinGates from './migrations/20261203T1000_signin_gates.js';
import * as searchVocabulary from './migrations/20261203T1400_search_vocabulary.js';
import * as articleFormKeys from './migrations/20261203T1200_article_form_keys.js';
import * as articleTrash from './migrations/20261203T1300_article_trash.js';
import * as timeByReporter from './migrations/20261203T1100_article_time_by_reporter.js';

type Step = { up: typeof initial.up };

/** All migrations, oldest first. Add new ones at the end; never edit one that has landed. */
const MIGRATIONS: Record<string, Step> = {
  '20261126T0700_initial': initial,
  '20261126T0800_counters': counters,
  '20261126T0900_backoffice': backoffice,
  '20261126T1000_editorial': editorial,
  '20261126T1100_search': search,
  '20261126T1500_search_pairs': searchPairs,
  '20261126T1600_article_title_folded': titleFolded,
  '20261203T1000_signin_gates': signinGates,
  '20261203T1400_search_vocabulary': searchVocabulary,
  '20261203T1200_article_form_keys': articleFormKeys,
  '20261203T1300_article_trash': articleTrash,
  '20261203T1100_article_time_by_reporter': timeByReporter,
};

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
      for (const [name, step] of Object.entries(MIGRATIONS)) out[name] = { up: (db) => step.up(db, handle.dialect) };
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
