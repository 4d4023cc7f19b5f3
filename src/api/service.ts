// What the content API answers, one function per endpoint: rows of the request's site only, turned
// into JSON by presenter.ts. `base` is the site's absolute base URL.
import type { Db, Dialect } from '../db/index.js';
import type { SiteRow } from '../db/schema.js';
import { categoryBySlug, listCategories, withDescendants } from '../categories/queries.js';
import { publishedArticleBySlug, tagsOf } from '../articles/queries.js';
import { search } from '../search/service.js';
import type { ApiArticle, ApiArticleSummary, ApiCategory, ApiSearchHit, ApiSite } from './presenter.js';
import { presentArticle, presentCategory, presentHit, presentSite, presentSummary } from './presenter.js';
import { countsByCategory, listArticles, tagBySlug } from './queries.js';
import type { Cursor } from './cursor.js';
import { encodeCursor } from './cursor.js';
import { apiNotFound } from './errors.js';

export function siteInfo(base: string, site: SiteRow): ApiSite {
  return presentSite(base, site);
}

export async function categoryList(db: Db, siteId: number, base: string, now: number): Promise<{ items: ApiCategory[] }> {
  const [all, counts] = await Promise.all([listCategories(db, siteId), countsByCategory(db, siteId, new Date(now).toISOString())]);
  return { items: all.map((c) => presentCategory(base, c, counts.get(c.id) ?? 0)) };
}

/** The id of a category of this site (404 for a slug it does not have). */
async function categoryId(db: Db, siteId: number, slug: string): Promise<number> {
  const category = await categoryBySlug(db, siteId, slug);
  if (!category) throw apiNotFound('Chuyên mục không tồn tại trên trang này.');
  return category.id;
}

export interface ArticleQuery {
  category?: string;
  tag?: string;
  fromIso?: string;
  beforeIso?: string;
  cursor?: Cursor;
  limit: number;
}

/** One page of the newest published articles; `next` is the cursor of the following page, or null. */
export async function articleList(db: Db, siteId: number, base: string, q: ArticleQuery, now: number): Promise<{ items: ApiArticleSummary[]; next: string | null }> {
  const categoryIds = q.category ? withDescendants(await listCategories(db, siteId), await categoryId(db, siteId, q.category)) : undefined;
  let tagId: number | undefined;
  if (q.tag) {
    const tag = await tagBySlug(db, siteId, q.tag);
    if (!tag) throw apiNotFound('Từ khóa (tag) không tồn tại trên trang này.');
    tagId = tag.id;
  }
  const rows = await listArticles(db, {
    siteId,
    nowIso: new Date(now).toISOString(),
    categoryIds,
    tagId,
    fromIso: q.fromIso,
    beforeIso: q.beforeIso,
    after: q.cursor,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const next = rows.length > q.limit && last?.published_at ? encodeCursor({ publishedAt: last.published_at, id: last.id }) : null;
  return { items: page.map((r) => presentSummary(base, r)), next };
}

export async function articleBySlug(db: Db, siteId: number, base: string, slug: string, now: number): Promise<ApiArticle> {
  const row = await publishedArticleBySlug(db, siteId, slug, new Date(now).toISOString());
  if (!row) throw apiNotFound('Bài viết không tồn tại hoặc đã được gỡ bỏ.');
  return presentArticle(base, row, await tagsOf(db, row.id));
}

export interface SearchParams {
  q: string;
  page: number;
  category?: string;
  /** ICT days "YYYY-MM-DD", inclusive. */
  from?: string;
  to?: string;
}

/** One page of search results (search/service.ts) with absolute URLs and ICT dates. */
export async function searchResults(
  db: Db,
  dialect: Dialect,
  siteId: number,
  base: string,
  p: SearchParams,
  now: number,
): Promise<{ query: string; total: number; page: number; pages: number; hits: ApiSearchHit[] }> {
  const category = p.category ? await categoryId(db, siteId, p.category) : undefined;
  const r = await search(db, dialect, siteId, { q: p.q, page: p.page, categoryId: category, from: p.from, to: p.to }, now);
  return { query: p.q, total: r.total, page: r.page, pages: r.pages, hits: r.hits.map((h) => presentHit(base, h)) };
}
