// Articles: the public article page, category listings and print view; the back office's lists,
// review queue, editor and the trash.
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { articleRoutes } from './routes.js';
import { articleBackofficeRoutes } from './backoffice.js';
import { articleTrashRoutes } from './trash-backoffice.js';
import { articlesHomePanel } from './home-panel.js';
import { articleLinkTargets } from './link-targets.js';
import { articleSearch } from './search.js';
import { articleSitemap } from './sitemap.js';
import { articleFeed } from './feed.js';
import { articlesResource, categoriesResource } from './api.js';

export const articlesModule = defineModule({
  name: 'articles',
  routes: articleRoutes,
  backoffice: async (app) => {
    await articleBackofficeRoutes(app);
    await articleTrashRoutes(app);
  },
  nav: [
    { key: 'articles', label: msg.nav.articles, href: PATHS.articles, order: 10 },
    { key: 'review', label: msg.nav.review, href: PATHS.review, order: 20, needs: 'article.publish', badge: true },
    { key: 'trash', label: msg.nav.trash, href: PATHS.trash, order: 30 },
  ],
  homePanel: articlesHomePanel,
  linkTargets: articleLinkTargets,
  search: articleSearch,
  // The category listings are the articles' (their pages, feeds and counts in the API).
  sitemap: articleSitemap,
  feed: articleFeed,
  api: [categoriesResource, articlesResource],
});
