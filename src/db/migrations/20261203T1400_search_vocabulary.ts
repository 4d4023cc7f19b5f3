// "Có phải bạn muốn tìm…": each site's vocabulary for the search page's suggestion when a query
// finds nothing (search/suggest.ts). One row per folded word (vi.foldLower) of the site's indexed
// documents and per accented form it was written in ("giang" → "giảng", "giang", "giáng"), with
// the number of documents holding it in that form; kept in step by search/index.ts inside the
// same transactions as search_docs, with the same SQL on both databases. The primary key serves
// the two questions asked: is this word known, and which words start with this letter.
// Derived data: every site is marked in `search_rebuild`, so the next start indexes it again and
// fills its vocabulary (search/index.ts rebuildPending).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('search_vocabulary')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('docs', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_vocabulary_pk', ['site_id', 'word', 'form'])
    .execute();
  await sql`insert into search_rebuild (site_id) select id from sites where id not in (select site_id from search_rebuild)`.execute(db);
}
