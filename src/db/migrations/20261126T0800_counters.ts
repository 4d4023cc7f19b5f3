// Part 2: live counters. Ratings (one per reader per article), beacon ids (idempotent counting per
// page load), shared secrets (salts for hashing readers' network and browser), and a content
// version per site that every instance watches to drop its page cache.
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('app_secrets')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  const id = dialect === 'postgres' ? 'serial' : 'integer';
  await db.schema
    .createTable('article_ratings')
    .ifNotExists()
    .addColumn('id', id, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('reader', 'text', (c) => c.notNull()) // the reader's cookie id
    .addColumn('net_hash', 'text') // salted hash of network + browser; cleared after 30 days
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('article_ratings_reader', ['article_id', 'reader'])
    .execute();
  await db.schema.createIndex('article_ratings_net').ifNotExists().on('article_ratings').columns(['article_id', 'net_hash']).execute();

  await db.schema
    .createTable('beacon_loads')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('sites').addColumn('content_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
