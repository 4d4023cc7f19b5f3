// Articles: the public article page, category listings and print view; their kind of editorial
// item (editorial.tsx: the shared back office's list, editor, workflow, revisions and trash serve
// them), their part of the back office's home, search, site maps, feeds and the API.
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { articleRoutes } from './routes.js';
import { counterRoutes } from '../counters/routes.js';
import { countedArticles } from './counted.js';
import { articleKind } from './editorial.js';
import { articlesHomePanel } from './home-panel.js';
import { articleLinkTargets } from './link-targets.js';
import { articleSearch } from './search.js';
import { articleSitemap } from './sitemap.js';
import { articleFeed } from './feed.js';
import { articlesResource, categoriesResource } from './api.js';

export const articlesModule = defineModule({
  name: 'articles',
  // The rating form and the counting beacon count articles.
  routes: async (app) => {
    await articleRoutes(app);
    await counterRoutes(app, countedArticles);
  },
  editorial: articleKind,
  nav: [{ key: 'articles', label: msg.nav.articles, href: PATHS.articles, order: 10 }],
  homePanel: articlesHomePanel,
  linkTargets: articleLinkTargets,
  search: articleSearch,
  // The category listings are the articles' (their pages, feeds and counts in the API).
  sitemap: articleSitemap,
  feed: articleFeed,
  api: [categoriesResource, articlesResource],
});
