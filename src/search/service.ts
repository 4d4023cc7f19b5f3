// Searching a site: the reader's query → words → the ranked ids (ranking.ts over query.ts) →
// one page of hits with their title, address (from their kind's source, search/sources.ts), date,
// category and a snippet. Used by the search page (routes.tsx) and the content API. Never throws
// on what a reader types: an empty or unreadable query has no hits.
import type { Db, Dialect } from '../db/index.js';
import type { CategoryRow } from '../db/schema.js';
import { ictMidnightUtc, addDays } from '../vi/index.js';
import { categoryPath, knownSource, searchSources, siteCategories, withDescendants } from './sources.js';
import { finderFor, searchWords } from './query.js';
import type { Filters } from './query.js';
import { rank } from './ranking.js';
import { markAll, snippet } from './snippet.js';
import { queryWords } from './text.js';
import type { QueryWord } from './text.js';
import { idAtOrAfter } from './index.js';
import { readSearchRequest, searchUrl } from './params.js';
import { suggestWords } from './suggest.js';
import type { SearchRequest } from './params.js';

export interface SearchQuery {
  q: string;
  page: number;
  /** default 10, max 50 */
  pageSize?: number;
  categoryId?: number;
  /** 'YYYY-MM-DD', ICT day, inclusive */
  from?: string;
  /** inclusive */
  to?: string;
}

export interface SearchHit {
  /** The kind its module declares ('article', 'page'…). */
  kind: string;
  id: number;
  title: string;
  url: string;
  /** ISO UTC */
  publishedAt: string | null;
  category: { name: string; url: string } | null;
  /** escaped text, matched words in <mark> */
  snippetHtml: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  pages: number;
}

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The ICT day as "YYYY-MM-DD" (years 1900–2999), or undefined when it is not one. */
function validDay(day: string | undefined): string | undefined {
  if (typeof day !== 'string' || !DAY.test(day) || day < '1900' || day >= '3000') return undefined;
  try {
    ictMidnightUtc(day);
    return day;
  } catch {
    return undefined;
  }
}

/** The site's categories, read once per search when needed. */
type Categories = () => Promise<CategoryRow[]>;

async function filtersFor(siteId: number, query: SearchQuery, now: number, categories: Categories): Promise<Filters> {
  const from = validDay(query.from);
  const to = validDay(query.to);
  let maxId = idAtOrAfter(now + 1) - 1;
  if (to) maxId = Math.min(maxId, idAtOrAfter(ictMidnightUtc(addDays(to, 1)).getTime()) - 1);
  const narrowed = !!(from || to || query.categoryId !== undefined);
  const filters: Filters = { siteId, maxId, dated: !!(from || to) };
  // A date or a category leaves out the undated kinds (static pages).
  if (narrowed) filters.kinds = searchSources().filter((s) => s.dated).map((s) => s.kind);
  if (from) filters.minId = idAtOrAfter(ictMidnightUtc(from).getTime());
  if (query.categoryId !== undefined) {
    const all = await categories();
    filters.categoryIds = all.some((c) => c.id === query.categoryId) ? withDescendants(all, query.categoryId) : [];
  }
  return filters;
}

/** The documents of one page, as hits, in the given order (a document of a kind no module declares any more is left out). */
async function hitsFor(db: Db, ids: number[], words: QueryWord[], categories: Categories): Promise<SearchHit[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('search_docs')
    .select(['id', 'kind', 'ref_id', 'slug', 'title', 'published_at', 'body_text', 'category_id'])
    .where('id', 'in', ids)
    .execute();
  const filed = rows.some((r) => r.category_id !== null) ? await categories() : [];
  const categoryOf = new Map(filed.map((c) => [c.id, { name: c.name, url: categoryPath(c) }]));
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    const source = r && knownSource(r.kind);
    if (!r || !source) return [];
    return [
      {
        kind: r.kind,
        id: r.ref_id,
        title: r.title,
        url: source.url({ id: r.ref_id, slug: r.slug }),
        publishedAt: r.published_at,
        category: (r.category_id !== null && categoryOf.get(r.category_id)) || null,
        snippetHtml: snippet(r.body_text, words),
      },
    ];
  });
}

const pageSizeOf = (n: number | undefined) => (n && Number.isInteger(n) && n > 0 ? Math.min(n, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE);

/** The site's categories, read at most once (and not at all when not needed). */
function categoriesOnce(db: Db, siteId: number, known?: CategoryRow[]): Categories {
  let p: Promise<CategoryRow[]> | undefined = known && Promise.resolve(known);
  return () => (p ??= siteCategories(db, siteId));
}

/**
 * One page of the site's public documents (articles, pages and every other kind a module declares)
 * that contain every word of `q` (accents, case and Unicode form ignored; the last word may be the
 * start of a word), best first. A page beyond the last has no hits.
 */
export async function search(db: Db, dialect: Dialect, siteId: number, query: SearchQuery, now: number): Promise<SearchResult> {
  return searchWith(db, dialect, siteId, query, now, categoriesOnce(db, siteId));
}

async function searchWith(db: Db, dialect: Dialect, siteId: number, query: SearchQuery, now: number, categories: Categories): Promise<SearchResult> {
  const pageSize = pageSizeOf(query.pageSize);
  const page = Number.isInteger(query.page) && query.page > 0 ? query.page : 1;
  const words = queryWords(typeof query.q === 'string' ? query.q : '');
  if (!words.length) return { hits: [], total: 0, page, pages: 0 };
  const filters = await filtersFor(siteId, query, now, categories);
  if (filters.categoryIds?.length === 0 || filters.kinds?.length === 0 || (filters.minId !== undefined && filters.minId > filters.maxId)) return { hits: [], total: 0, page, pages: 0 };
  const ranked = await rank(finderFor(db, dialect, await searchWords(db, words), filters), words);
  const pages = Math.ceil(ranked.total / pageSize);
  const hits = await hitsFor(db, ranked.ids.slice((page - 1) * pageSize, page * pageSize), words, categories);
  return { hits, total: ranked.total, page, pages };
}


/** The title of a hit, escaped, with the query's words marked (for the search page). */
export function markedTitle(title: string, q: string): string {
  return markAll(title, queryWords(q));
}

export interface CategoryOption {
  slug: string;
  name: string;
  depth: number;
}

export interface SearchPageData {
  request: SearchRequest;
  result: SearchResult;
  categories: CategoryOption[];
  /** When nothing was found: the query with its unknown words corrected, and its address. */
  suggestion?: { q: string; url: string };
}

/** The site's categories in tree order (parents before their children), for the form's list. */
function categoryOptions(all: CategoryRow[]): CategoryOption[] {
  const out: CategoryOption[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const c of all.filter((x) => x.parent_id === parent && !seen.has(x.id))) {
      seen.add(c.id);
      out.push({ slug: c.slug, name: c.name, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  for (const c of all) if (!seen.has(c.id)) out.push({ slug: c.slug, name: c.name, depth: 0 });
  return out;
}

/** The search page: the address read (params.ts), the search run, the categories for the form. */
export async function searchPage(db: Db, dialect: Dialect, siteId: number, rawQuery: unknown, now: number): Promise<SearchPageData> {
  const all = await siteCategories(db, siteId);
  const categories = categoriesOnce(db, siteId, all);
  const request = readSearchRequest(rawQuery, all);
  const result = await searchWith(db, dialect, siteId, request.query, now, categories);
  const data: SearchPageData = { request, result, categories: categoryOptions(all) };
  if (result.total === 0 && request.query.q) {
    const q = await suggestWords(db, dialect, siteId, request.query.q);
    // Only a suggestion that finds something, with the same filters.
    if (q && (await searchWith(db, dialect, siteId, { ...request.query, q, page: 1, pageSize: 1 }, now, categories)).total > 0) {
      data.suggestion = { q, url: searchUrl({ ...request.used, q }) };
    }
  }
  return data;
}
