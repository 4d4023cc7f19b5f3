// Part 4, the search index's second layout: faster at 100,000 articles on both databases.
// `search_docs` (one row per published article or static page) now keeps, made by Loa
// (search/text.ts): the title's folded words (vi.foldLower: accents and đ removed) and its pairs
// of neighbouring folded words ("dan_van": a phrase is its pairs, so no index needs positions),
// the different folded words and pairs of the rest (summary, body, byline, category name), the
// accented words as written (`marks`, lower case), and the text as written (NFC) for the snippet.
// Loa writes only search_docs (and the word list search_words, kept from the first layout), with
// the same SQL on both databases (search/index.ts); the full-text structures follow:
// - SQLite: two contentless FTS5 tables without positions (detail=none), kept in step by
//   triggers — search_fts (words, accented words, pairs, and tags for the site, kind and category)
//   and search_title_fts (the title's words and pairs, the same tags). The tokenizer keeps accents
//   (the folded words are folded by Loa: FTS5's remove_diacritics would not fold đ; the accented
//   ones must keep them); letters, digits and marks make words, as in search/text.ts; "_" is a
//   word character too, so pairs and tags ("_s1") are single tokens that no query word can meet.
// - PostgreSQL: one generated tsvector made of those lexemes (not cut by a text-search parser, so
//   both databases see the same words), the title's marked "#", the month of publication
//   ("_m2026-11"; "_p" for a static page) and the category ("_c3"), with a GIN index and no
//   extension. No query needs positions or weights, so GIN answers without reading rows; the
//   months let a search read only the newest matches. Large columns are kept out of the row
//   (toast_tuple_target) so the rows the searches do read stay small.
// A document's id grows with its publication time (static pages above every article), so both
// databases give the newest matches first (search/index.ts docId).
//
// The index is derived data: the first layout's tables are dropped, and every site is marked in
// `search_rebuild` to be indexed again at the next start (search/index.ts rebuildPending), by the
// code that matches the schema of that day, not by this migration.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const pg = dialect === 'postgres';

  // The first layout (20261126T1100_search).
  if (pg) {
    await sql`drop index if exists search_docs_tsv`.execute(db);
    await sql`alter table search_docs drop column if exists tsv`.execute(db);
    await sql`drop function if exists loa_search_terms(text, text, text, text)`.execute(db);
    await sql`drop function if exists loa_search_pairs(text[], text)`.execute(db);
  } else {
    for (const t of ['search_docs_ai', 'search_docs_ad', 'search_docs_au']) await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
    await sql`drop table if exists search_fts`.execute(db);
    await sql`drop table if exists search_title_fts`.execute(db);
  }
  await db.schema.dropTable('search_docs').ifExists().execute();

  await db.schema
    .createTable('search_docs')
    .addColumn('id', pg ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'integer')
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_folded', 'text', (c) => c.notNull())
    .addColumn('title_pairs', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('pairs', 'text', (c) => c.notNull())
    .addColumn('marks', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_docs_ref', ['kind', 'ref_id'])
    .execute();
  await db.schema.createIndex('search_docs_site').on('search_docs').columns(['site_id', 'id']).execute();

  if (pg) {
    await sql`alter table search_docs set (toast_tuple_target = 128)`.execute(db);
    await sql`create or replace function loa_search_terms(title_folded text, title_pairs text, words text, pairs text, marks text, tags text) returns tsvector
      language sql immutable parallel safe as $$
        select array_to_tsvector(array_remove(
          string_to_array(title_folded || ' ' || words || ' ' || marks || ' ' || title_pairs || ' ' || pairs || ' ' || tags, ' ')
            || array(select '#' || x from unnest(string_to_array(title_folded || ' ' || title_pairs, ' ')) as x), ''))
      $$`.execute(db);
    await sql`alter table search_docs add column tsv tsvector generated always as (
      loa_search_terms(title_folded, title_pairs, words, pairs, marks,
        case when kind = 'page' then '_p' else '_m' || substr(coalesce(published_at, ''), 1, 7) end || coalesce(' _c' || category_id, ''))) stored`.execute(db);
    await sql`create index search_docs_tsv on search_docs using gin (tsv)`.execute(db);
  } else {
    const tags = (r: string) => `'_s' || ${r}.site_id || ' _' || ${r}.kind || coalesce(' _c' || ${r}.category_id, '')`;
    const options = `content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*' tokenchars '_'"`;
    await sql.raw(`create virtual table search_fts using fts5(words, exact, pairs, tags, ${options})`).execute(db);
    await sql.raw(`create virtual table search_title_fts using fts5(title, pairs, tags, ${options})`).execute(db);
    const add = (r: string) => `
      insert into search_fts(rowid, words, exact, pairs, tags)
        values (${r}.id, ${r}.title_folded || ' ' || ${r}.words, ${r}.marks, ${r}.title_pairs || ' ' || ${r}.pairs, ${tags(r)});
      insert into search_title_fts(rowid, title, pairs, tags) values (${r}.id, ${r}.title_folded, ${r}.title_pairs, ${tags(r)});`;
    const remove = (r: string) => `
      delete from search_fts where rowid = ${r}.id;
      delete from search_title_fts where rowid = ${r}.id;`;
    await sql.raw(`create trigger search_docs_ai after insert on search_docs begin ${add('new')} end`).execute(db);
    await sql.raw(`create trigger search_docs_ad after delete on search_docs begin ${remove('old')} end`).execute(db);
    await sql.raw(`create trigger search_docs_au after update on search_docs begin ${remove('old')} ${add('new')} end`).execute(db);
  }

  // Sites whose index is to be built again at the next start.
  await db.schema
    .createTable('search_rebuild')
    .addColumn('site_id', 'integer', (c) => c.primaryKey().references('sites.id').onDelete('cascade'))
    .execute();
  await sql`insert into search_rebuild (site_id) select id from sites`.execute(db);
}
