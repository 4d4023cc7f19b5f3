// What the counters need of articles: the published article a rating names by its slug, where the
// reader returns after rating, and whether the beacon's id is a published article of the site.
import type { CountedItems } from '../counters/routes.js';
import { articleUrl } from './presenter.js';
import { publishedArticles, publishedSlugById } from './queries.js';

export const countedArticles: CountedItems = {
  ratedBySlug: async (db, siteId, slug, nowIso) => (await publishedArticles(db, siteId, nowIso).select('articles.id').where('articles.slug', '=', slug).executeTakeFirst())?.id,
  urlOf: (slug) => articleUrl({ slug }),
  isPublished: async (db, siteId, id, nowIso) => (await publishedSlugById(db, siteId, id, nowIso)) !== undefined,
};
