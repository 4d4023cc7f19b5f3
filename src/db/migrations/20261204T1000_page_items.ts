// One table of editorial items: like WordPress's posts with a post type, `articles` now holds every
// editorial kind, told apart by `kind` ('article', 'page'…), so static pages get the articles' back
// office, workflow, revisions, trash, counters and search by declaring their kind (registry/editorial.ts).
// Pages nest (`parent_id`, an item of the same table) and are ordered among their siblings
// (`position`); an item has a language (`lang`, English pages of part 7), the site's by default.
//
// A slug is unique per (site, kind, slug): pages (/trang/…) and articles (/tin-tuc/…) live in
// different address spaces. SQLite cannot drop a table's unique constraint, so the table is built
// again (the documented way: foreign keys off, new table, copy, drop, rename, check the keys); its
// ids, and the autoincrement's counter, are kept, so revisions, tags, ratings and form keys still
// point at their rows. PostgreSQL alters it in place.
//
// Every row of `pages` becomes an item of kind 'page' (status 'published' or 'unpublished', dated
// by its creation, no author), parents first so that `parent_id` names the new ids; then `pages`
// goes. Page documents of the search index change ids: every site is marked for a rebuild.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';
import { foldLower } from '../../vi/index.js';

/** The columns articles had before this migration, in order (copied as they are). */
const OLD_COLUMNS = [
  'id',
  'site_id',
  'category_id',
  'slug',
  'title',
  'summary',
  'body_html',
  'byline',
  'author_id',
  'featured_media_id',
  'status',
  'published_at',
  'created_at',
  'updated_at',
  'view_count',
  'rating_sum',
  'rating_count',
  'review_comment',
  'title_folded',
  'published_at_by_reporter',
  'deleted_at',
  'deleted_by',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function rebuildOnSqlite(db: Kysely<any>): Promise<void> {
  // Outside a transaction (SQLite ignores it inside one); the migrator gives SQLite one connection.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await sql`create table "articles_new" (
        "id" integer primary key autoincrement,
        "site_id" integer not null references "sites" ("id") on delete cascade,
        "category_id" integer references "categories" ("id") on delete set null,
        "slug" text not null,
        "title" text not null,
        "summary" text default '' not null,
        "body_html" text default '' not null,
        "byline" text default '' not null,
        "author_id" integer references "users" ("id") on delete set null,
        "featured_media_id" integer references "media" ("id") on delete set null,
        "status" text default 'draft' not null,
        "published_at" text,
        "created_at" text not null,
        "updated_at" text not null,
        "view_count" integer default 0 not null,
        "rating_sum" integer default 0 not null,
        "rating_count" integer default 0 not null,
        "review_comment" text default '' not null,
        "title_folded" text default '' not null,
        "published_at_by_reporter" integer default 0 not null,
        "deleted_at" text,
        "deleted_by" integer references "users" ("id") on delete set null,
        "kind" text default 'article' not null,
        "parent_id" integer references "articles" ("id") on delete set null,
        "position" integer default 0 not null,
        "lang" text default 'vi' not null,
        constraint "articles_site_kind_slug" unique ("site_id", "kind", "slug"))`.execute(db);
      const cols = sql.join(OLD_COLUMNS.map((c) => sql.ref(c)));
      await sql`insert into "articles_new" (${cols}) select ${cols} from "articles"`.execute(db);
      // The counter of ids ever given (a purged article's id is never given again).
      const seq = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'articles'`.execute(db);
      await sql`drop table "articles"`.execute(db);
      await sql`alter table "articles_new" rename to "articles"`.execute(db);
      if (seq.rows[0]) await sql`update sqlite_sequence set seq = max(seq, ${seq.rows[0].seq}) where name = 'articles'`.execute(db);
      await sql`create index "articles_category_status_date" on "articles" ("category_id", "status", "published_at")`.execute(db);
      await sql`create index articles_trashed on articles (site_id, deleted_at) where deleted_at is not null`.execute(db);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length) throw new Error(`page_items: ${broken.rows.length} broken foreign keys after rebuilding articles`);
      await sql`commit`.execute(db);
    } catch (err) {
      await sql`rollback`.execute(db);
      throw err;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function alterOnPostgres(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('kind', 'text', (c) => c.notNull().defaultTo('article')).execute();
  await db.schema.alterTable('articles').addColumn('parent_id', 'integer', (c) => c.references('articles.id').onDelete('set null')).execute();
  await db.schema.alterTable('articles').addColumn('position', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('articles').addColumn('lang', 'text', (c) => c.notNull().defaultTo('vi')).execute();
  await db.schema.alterTable('articles').dropConstraint('articles_site_slug').execute();
  await db.schema.alterTable('articles').addUniqueConstraint('articles_site_kind_slug', ['site_id', 'kind', 'slug']).execute();
  await db.schema.dropIndex('articles_site_category_status_date').ifExists().execute();
  await db.schema.dropIndex('articles_site_status_date_category').ifExists().execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') await rebuildOnSqlite(db);
  else await alterOnPostgres(db);
  // The listings' indexes (see the search migration) with the kind after the site: every public
  // listing reads one kind, and still reads its page of ids and its count from the index alone.
  await db.schema.createIndex('articles_site_kind_category_status_date').on('articles').columns(['site_id', 'kind', 'category_id', 'status', 'published_at', 'id']).execute();
  await db.schema.createIndex('articles_site_kind_status_date_category').on('articles').columns(['site_id', 'kind', 'status', 'published_at', 'id', 'category_id']).execute();
  await db.schema.createIndex('articles_parent').on('articles').columns(['parent_id', 'position']).execute();
  await sql`update articles set lang = (select lang from sites where sites.id = articles.site_id)`.execute(db);

  // Parents before children (a page's parent is inserted first), each row once.
  type Page = { id: number; site_id: number; parent_id: number | null; slug: string; title: string; body_html: string; position: number; lang: string; published: number; created_at: string; updated_at: string };
  const pages = (await db.selectFrom('pages').selectAll().orderBy('id').execute()) as Page[];
  const newId = new Map<number, number>();
  let left = pages;
  while (left.length) {
    const ready = left.filter((p) => p.parent_id === null || newId.has(p.parent_id) || !pages.some((q) => q.id === p.parent_id));
    // A loop of parents (never made by Loa): its pages keep no parent rather than stop the upgrade.
    const batch = ready.length ? ready : left.slice(0, 1);
    for (const p of batch) {
      const row = await db
        .insertInto('articles')
        .values({
          site_id: p.site_id,
          kind: 'page',
          category_id: null,
          parent_id: p.parent_id === null ? null : (newId.get(p.parent_id) ?? null),
          position: p.position,
          lang: p.lang,
          slug: p.slug,
          title: p.title,
          title_folded: foldLower(p.title),
          summary: '',
          body_html: p.body_html,
          byline: '',
          author_id: null,
          featured_media_id: null,
          status: p.published === 1 ? 'published' : 'unpublished',
          published_at: p.created_at,
          created_at: p.created_at,
          updated_at: p.updated_at,
          view_count: 0,
          rating_sum: 0,
          rating_count: 0,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      newId.set(p.id, row.id);
    }
    left = left.filter((p) => !newId.has(p.id));
  }
  await db.schema.dropTable('pages').execute();
  await sql`insert into search_rebuild (site_id) select id from sites where id not in (select site_id from search_rebuild)`.execute(db);
}
