// Articles in the site maps (registry/sources.ts SitemapSource): the category listings (each with
// the newest change of its articles and its sub-categories'), then every published article
// (status 'published' and a publication time that has come) by id, so the older files of a large
// site map stay the same; the news site map has those of the last days.
import type { Db } from '../db/index.js';
import type { SitemapSource } from '../registry/sources.js';
import { latest } from '../feeds/xml.js';
import { categoryUrl, listCategories, withDescendants } from '../categories/queries.js';
import { publishedArticles } from './queries.js';
import { articleUrl } from './presenter.js';

const lastmodOf = (r: { published_at: string | null; updated_at: string }) => latest(r.published_at, r.updated_at);

/** The newest publication or change of any published article ('' when there is none): the home page's. */
export async function newestChange(db: Db, siteId: number, nowIso: string): Promise<string> {
  const row = await publishedArticles(db, siteId, nowIso)
    .select((eb) => [eb.fn.max('articles.published_at').as('published'), eb.fn.max('articles.updated_at').as('updated')])
    .executeTakeFirst();
  return latest(row?.published, row?.updated);
}

/** The newest publication and change per category (category_id null: articles without one). */
async function lastChangesByCategory(db: Db, siteId: number, nowIso: string) {
  return publishedArticles(db, siteId, nowIso)
    .select((eb) => ['articles.category_id', eb.fn.max('articles.published_at').as('published'), eb.fn.max('articles.updated_at').as('updated')])
    .groupBy('articles.category_id')
    .execute();
}

export const articleSitemap: SitemapSource = {
  async entries(db, siteId, nowIso) {
    const [categories, changes] = await Promise.all([listCategories(db, siteId), lastChangesByCategory(db, siteId, nowIso)]);
    const changeOf = new Map(changes.map((c) => [c.category_id, latest(c.published, c.updated)]));
    return categories.map((c) => {
      const lastmod = withDescendants(categories, c.id).reduce((at, id) => latest(at, changeOf.get(id)), '');
      return { path: categoryUrl(c), ...(lastmod ? { lastmod } : {}) };
    });
  },
  bulk: {
    async count(db, siteId, nowIso) {
      const row = await publishedArticles(db, siteId, nowIso)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async slice(db, siteId, nowIso, offset, limit) {
      if (limit <= 0) return [];
      const rows = await publishedArticles(db, siteId, nowIso)
        .select(['articles.slug', 'articles.published_at', 'articles.updated_at'])
        .orderBy('articles.id')
        .offset(offset)
        .limit(limit)
        .execute();
      return rows.map((r) => ({ path: articleUrl(r), lastmod: lastmodOf(r) }));
    },
  },
  async news(db, siteId, sinceIso, nowIso, limit) {
    const rows = await publishedArticles(db, siteId, nowIso)
      .where('articles.published_at', '>=', sinceIso)
      .select(['articles.slug', 'articles.title', 'articles.published_at'])
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ path: articleUrl(r), title: r.title, published: r.published_at ?? sinceIso }));
  },
};
