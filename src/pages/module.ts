// Static pages (Giới thiệu, Liên hệ…).
import { defineModule } from '../registry/module.js';
import { pageRoutes } from './routes.js';
import { pageLinkTargets } from './link-targets.js';
import { pageSearch } from './search.js';
import { pageSitemap } from './sitemap.js';

export const pagesModule = defineModule({ name: 'pages', routes: pageRoutes, search: pageSearch, sitemap: pageSitemap, linkTargets: pageLinkTargets });
