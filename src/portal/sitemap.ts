// The home page (changed with the newest article) and Sơ đồ cổng in sitemap.xml (registry/sources.ts SitemapSource).
import type { SitemapSource } from '../registry/sources.js';
import { newestChange } from '../articles/sitemap.js';

export const portalSitemap: SitemapSource = {
  async entries(db, siteId, nowIso) {
    const newest = await newestChange(db, siteId, nowIso);
    return [{ path: '/', ...(newest ? { lastmod: newest } : {}) }, { path: '/so-do-cong' }];
  },
};
