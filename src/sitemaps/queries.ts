// What the site maps list, read for one site: published articles (status 'published' and a
// publication time that has come) in a stable order (by id, so older files of a large site map stay
// the same), their last changes per category, and the articles of the last days for the news map.
import type { Db } from '../db/index.js';
import { publishedArticles } from '../articles/queries.js';

export async function countPublished(db: Db, siteId: number, nowIso: string): Promise<number> {
  const row = await publishedArticles(db, siteId, nowIso)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A slice of the published articles, oldest id first. */
export async function articleSlice(db: Db, siteId: number, nowIso: string, offset: number, limit: number) {
  if (limit <= 0) return [];
  return publishedArticles(db, siteId, nowIso)
    .select(['articles.slug', 'articles.published_at', 'articles.updated_at'])
    .orderBy('articles.id')
    .offset(offset)
    .limit(limit)
    .execute();
}

/** Publication and change times of every published article, oldest id first (for the index's lastmod). */
export async function articleStamps(db: Db, siteId: number, nowIso: string) {
  return publishedArticles(db, siteId, nowIso).select(['articles.published_at', 'articles.updated_at']).orderBy('articles.id').execute();
}

/** The newest publication and change per category (category_id null: articles without one). */
export async function lastChangesByCategory(db: Db, siteId: number, nowIso: string) {
  return publishedArticles(db, siteId, nowIso)
    .select((eb) => ['articles.category_id', eb.fn.max('articles.published_at').as('published'), eb.fn.max('articles.updated_at').as('updated')])
    .groupBy('articles.category_id')
    .execute();
}

/** Articles published in [sinceIso, nowIso], newest first (the news site map). */
export async function recentArticles(db: Db, siteId: number, sinceIso: string, nowIso: string, limit: number) {
  return publishedArticles(db, siteId, nowIso)
    .where('articles.published_at', '>=', sinceIso)
    .select(['articles.slug', 'articles.title', 'articles.published_at'])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute();
}
