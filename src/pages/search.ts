// Static pages in the search index (registry/sources.ts SearchSource): a published page is an
// undated document, shown as "Trang thông tin".
import type { SearchSource } from '../registry/sources.js';
import { htmlToText } from '../search/text.js';
import { pageUrl } from './queries.js';

export const pageSearch: SearchSource = {
  kind: 'page',
  dated: false,
  label: 'Trang thông tin',
  async ids(db, siteId) {
    const rows = await db.selectFrom('pages').select('id').where('site_id', '=', siteId).where('published', '=', 1).orderBy('id').execute();
    return rows.map((r) => r.id);
  },
  async doc(db, id) {
    const p = await db.selectFrom('pages').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p || p.published !== 1) return null;
    return { siteId: p.site_id, categoryId: null, slug: p.slug, publishedAt: null, title: p.title, text: htmlToText(p.body_html), extra: '' };
  },
  url: pageUrl,
};
