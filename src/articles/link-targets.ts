// Published articles as links of the menu editor's picker (registry/module.ts `linkTargets`): the
// newest, or those whose title has the words searched.
import type { LinkTargets } from '../registry/module.js';
import { msg } from '../messages/index.js';
import { slugAfter } from '../web/params.js';
import { publishedArticles } from './queries.js';
import { articleUrl } from './presenter.js';
import { titleContains } from '../db/titles.js';

/** Articles offered at once: the newest, or the newest whose title has the searched words. */
export const LINK_ARTICLES = 30;

export const articleLinkTargets: LinkTargets = {
  label: (query) => (query ? msg.settings.menuGroupFound(query) : msg.settings.menuGroupArticles),
  order: 40,
  searchable: true,
  choices: async (db, siteId, nowIso, query) => {
    let q = publishedArticles(db, siteId, nowIso).select(['articles.slug', 'articles.title']);
    if (query) q = q.where(titleContains(query));
    const rows = await q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(LINK_ARTICLES).execute();
    return rows.map((a) => [articleUrl(a), a.title]);
  },
  titleOf: async (db, siteId, nowIso, url) => {
    const slug = slugAfter(articleUrl({ slug: '' }), url);
    if (slug === undefined) return undefined;
    return (await publishedArticles(db, siteId, nowIso).select('articles.title').where('articles.slug', '=', slug).executeTakeFirst())?.title;
  },
};
