// Reading for the content API: published articles of one site in keyset order (published_at, id,
// newest first), their tags, and per-category counts. "Published" is status 'published' with a
// publication time that has come, as for the public pages.
import type { Db } from '../db/index.js';
import { IMAGE_COLUMNS, publishedArticles, publishedWithImage } from './queries.js';
import type { Cursor } from '../api/cursor.js';

export interface ListFilter {
  siteId: number;
  nowIso: string;
  /** Only these categories (a category and its descendants). */
  categoryIds?: number[];
  tagId?: number;
  fromIso?: string;
  beforeIso?: string;
  after?: Cursor;
  limit: number;
}

/** One page of published articles after the cursor (limit rows at most). */
export async function listArticles(db: Db, f: ListFilter) {
  let q = publishedWithImage(db, f.siteId, f.nowIso)
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .select([
      'articles.id',
      'articles.slug',
      'articles.title',
      'articles.summary',
      'articles.published_at',
      'articles.updated_at',
      'articles.category_id',
      'categories.slug as category_slug',
      'categories.name as category_name',
      ...IMAGE_COLUMNS,
    ]);
  if (f.categoryIds) q = q.where('articles.category_id', 'in', f.categoryIds.length ? f.categoryIds : [-1]);
  if (f.tagId !== undefined) {
    const tagId = f.tagId;
    q = q.where('articles.id', 'in', (eb) => eb.selectFrom('article_tags').select('article_tags.article_id').where('article_tags.tag_id', '=', tagId));
  }
  if (f.fromIso) q = q.where('articles.published_at', '>=', f.fromIso);
  if (f.beforeIso) q = q.where('articles.published_at', '<', f.beforeIso);
  const after = f.after;
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('articles.published_at', '<', after.publishedAt), eb.and([eb('articles.published_at', '=', after.publishedAt), eb('articles.id', '<', after.id)])]),
    );
  }
  return q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(f.limit).execute();
}
export type ListRow = Awaited<ReturnType<typeof listArticles>>[number];

export async function tagBySlug(db: Db, siteId: number, slug: string) {
  return db.selectFrom('tags').select(['id', 'slug', 'name']).where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

/** Published articles per category (directly in it) of one site. */
export async function countsByCategory(db: Db, siteId: number, nowIso: string): Promise<Map<number, number>> {
  const rows = await publishedArticles(db, siteId, nowIso)
    .select(['articles.category_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('articles.category_id', 'is not', null)
    .groupBy('articles.category_id')
    .execute();
  return new Map(rows.map((r) => [r.category_id as number, Number(r.n)]));
}
