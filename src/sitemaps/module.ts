// sitemap.xml and the news site map.
import { defineModule } from '../registry/module.js';
import { sitemapRoutes } from './routes.js';

export const sitemapsModule = defineModule({ name: 'sitemaps', routes: sitemapRoutes });
