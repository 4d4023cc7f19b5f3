// The categories as links of the menu editor's picker (registry/module.ts `linkTargets`).
import type { LinkTargets } from '../registry/module.js';
import { msg } from '../messages/index.js';
import { slugAfter } from '../web/params.js';
import { categoryBySlug, categoryUrl, listCategories } from './queries.js';

export const categoryLinkTargets: LinkTargets = {
  label: () => msg.settings.menuGroupCategories,
  order: 30,
  choices: async (db, siteId) => (await listCategories(db, siteId)).map((c) => [categoryUrl(c), c.name]),
  titleOf: async (db, siteId, _nowIso, url) => {
    const slug = slugAfter(categoryUrl({ slug: '' }), url);
    return slug === undefined ? undefined : (await categoryBySlug(db, siteId, slug))?.name;
  },
};
