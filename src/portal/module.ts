// The home page, Sơ đồ cổng, robots.txt.
import { defineModule } from '../registry/module.js';
import { portalRoutes } from './routes.js';
import { portalLinkTargets } from './link-targets.js';

export const portalModule = defineModule({ name: 'portal', routes: portalRoutes, linkTargets: portalLinkTargets });
