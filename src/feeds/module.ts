// RSS and Atom for the site and each category.
import { defineModule } from '../registry/module.js';
import { feedRoutes } from './routes.js';
import { feedLayout } from './links.js';

export const feedsModule = defineModule({ name: 'feeds', routes: feedRoutes, layout: feedLayout });
