// Asking the full-text index, one implementation per database. A search asks two things of a
// finder: the newest documents matching every word (`all`), then, for the ranking, which of those
// (and of the older ones) meet each scoring condition (`conditions`). Lists of ids come newest
// first (ids grow with publication time, search/index.ts).
//
// The reader's words never reach FTS5 or tsquery syntax unquoted: each is a run of letters, digits
// and marks (search/text.ts), wrapped in quotes ("…" for FTS5, '…' for tsquery) and passed as a
// bound parameter, so `"`, `*`, NEAR, AND, OR, `-`, `(`, `:`, `^` and SQL are only ever text.
import { sql } from 'kysely';
import type { Db, Dialect } from '../db/index.js';
import { IDS_PER_MS, PAGE_IDS } from './index.js';
import type { QueryWord } from './text.js';

/** What narrows a search. Ids are search_docs ids. */
export interface Filters {
  siteId: number;
  /** Only articles of these categories (a category and its descendants). */
  categoryIds?: number[];
  /** Largest article id allowed: published by now, and before the end of the `to` day. */
  maxId: number;
  /** Smallest id allowed (the start of the `from` day). */
  minId?: number;
  /** Only articles: a date or category filter leaves out static pages. */
  articlesOnly: boolean;
  /** A date range was asked for. */
  dated: boolean;
}

/**
 * Scoring conditions (a document found by `all` that meets one scores more, ranking.ts):
 * - phrase: the words next to each other, in order;
 * - title: every word in the title; titlePhrase: the words as a phrase in the title;
 * - exact: the accented word number `word` as typed (accents included), the others folded.
 * They take whole words; only `all` lets the last word be the start of a word.
 */
export type Condition = { kind: 'phrase' } | { kind: 'title' } | { kind: 'titlePhrase' } | { kind: 'exact'; word: number };

export interface Finder {
  /** Ids of the newest documents with every word (the last one may be the start of a word), at most `limit`. */
  all(limit: number): Promise<number[]>;
  /** For each condition, ids of documents that meet it (and `all`), newest first: at least every
   *  one among the first `cover` ids `all` gave, and up to `older` ids older than those. */
  conditions(conds: Condition[], cover: number, older: number): Promise<number[][]>;
}

/** A query word; the last one carries the indexed words it may be the start of. */
export interface SearchWord extends QueryWord {
  /** Folded words that count as this one (itself first). */
  alternatives: string[];
}

/** At most this many indexed words complete the last word of a query; beyond, it counts whole. */
export const PREFIX_WORDS = 16;

/**
 * The words of a query ready for the index: the last one, when it has two letters or more, also
 * stands for the indexed words it starts (up to PREFIX_WORDS of them, shortest first).
 */
export async function searchWords(db: Db, words: QueryWord[]): Promise<SearchWord[]> {
  const out: SearchWord[] = words.map((w) => ({ ...w, alternatives: [w.folded] }));
  const last = out[out.length - 1];
  if (!last || last.folded.length < 2) return out;
  const rows = await db
    .selectFrom('search_words')
    .select('word')
    .where('word', '>', last.folded)
    .where('word', '<', `${last.folded}\uffff`)
    .orderBy('word')
    .limit(PREFIX_WORDS * 8)
    .execute();
  const more = rows
    .map((r) => r.word)
    .filter((w) => w.startsWith(last.folded))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .slice(0, PREFIX_WORDS);
  last.alternatives.push(...more);
  return out;
}

const newestFirst = (ids: Iterable<number>) => [...ids].sort((a, b) => b - a);

// ---------------------------------------------------------------------------------------------
// SQLite: FTS5 tables search_fts (words with positions, exact accented words, tags) and
// search_title_fts (title, tags). Tags are "_s<site>", "_c<category>", "_article"/"_page".

const fts = (s: string) => `"${s.replace(/"/g, '""')}"`;

function ftsAll(words: SearchWord[]): string {
  return words.map((w) => (w.alternatives.length > 1 ? `(${w.alternatives.map(fts).join(' OR ')})` : fts(w.folded))).join(' AND ');
}

function ftsFilters(f: Filters): string {
  const out = [fts(`_s${f.siteId}`)];
  if (f.categoryIds) out.push(`(${(f.categoryIds.length ? f.categoryIds : [0]).map((c) => fts(`_c${c}`)).join(' OR ')})`);
  if (f.articlesOnly) out.push(fts('_article'));
  return out.join(' AND ');
}

export function ftsCondition(words: SearchWord[], cond: Condition | 'all', f: Filters): { table: 'search_fts' | 'search_title_fts'; match: string } {
  const whole = words.map((w) => fts(w.folded)).join(' AND ');
  const phrase = words.map((w) => fts(w.folded)).join(' + ');
  const filters = ftsFilters(f);
  if (cond === 'all') return { table: 'search_fts', match: `${ftsAll(words)} AND ${filters}` };
  switch (cond.kind) {
    case 'phrase':
      return { table: 'search_fts', match: `(${phrase}) AND ${filters}` };
    case 'title':
      return { table: 'search_title_fts', match: `${whole} AND ${filters}` };
    case 'titlePhrase':
      return { table: 'search_title_fts', match: `(${phrase}) AND ${filters}` };
    case 'exact':
      return { table: 'search_fts', match: `${whole} AND ${fts(words[cond.word]!.exact)} AND ${filters}` };
  }
}

function sqliteFinder(db: Db, words: SearchWord[], f: Filters): Finder {
  // With a date filter (only articles then), the bounds go to FTS5; without, pages and articles
  // dated after now are the only ids above maxId, and few.
  const dated = f.articlesOnly && f.dated;
  let future: Promise<number> | undefined;
  /** Newest ids matching `match`, within the filters. FTS5 walks its lists backwards cheaply but
   *  scans from the start for a lower bound on rowid, so bounds are applied here when it can. */
  const newest = async (table: string, match: string, limit: number) => {
    let ids: number[];
    if (dated) {
      const { rows } = await sql<{ id: number }>`select rowid as id from ${sql.table(table)} where ${sql.table(table)} match ${match} and rowid <= ${f.maxId} order by rowid desc limit ${limit}`.execute(db);
      ids = rows.map((r) => Number(r.id));
    } else {
      // Static pages come first (largest ids), then any article dated after now, skipped here.
      future ??= db
        .selectFrom('search_docs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('site_id', '=', f.siteId)
        .where('id', '>', f.maxId)
        .where('id', '<', PAGE_IDS)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
      const skip = await future;
      const { rows } = await sql<{ id: number }>`select rowid as id from ${sql.table(table)} where ${sql.table(table)} match ${match} order by rowid desc limit ${limit + skip}`.execute(db);
      ids = rows.map((r) => Number(r.id)).filter((id) => id <= f.maxId || id >= PAGE_IDS);
    }
    return f.minId === undefined ? ids.slice(0, limit) : ids.filter((id) => id >= f.minId!).slice(0, limit);
  };
  return {
    async all(limit) {
      const { table, match } = ftsCondition(words, 'all', f);
      return newest(table, match, limit);
    },
    async conditions(conds, cover, older) {
      const out: number[][] = [];
      for (const c of conds) {
        const { table, match } = ftsCondition(words, c, f);
        out.push(await newest(table, match, cover + older));
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: search_docs.tsv, lexemes chosen by Loa (see the search migration): folded words,
// accented words, "a b" pairs for phrases, "#" + title words and pairs, "_m<yyyy-mm>" months,
// "_p" for static pages. GIN answers every question without reading a row's tsvector.
// Matches are read month by month from now backwards (1, then 2, 9, 24 more, then the rest), until
// there are enough: a common word reads a month of documents, not the whole site.

const lex = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

function tsAll(words: SearchWord[]): string {
  return words.map((w) => (w.alternatives.length > 1 ? `(${w.alternatives.map(lex).join(' | ')})` : lex(w.folded))).join(' & ');
}

/** "a b", "b c": neighbouring words, with an optional mark ("#" for the title). */
const pairs = (words: SearchWord[], mark = '') => words.slice(1).map((w, i) => lex(`${mark}${words[i]!.folded} ${w.folded}`));

export function tsCondition(words: SearchWord[], cond: Condition | 'all'): string {
  const whole = words.map((w) => lex(w.folded));
  if (cond === 'all') return tsAll(words);
  switch (cond.kind) {
    case 'phrase':
      return [...whole, ...pairs(words)].join(' & ');
    case 'title':
      return words.map((w) => lex(`#${w.folded}`)).join(' & ');
    case 'titlePhrase':
      return [...words.map((w) => lex(`#${w.folded}`)), ...pairs(words, '#')].join(' & ');
    case 'exact':
      return [...whole, lex(words[cond.word]!.exact)].join(' & ');
  }
}

/** UTC months ("2026-11") from the month of `ms` backwards, at most `count`, none before `floor`. */
function monthsBack(ms: number, count: number, floor: string): string[] {
  const d = new Date(ms);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth() + 1;
  const out: string[] = [];
  while (out.length < count && y >= 1970) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (month < floor) break;
    out.push(month);
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return out;
}

/** Months read before the rest is read at once: 1, then up to 3, 12, 36. */
const MONTH_STEPS = [1, 3, 12, 36];

function postgresFinder(db: Db, words: SearchWord[], f: Filters): Finder {
  const floor = f.minId !== undefined ? new Date(Math.floor(f.minId / IDS_PER_MS)).toISOString().slice(0, 7) : '0000-00';
  const months = monthsBack(Math.floor(Math.min(f.maxId, PAGE_IDS - 1) / IDS_PER_MS), MONTH_STEPS.at(-1)!, floor);
  /** How many of `months` `all` read; every month when `rest` is set. */
  let read = 0;
  let rest = false;
  const select = (tsquery: string, below?: number) => {
    let q = db
      .selectFrom('search_docs')
      .select('id')
      .where('site_id', '=', f.siteId)
      .where(sql<boolean>`tsv @@ ${tsquery}::tsquery`)
      .where((eb) => eb.or([eb('id', '<=', f.maxId), eb('id', '>=', PAGE_IDS)]));
    if (below !== undefined) q = q.where('id', '<', below);
    if (f.minId !== undefined) q = q.where('id', '>=', f.minId);
    if (f.categoryIds) q = q.where('category_id', 'in', f.categoryIds.length ? f.categoryIds : [0]);
    if (f.articlesOnly) q = q.where('kind', '=', 'article');
    return q.execute().then((rows) => rows.map((r) => Number(r.id)));
  };
  /** Matches of `tsquery` published in these months (and static pages when asked). */
  const within = (tsquery: string, some: string[], pages: boolean) => {
    const buckets = [...some.map((m) => lex(`_m${m}`)), ...(pages ? [lex('_p')] : [])];
    return buckets.length ? select(`(${tsquery}) & (${buckets.join(' | ')})`) : Promise.resolve([]);
  };
  const monthStart = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) * IDS_PER_MS;
  return {
    async all(limit) {
      const query = tsAll(words);
      const found = new Set<number>();
      for (const upTo of MONTH_STEPS) {
        const next = months.slice(read, upTo);
        if (!next.length) break;
        for (const id of await within(query, next, read === 0 && !f.articlesOnly)) found.add(id);
        read += next.length;
        if (found.size > limit) break;
      }
      const last = months[read - 1];
      const older = last && last > floor && read === MONTH_STEPS.at(-1);
      if (found.size <= limit && (older || read === 0)) {
        // Every older month at once: when it comes to this, few matches are left there.
        for (const id of await select(query, read ? monthStart(last!) : undefined)) found.add(id);
        rest = true;
      }
      return newestFirst(found).slice(0, limit);
    },
    async conditions(conds) {
      return Promise.all(
        conds.map(async (c) => {
          const q = tsCondition(words, c);
          const ids = rest ? await select(q) : await within(q, months.slice(0, read), !f.articlesOnly);
          return newestFirst(ids);
        }),
      );
    },
  };
}

export function finderFor(db: Db, dialect: Dialect, words: SearchWord[], f: Filters): Finder {
  return dialect === 'postgres' ? postgresFinder(db, words, f) : sqliteFinder(db, words, f);
}
