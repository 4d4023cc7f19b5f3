// The newest published articles of a site (or of some of its categories) with what a feed item
// shows. "Published" is what the public sees: status 'published' and a publication time that has come.
import type { Db } from '../db/index.js';
import { publishedArticles } from '../articles/queries.js';

export async function feedArticles(db: Db, siteId: number, nowIso: string, limit: number, categoryIds?: number[]) {
  let q = publishedArticles(db, siteId, nowIso)
    .leftJoin('categories', 'categories.id', 'articles.category_id')
    .select([
      'articles.id',
      'articles.slug',
      'articles.title',
      'articles.summary',
      'articles.body_html',
      'articles.byline',
      'articles.published_at',
      'articles.updated_at',
      'categories.name as category_name',
      'categories.slug as category_slug',
    ]);
  if (categoryIds) q = q.where('articles.category_id', 'in', categoryIds.length ? categoryIds : [-1]);
  return q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
}

export type FeedArticleRow = Awaited<ReturnType<typeof feedArticles>>[number];
