// RSS and Atom for the site and each category.
import { defineModule } from '../registry/module.js';
import { feedRoutes } from './routes.js';

export const feedsModule = defineModule({ name: 'feeds', routes: feedRoutes });
