// Searching a site: the reader's query → words → the ranked ids (ranking.ts over query.ts) →
// one page of hits with their title, address, date, category and a snippet. Used by the search
// page (routes.tsx) and the content API. Never throws on what a reader types: an empty or
// unreadable query has no hits.
import type { Db, Dialect } from '../db/index.js';
import type { CategoryRow } from '../db/schema.js';
import { listCategories, withDescendants, categoryUrl } from '../categories/queries.js';
import { ictMidnightUtc, addDays } from '../vi/index.js';
import { articleUrl } from '../articles/presenter.js';
import { pageUrl } from '../pages/queries.js';
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
  kind: 'article' | 'page';
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

async function filtersFor(db: Db, siteId: number, query: SearchQuery, now: number): Promise<Filters> {
  const from = validDay(query.from);
  const to = validDay(query.to);
  let maxId = idAtOrAfter(now + 1) - 1;
  if (to) maxId = Math.min(maxId, idAtOrAfter(ictMidnightUtc(addDays(to, 1)).getTime()) - 1);
  const filters: Filters = { siteId, maxId, articlesOnly: !!(from || to || query.categoryId !== undefined), dated: !!(from || to) };
  if (from) filters.minId = idAtOrAfter(ictMidnightUtc(from).getTime());
  if (query.categoryId !== undefined) {
    const all = await listCategories(db, siteId);
    filters.categoryIds = all.some((c) => c.id === query.categoryId) ? withDescendants(all, query.categoryId) : [];
  }
  return filters;
}

/** The documents of one page, as hits, in the given order. */
async function hitsFor(db: Db, ids: number[], words: QueryWord[]): Promise<SearchHit[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('search_docs')
    .leftJoin('categories', 'categories.id', 'search_docs.category_id')
    .select(['search_docs.id', 'search_docs.kind', 'search_docs.ref_id', 'search_docs.slug', 'search_docs.title', 'search_docs.published_at', 'search_docs.body_text'])
    .select(['categories.name as category_name', 'categories.slug as category_slug'])
    .where('search_docs.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        kind: r.kind,
        id: r.ref_id,
        title: r.title,
        url: r.kind === 'page' ? pageUrl(r) : articleUrl(r),
        publishedAt: r.published_at,
        category: r.category_name && r.category_slug ? { name: r.category_name, url: categoryUrl({ slug: r.category_slug }) } : null,
        snippetHtml: snippet(r.body_text, words),
      },
    ];
  });
}

const pageSizeOf = (n: number | undefined) => (n && Number.isInteger(n) && n > 0 ? Math.min(n, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE);

/**
 * One page of the site's published articles and pages that contain every word of `q` (accents,
 * case and Unicode form ignored; the last word may be the start of a word), best first.
 * A page beyond the last has no hits.
 */
export async function search(db: Db, dialect: Dialect, siteId: number, query: SearchQuery, now: number): Promise<SearchResult> {
  const pageSize = pageSizeOf(query.pageSize);
  const page = Number.isInteger(query.page) && query.page > 0 ? query.page : 1;
  const words = queryWords(typeof query.q === 'string' ? query.q : '');
  if (!words.length) return { hits: [], total: 0, page, pages: 0 };
  const filters = await filtersFor(db, siteId, query, now);
  if (filters.categoryIds?.length === 0 || (filters.minId !== undefined && filters.minId > filters.maxId)) return { hits: [], total: 0, page, pages: 0 };
  const ranked = await rank(finderFor(db, dialect, await searchWords(db, words), filters), words);
  const pages = Math.ceil(ranked.total / pageSize);
  const hits = await hitsFor(db, ranked.ids.slice((page - 1) * pageSize, page * pageSize), words);
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
  const all = await listCategories(db, siteId);
  const request = readSearchRequest(rawQuery, all);
  const result = await search(db, dialect, siteId, request.query, now);
  const data: SearchPageData = { request, result, categories: categoryOptions(all) };
  if (result.total === 0 && request.query.q) {
    const q = await suggestWords(db, dialect, siteId, request.query.q);
    // Only a suggestion that finds something, with the same filters.
    if (q && (await search(db, dialect, siteId, { ...request.query, q, page: 1, pageSize: 1 }, now)).total > 0) {
      data.suggestion = { q, url: searchUrl({ ...request.used, q }) };
    }
  }
  return data;
}
