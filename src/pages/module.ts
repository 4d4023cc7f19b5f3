// Static pages (Giới thiệu, Liên hệ…).
import { defineModule } from '../registry/module.js';
import { pageRoutes } from './routes.js';
import { pageLinkTargets } from './link-targets.js';

export const pagesModule = defineModule({ name: 'pages', routes: pageRoutes, linkTargets: pageLinkTargets });
