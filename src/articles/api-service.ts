// What the content API answers about categories and articles (articles/api.ts): rows of the
// request's site only, turned into JSON. Every URL is absolute (the site's base URL), every date
// ISO-8601 with the +07:00 offset, bodies are the stored sanitised HTML with their links and media
// made absolute. The shapes are those of articles/api.ts's schemas (the API test checks one against the other).
import type { Db } from '../db/index.js';
import type { CategoryRow } from '../db/schema.js';
import { isoDate } from '../vi/index.js';
import { absolute, absoluteBody, srcsetAbsolute } from '../api/presenter.js';
import { apiNotFound } from '../api/errors.js';
import type { Cursor } from '../api/cursor.js';
import { encodeCursor } from '../api/cursor.js';
import { categoryBySlug, categoryUrl, listCategories, withDescendants } from '../categories/queries.js';
import { articleUrl, featuredImage } from './presenter.js';
import type { ImageCols } from './presenter.js';
import type { ArticleFullRow } from './queries.js';
import { publishedArticleBySlug, tagsOf } from './queries.js';
import type { ListRow } from './api-queries.js';
import { countsByCategory, listArticles, tagBySlug } from './api-queries.js';

export interface ApiImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  srcset: string;
  avifSrcset?: string;
}

export interface ApiCategoryRef {
  id: number;
  slug: string;
  name: string;
  url: string;
}

export interface ApiArticleSummary {
  id: number;
  slug: string;
  url: string;
  title: string;
  summary: string;
  publishedAt: string;
  updatedAt: string;
  category: ApiCategoryRef | null;
  image: ApiImage | null;
}

export interface ApiArticle extends ApiArticleSummary {
  bodyHtml: string;
  byline: string;
  tags: { slug: string; name: string }[];
  views: number;
  rating: { count: number; average: number | null };
}

export interface ApiCategory {
  id: number;
  slug: string;
  name: string;
  description: string;
  parentId: number | null;
  position: number;
  url: string;
  articleCount: number;
}

function image(base: string, r: ImageCols): ApiImage | null {
  const v = featuredImage(r);
  if (!v) return null;
  const out: ApiImage = { url: absolute(base, v.src), width: v.width, height: v.height, alt: v.alt, srcset: srcsetAbsolute(base, v.srcset) };
  if (v.avifSrcset) out.avifSrcset = srcsetAbsolute(base, v.avifSrcset);
  return out;
}

function categoryRef(base: string, id: number | null, slug: string | null, name: string | null): ApiCategoryRef | null {
  return id !== null && slug && name ? { id, slug, name, url: base + categoryUrl({ slug }) } : null;
}

export function presentSummary(base: string, r: ListRow): ApiArticleSummary {
  return {
    id: r.id,
    slug: r.slug,
    url: base + articleUrl(r),
    title: r.title,
    summary: r.summary,
    publishedAt: isoDate(r.published_at ?? r.updated_at),
    updatedAt: isoDate(r.updated_at),
    category: categoryRef(base, r.category_id, r.category_slug, r.category_name),
    image: image(base, r),
  };
}

export function presentArticle(base: string, r: ArticleFullRow, tags: { slug: string; name: string }[]): ApiArticle {
  return {
    ...presentSummary(base, r),
    bodyHtml: absoluteBody(base, r.body_html),
    byline: r.byline,
    tags: tags.map((t) => ({ slug: t.slug, name: t.name })),
    views: r.view_count,
    rating: { count: r.rating_count, average: r.rating_count ? Math.round((r.rating_sum / r.rating_count) * 100) / 100 : null },
  };
}

export function presentCategory(base: string, c: CategoryRow, count: number): ApiCategory {
  return { id: c.id, slug: c.slug, name: c.name, description: c.description, parentId: c.parent_id, position: c.position, url: base + categoryUrl(c), articleCount: count };
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
