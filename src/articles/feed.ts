// Articles in the feeds (registry/sources.ts FeedSource): the site's newest published articles
// (status 'published' and a publication time that has come), and a feed for each category with
// its descendants at /chuyen-muc/:slug/rss.xml and …/atom.xml (an unknown category is a 404).
import type { Db } from '../db/index.js';
import type { FeedItem, FeedSource } from '../registry/sources.js';
import { notFound } from '../errors/index.js';
import { latest } from '../feeds/xml.js';
import { categoryBySlug, categoryUrl, listCategories, withDescendants } from '../categories/queries.js';
import { publishedArticles } from './queries.js';
import { articleUrl } from './presenter.js';

async function feedArticles(db: Db, siteId: number, nowIso: string, limit: number, categoryIds?: number[]) {
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

type FeedArticleRow = Awaited<ReturnType<typeof feedArticles>>[number];

function item(r: FeedArticleRow): FeedItem {
  const published = r.published_at ?? r.updated_at;
  return {
    path: articleUrl(r),
    title: r.title,
    summary: r.summary,
    bodyHtml: r.body_html,
    byline: r.byline,
    category: r.category_slug && r.category_name ? { name: r.category_name, slug: r.category_slug, path: categoryUrl({ slug: r.category_slug }) } : null,
    published,
    updated: latest(published, r.updated_at),
  };
}

export const articleFeed: FeedSource = {
  async items(db, siteId, nowIso, limit) {
    return (await feedArticles(db, siteId, nowIso, limit)).map(item);
  },
  channels: [
    {
      path: '/chuyen-muc/:slug',
      async read(db, site, slug, nowIso, limit) {
        const category = await categoryBySlug(db, site.id, slug);
        if (!category) throw notFound('Chuyên mục không tồn tại.');
        const all = await listCategories(db, site.id);
        const rows = await feedArticles(db, site.id, nowIso, limit, withDescendants(all, category.id));
        return {
          title: `${category.name} – ${site.name}`,
          description: category.description || `Tin ${category.name} – ${site.name}`,
          path: categoryUrl(category),
          items: rows.map(item),
        };
      },
    },
  ],
};
