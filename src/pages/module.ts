// Static pages (Giới thiệu, Liên hệ…).
import { defineModule } from '../registry/module.js';
import { pageRoutes } from './routes.js';

export const pagesModule = defineModule({ name: 'pages', routes: pageRoutes });
