// Citizen forms (citizen/guard.ts): every admitted submission of a public form is recorded here
// (hashes only: the address and the folded text), so the per-address and per-site limits and the
// duplicate check are shared by every instance. One gate row per (site, form) is written first by
// each check, which makes concurrent submissions of one form on one site take turns — on SQLite (the
// write lock) and on PostgreSQL (the row lock of the upsert) — so each sees the others' records.
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  await db.schema
    .createTable('citizen_submissions')
    .ifNotExists()
    .addColumn('id', id, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('address_hash', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  // The per-site count and the pruning (site, form, at); the per-address count; the duplicate check.
  await db.schema.createIndex('citizen_submissions_site').ifNotExists().on('citizen_submissions').columns(['site_id', 'form', 'at']).execute();
  await db.schema.createIndex('citizen_submissions_address').ifNotExists().on('citizen_submissions').columns(['site_id', 'form', 'address_hash', 'at']).execute();
  await db.schema.createIndex('citizen_submissions_text').ifNotExists().on('citizen_submissions').columns(['site_id', 'form', 'text_hash', 'at']).execute();

  await db.schema
    .createTable('citizen_gates')
    .ifNotExists()
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('citizen_gates_pk', ['site_id', 'form'])
    .execute();
}
