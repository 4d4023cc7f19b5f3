// A new article's form carries a key (in its address, /quan-tri/bai-viet/moi?ban-nhap=KEY, and in
// the form): the first save of that form, an autosave or a button, creates the draft and records the
// key here; the same form saved again updates that draft instead of making a duplicate, and going
// Back to the form's address (after "Lưu và xem trước") opens the saved draft.
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('article_form_keys')
    .ifNotExists()
    .addColumn('form_key', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_form_keys_article').ifNotExists().on('article_form_keys').column('article_id').execute();
}
