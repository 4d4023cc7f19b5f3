// Part 4: Vietnamese search. `search_docs` holds one row per published article or static page:
// its text as written (NFC: the snippet), folded by Loa (vi.foldLower: accents and đ removed, one
// space between words) and its accented words as typed (`marks`, lower case). Loa writes only
// search_docs (and the word list search_words), with the same SQL on both databases
// (search/index.ts); the full-text structures follow:
// - SQLite: two contentless FTS5 tables kept in step by triggers — search_fts (the folded words
//   with their positions; the accented words; tags for the site, kind and category) and
//   search_title_fts (the folded title and the same tags). The tokenizer keeps accents: the folded
//   columns are already folded by Loa (FTS5's own remove_diacritics would not fold đ), the accented
//   words must keep them. "_" is a word character so tags ("_s1") cannot meet a query word.
// - PostgreSQL: one generated tsvector, no extension needed, built from lexemes Loa chose (not by a
//   text-search parser, so both databases cut words the same way): the folded words, the accented
//   words, pairs of neighbouring words ("dan van": a phrase without positions), the title's words
//   and pairs marked "#", and the month of publication ("_m2026-11"; "_p" for a static page), with
//   a GIN index. No query needs positions or weights, so GIN answers without reading rows, and the
//   months let a search read only the newest matches. Large columns are kept out of the row
//   (toast_tuple_target) so the rows the searches read stay small.
// A document's id grows with its publication time (static pages above every article), so both
// databases give the newest matches first (search/index.ts docId).
// Also the indexes the category pages need at 100,000 articles.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const pg = dialect === 'postgres';
  await db.schema
    .createTable('search_docs')
    .ifNotExists()
    .addColumn('id', pg ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'integer')
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_folded', 'text', (c) => c.notNull())
    .addColumn('extra_text', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('body_folded', 'text', (c) => c.notNull())
    .addColumn('marks', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_docs_ref', ['kind', 'ref_id'])
    .execute();
  await db.schema.createIndex('search_docs_site').ifNotExists().on('search_docs').columns(['site_id', 'id']).execute();
  // Every folded word indexed so far: the last word of a query may be the start of one of them.
  await db.schema.createTable('search_words').ifNotExists().addColumn('word', 'text', (c) => c.primaryKey()).execute();

  if (pg) {
    await sql`alter table search_docs set (toast_tuple_target = 128)`.execute(db);
    await sql`create or replace function loa_search_pairs(w text[], mark text) returns text[]
      language sql immutable parallel safe as
      $$ select coalesce(array_agg(mark || a || ' ' || b), '{}')
         from (select x as a, lead(x) over (order by n) as b from unnest(w) with ordinality as u(x, n)) s where b is not null $$`.execute(db);
    await sql`create or replace function loa_search_terms(title_folded text, body_folded text, marks text, bucket text) returns tsvector
      language sql immutable parallel safe as $$
        select array_to_tsvector(array_remove(
          b || t || string_to_array(marks, ' ') || loa_search_pairs(b, '') || loa_search_pairs(t, '') || loa_search_pairs(t, '#')
            || array(select '#' || x from unnest(t) x) || array[bucket], ''))
        from (select string_to_array(body_folded, ' ') as b, string_to_array(title_folded, ' ') as t) s
      $$`.execute(db);
    await sql`alter table search_docs add column if not exists tsv tsvector generated always as (
      loa_search_terms(title_folded, body_folded, marks, case when kind = 'page' then '_p' else '_m' || substr(coalesce(published_at, ''), 1, 7) end)) stored`.execute(db);
    await sql`create index if not exists search_docs_tsv on search_docs using gin (tsv)`.execute(db);
  } else {
    const tags = (r: string) => `'_s' || ${r}.site_id || ' _' || ${r}.kind || coalesce(' _c' || ${r}.category_id, '')`;
    const tokenize = `tokenize="unicode61 remove_diacritics 0 tokenchars '_'"`;
    await sql.raw(`create virtual table if not exists search_fts using fts5(words, exact, tags, content='', contentless_delete=1, ${tokenize})`).execute(db);
    await sql.raw(`create virtual table if not exists search_title_fts using fts5(title, tags, content='', contentless_delete=1, ${tokenize})`).execute(db);
    const add = (r: string) => `
      insert into search_fts(rowid, words, exact, tags) values (${r}.id, ${r}.title_folded || ' ' || ${r}.body_folded, ${r}.marks, ${tags(r)});
      insert into search_title_fts(rowid, title, tags) values (${r}.id, ${r}.title_folded, ${tags(r)});`;
    const remove = (r: string) => `
      delete from search_fts where rowid = ${r}.id;
      delete from search_title_fts where rowid = ${r}.id;`;
    await sql.raw(`create trigger if not exists search_docs_ai after insert on search_docs begin ${add('new')} end`).execute(db);
    await sql.raw(`create trigger if not exists search_docs_ad after delete on search_docs begin ${remove('old')} end`).execute(db);
    await sql.raw(`create trigger if not exists search_docs_au after update on search_docs begin ${remove('old')} ${add('new')} end`).execute(db);
  }

  // Category pages: counting a category's published articles and finding the ids of a deep page
  // from an index alone. (site, status, date) gains the id and the category, so listings of several
  // categories by date are read from it too; it replaces the narrower index. The id is in both so
  // PostgreSQL reads a page (ordered by date, then id) from the index only.
  await db.schema.createIndex('articles_site_category_status_date').ifNotExists().on('articles').columns(['site_id', 'category_id', 'status', 'published_at', 'id']).execute();
  await db.schema.createIndex('articles_site_status_date_category').ifNotExists().on('articles').columns(['site_id', 'status', 'published_at', 'id', 'category_id']).execute();
  await db.schema.dropIndex('articles_site_status_date').ifExists().execute();
}
