// The trash (Thùng rác): a deleted article keeps its row, marked with when and by whom, for 30
// days (articles/trash.ts); the scheduler then removes it for good with its revisions, tags and
// ratings. Only drafts and unpublished articles go there, so nothing public ever points at one.
// A partial index keeps the trash list and the purge cheap however many articles there are.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('articles').addColumn('deleted_at', 'text').execute();
  await db.schema.alterTable('articles').addColumn('deleted_by', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  await sql`create index if not exists articles_trashed on articles (site_id, deleted_at) where deleted_at is not null`.execute(db);
}
