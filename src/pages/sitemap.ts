// Static pages in sitemap.xml (registry/sources.ts SitemapSource): every published page with its last change.
import type { SitemapSource } from '../registry/sources.js';
import { pageUrl, publishedPages } from './queries.js';

export const pageSitemap: SitemapSource = {
  async entries(db, siteId) {
    return (await publishedPages(db, siteId)).map((p) => ({ path: pageUrl(p), lastmod: p.updated_at }));
  },
};
