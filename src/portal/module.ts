// The home page, Sơ đồ cổng, robots.txt.
import { defineModule } from '../registry/module.js';
import { portalRoutes } from './routes.js';
import { portalLinkTargets } from './link-targets.js';
import { portalSitemap } from './sitemap.js';

export const portalModule = defineModule({ name: 'portal', routes: portalRoutes, sitemap: portalSitemap, linkTargets: portalLinkTargets });
