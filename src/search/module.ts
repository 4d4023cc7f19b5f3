// /tim-kiem, the accent-blind search over the site.
import { defineModule } from '../registry/module.js';
import { searchRoutes } from './routes.js';
import { searchLayout } from './header-form.js';

export const searchModule = defineModule({ name: 'search', routes: searchRoutes, layout: searchLayout });
