// Categories: their listings are the articles'; here, their screen for administrators, and the
// categories a search is narrowed to.
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { categoryBackofficeRoutes } from './backoffice.js';
import { categoryLinkTargets } from './link-targets.js';
import { categoryUrl, listCategories } from './queries.js';

export const categoriesModule = defineModule({
  name: 'categories',
  backoffice: categoryBackofficeRoutes,
  linkTargets: categoryLinkTargets,
  nav: [{ key: 'categories', label: msg.nav.categories, href: PATHS.categories, order: 50, needs: 'settings.manage' }],
  categories: { list: listCategories, url: categoryUrl },
});
