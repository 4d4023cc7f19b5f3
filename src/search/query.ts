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
import { searchSources } from './sources.js';

/** What narrows a search. Ids are search_docs ids. */
export interface Filters {
  siteId: number;
  /** Only documents of these categories (a category and its descendants). */
  categoryIds?: number[];
  /** Largest dated id allowed: published by now, and before the end of the `to` day. */
  maxId: number;
  /** Smallest id allowed (the start of the `from` day). */
  minId?: number;
  /** Only these kinds (the dated ones: a date or category filter leaves out static pages). */
  kinds?: string[];
  /** A date range was asked for. */
  dated: boolean;
}

/**
 * Scoring conditions (a document found by `all` that meets one scores more, ranking.ts):
 * - phrase: the words next to each other, in order;
 * - title: every word in the title; titlePhrase: the words as a phrase in the title;
 * - accents: every word typed with an accent or đ, as typed (the others folded).
 * They take whole words; only `all` lets the last word be the start of a word.
 */
export type Condition = { kind: 'phrase' | 'title' | 'titlePhrase' | 'accents' };

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
// SQLite: FTS5 tables search_fts (words, accented words, pairs, tags) and search_title_fts
// (title words, title pairs, tags). Tags are "_s<site>", "_c<category>", "_<kind>" ("_article", "_page").

const fts = (s: string) => `"${s.replace(/"/g, '""')}"`;

function ftsAll(words: SearchWord[]): string {
  return words.map((w) => (w.alternatives.length > 1 ? `(${w.alternatives.map(fts).join(' OR ')})` : fts(w.folded))).join(' AND ');
}

function ftsFilters(f: Filters): string {
  const out = [fts(`_s${f.siteId}`)];
  if (f.categoryIds) out.push(`(${(f.categoryIds.length ? f.categoryIds : [0]).map((c) => fts(`_c${c}`)).join(' OR ')})`);
  if (f.kinds) out.push(f.kinds.length === 1 ? fts(`_${f.kinds[0]}`) : `(${(f.kinds.length ? f.kinds : ['']).map((k) => fts(`_${k}`)).join(' OR ')})`);
  return out.join(' AND ');
}

/** The words typed with an accent or đ, as typed. */
const accented = (words: SearchWord[]) => words.filter((w) => w.accented).map((w) => w.exact);

/** "a_b", "b_c": the pairs of neighbouring words a phrase is made of (search/text.ts wordPairs). */
const pairsOf = (words: SearchWord[]) => words.slice(1).map((w, i) => `${words[i]!.folded}_${w.folded}`);

export function ftsCondition(words: SearchWord[], cond: Condition | 'all', f: Filters): { table: 'search_fts' | 'search_title_fts'; match: string } {
  const whole = words.map((w) => fts(w.folded)).join(' AND ');
  const phrase = pairsOf(words).map(fts).join(' AND ');
  const filters = ftsFilters(f);
  if (cond === 'all') return { table: 'search_fts', match: `${ftsAll(words)} AND ${filters}` };
  switch (cond.kind) {
    case 'phrase':
      return { table: 'search_fts', match: `${phrase} AND ${filters}` };
    case 'title':
      return { table: 'search_title_fts', match: `${whole} AND ${filters}` };
    case 'titlePhrase':
      return { table: 'search_title_fts', match: `${phrase} AND ${filters}` };
    case 'accents':
      return { table: 'search_fts', match: [whole, ...accented(words).map(fts), filters].join(' AND ') };
  }
}

function sqliteFinder(db: Db, words: SearchWord[], f: Filters): Finder {
  // FTS5 walks its lists backwards cheaply, also from an upper bound on rowid, but a lower bound
  // makes it read from the start: the smallest id is applied here. Without a date filter the
  // upper bound is left out too: only static pages (wanted) and articles dated after now (few,
  // counted once and skipped here) have larger ids.
  const bounded = !!f.kinds && f.dated;
  let future: Promise<number> | undefined;
  const skipped = () =>
    (future ??= db
      .selectFrom('search_docs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('site_id', '=', f.siteId)
      .where('id', '>', f.maxId)
      .where('id', '<', PAGE_IDS)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n)));
  const ftsIds = async (table: string, match: string, limit: number): Promise<number[]> => {
    const from = sql.table(table);
    if (bounded) {
      const { rows } = await sql<{ id: number }>`select rowid as id from ${from} where ${from} match ${match} and rowid <= ${f.maxId} order by rowid desc limit ${limit}`.execute(db);
      return rows.map((r) => Number(r.id));
    }
    const { rows } = await sql<{ id: number }>`select rowid as id from ${from} where ${from} match ${match} order by rowid desc limit ${limit + (await skipped())}`.execute(db);
    return rows.map((r) => Number(r.id)).filter((id) => id <= f.maxId || id >= PAGE_IDS);
  };
  /** The newest ids matching `cond`, within the filters, at most `limit`. */
  const newest = async (cond: Condition | 'all', limit: number) => {
    const { table, match } = ftsCondition(words, cond, f);
    let ids: number[];
    try {
      ids = await ftsIds(table, match, limit);
    } catch (err) {
      // A word FTS5's tokenizer cuts differently from Loa's (a script newer than its Unicode
      // tables) would make a phrase, which this index cannot answer: such a word finds nothing.
      if (err instanceof Error && /^fts5:/.test(err.message)) return [];
      throw err;
    }
    return (f.minId === undefined ? ids : ids.filter((id) => id >= f.minId!)).slice(0, limit);
  };
  return {
    all: (limit) => newest('all', limit),
    async conditions(conds, cover, older) {
      const out: number[][] = [];
      for (const c of conds) out.push(await newest(c, cover + older));
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: search_docs.tsv, lexemes chosen by Loa (see the search migration): folded words,
// accented words, "a_b" pairs for phrases, "#" + title words and pairs, "_m<yyyy-mm>" months,
// "_p" for static pages (an undated document of another kind has "_m" and no month), "_c<id>" categories. GIN answers every question without reading a row's
// tsvector; what costs is the rows it finds, so a search reads the newest month first, then the
// two before, then nine more, and only then everything older (few matches are left by then).

const lex = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

function tsAll(words: SearchWord[]): string {
  return words.map((w) => (w.alternatives.length > 1 ? `(${w.alternatives.map(lex).join(' | ')})` : lex(w.folded))).join(' & ');
}

export function tsCondition(words: SearchWord[], cond: Condition | 'all'): string {
  const whole = words.map((w) => lex(w.folded));
  if (cond === 'all') return tsAll(words);
  switch (cond.kind) {
    case 'phrase':
      return pairsOf(words).map(lex).join(' & ');
    case 'title':
      return words.map((w) => lex(`#${w.folded}`)).join(' & ');
    case 'titlePhrase':
      return pairsOf(words).map((p) => lex(`#${p}`)).join(' & ');
    case 'accents':
      return [...whole, ...accented(words).map(lex)].join(' & ');
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

/** Months read one step after the other before everything older is read at once. */
const MONTH_STEPS = [1, 3, 12];

function postgresFinder(db: Db, words: SearchWord[], f: Filters): Finder {
  const floor = f.minId !== undefined ? new Date(Math.floor(f.minId / IDS_PER_MS)).toISOString().slice(0, 7) : '0000-00';
  const months = monthsBack(Math.floor(Math.min(f.maxId, PAGE_IDS - 1) / IDS_PER_MS), MONTH_STEPS.at(-1)!, floor);
  const monthStart = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) * IDS_PER_MS;
  const categories = f.categoryIds ? `(${(f.categoryIds.length ? f.categoryIds : [0]).map((c) => lex(`_c${c}`)).join(' | ')})` : '';
  // The lexemes of undated documents: the layout of the search migration tags kind 'page' "_p",
  // and any other undated one "_m" (a month left empty).
  const undated = [lex('_p'), ...(searchSources().some((s) => !s.dated && s.kind !== 'page') ? [lex('_m')] : [])];
  /** What `all` read: the first `read` months, or everything; and what it found. */
  let read = 0;
  let everything = false;
  let found: number[] = [];
  let complete = false;

  /** Ids matching `tsquery` within the filters, in `some` months (and undated documents when asked), or in all months. */
  const select = (tsquery: string, some: string[] | null, opts: { pages?: boolean; below?: number; from?: number } = {}) => {
    const parts = [`(${tsquery})`];
    if (categories) parts.push(categories);
    if (some) {
      const buckets = [...some.map((m) => lex(`_m${m}`)), ...(opts.pages ? undated : [])];
      if (!buckets.length) return Promise.resolve([] as number[]);
      parts.push(`(${buckets.join(' | ')})`);
    }
    let q = db
      .selectFrom('search_docs')
      .select('id')
      .where('site_id', '=', f.siteId)
      .where(sql<boolean>`tsv @@ ${parts.join(' & ')}::tsquery`)
      .where((eb) => eb.or([eb('id', '<=', f.maxId), eb('id', '>=', PAGE_IDS)]));
    if (opts.below !== undefined) q = q.where('id', '<', opts.below);
    const from = Math.max(opts.from ?? -Infinity, f.minId ?? -Infinity);
    if (from > -Infinity) q = q.where('id', '>=', from);
    if (f.categoryIds) q = q.where('category_id', 'in', f.categoryIds.length ? f.categoryIds : [0]);
    const kinds = f.kinds;
    if (kinds) q = kinds.length === 1 ? q.where('kind', '=', kinds[0]!) : q.where('kind', 'in', kinds.length ? kinds : ['']);
    return q.execute().then((rows) => rows.map((r) => Number(r.id)));
  };

  return {
    async all(limit) {
      const query = tsAll(words);
      const ids = new Set<number>();
      for (const upTo of MONTH_STEPS) {
        const next = months.slice(read, upTo);
        if (!next.length) break;
        for (const id of await select(query, next, { pages: read === 0 && !f.kinds })) ids.add(id);
        read += next.length;
        if (ids.size > limit) break;
      }
      if (ids.size <= limit && (read === 0 || (read === MONTH_STEPS.at(-1) && months[read - 1]! > floor))) {
        for (const id of await select(query, null, { below: read ? monthStart(months[read - 1]!) : undefined })) ids.add(id);
        everything = true;
      }
      found = newestFirst(ids);
      complete = found.length <= limit;
      return found.slice(0, limit);
    },
    async conditions(conds, cover) {
      // Within the months `all` read; after everything was read, every match when they were few
      // (all known), otherwise only as far back as the documents scored.
      const from = everything && !complete ? found[Math.max(0, cover - 1)] : undefined;
      return Promise.all(conds.map(async (c) => newestFirst(await select(tsCondition(words, c), everything ? null : months.slice(0, read), { pages: !f.kinds, from }))));
    },
  };
}

export function finderFor(db: Db, dialect: Dialect, words: SearchWord[], f: Filters): Finder {
  return dialect === 'postgres' ? postgresFinder(db, words, f) : sqliteFinder(db, words, f);
}

/** How many indexed documents of the site (counted up to `cap`) hold the folded words `a` and
 *  `b` next to each other (a pair of the index, search/text.ts wordPairs): the context of a suggestion. */
export async function pairDocs(db: Db, dialect: Dialect, siteId: number, a: string, b: string, cap: number): Promise<number> {
  const pair = `${a}_${b}`;
  if (dialect === 'postgres') {
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from search_docs where site_id = ${siteId} and tsv @@ ${lex(pair)}::tsquery limit ${cap}) s`.execute(db);
    return Number(rows[0]?.n ?? 0);
  }
  const { rows } = await sql<{ n: number }>`select count(*) as n from (select rowid from search_fts where search_fts match ${`${fts(pair)} AND ${fts(`_s${siteId}`)}`} limit ${cap})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
