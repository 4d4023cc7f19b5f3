// What the content API itself answers (a module's resources answer the rest, LoaModule.api): the
// request's site, and search over every kind, turned into JSON by presenter.ts. `base` is the
// site's absolute base URL.
import type { Db, Dialect } from '../db/index.js';
import type { SiteRow } from '../db/schema.js';
import { search } from '../search/service.js';
import { siteCategories } from '../search/sources.js';
import type { ApiSearchHit, ApiSite } from './presenter.js';
import { presentHit, presentSite } from './presenter.js';
import { apiNotFound } from './errors.js';

export function siteInfo(base: string, site: SiteRow): ApiSite {
  return presentSite(base, site);
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
  let category: number | undefined;
  if (p.category) {
    const found = (await siteCategories(db, siteId)).find((c) => c.slug === p.category);
    if (!found) throw apiNotFound('Chuyên mục không tồn tại trên trang này.');
    category = found.id;
  }
  const r = await search(db, dialect, siteId, { q: p.q, page: p.page, categoryId: category, from: p.from, to: p.to }, now);
  return { query: p.q, total: r.total, page: r.page, pages: r.pages, hits: r.hits.map((h) => presentHit(base, h)) };
}
