// Published static pages as links of the menu editor's picker (registry/module.ts `linkTargets`).
import type { LinkTargets } from '../registry/module.js';
import { msg } from '../messages/index.js';
import { slugAfter } from '../web/params.js';
import { pageUrl, publishedPageBySlug, publishedPages } from './queries.js';

export const pageLinkTargets: LinkTargets = {
  label: () => msg.settings.menuGroupPages,
  order: 20,
  choices: async (db, siteId, nowIso) => (await publishedPages(db, siteId, nowIso)).map((p) => [pageUrl(p), p.title]),
  titleOf: async (db, siteId, nowIso, url) => {
    const slug = slugAfter(pageUrl({ slug: '' }), url);
    return slug === undefined ? undefined : (await publishedPageBySlug(db, siteId, slug, nowIso))?.title;
  },
};
