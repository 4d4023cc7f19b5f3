// Static pages in the search index (registry/sources.ts SearchSource): a published page is an
// undated document, shown as "Trang thông tin".
import type { SearchSource } from '../registry/sources.js';
import { htmlToText } from '../search/text.js';
import { PAGE_KIND, pageUrl } from './queries.js';

export const pageSearch: SearchSource = {
  kind: PAGE_KIND,
  dated: false,
  label: 'Trang thông tin',
  async ids(db, siteId) {
    const rows = await db.selectFrom('articles').select('id').where('site_id', '=', siteId).where('kind', '=', PAGE_KIND).where('status', '=', 'published').orderBy('id').execute();
    return rows.map((r) => r.id);
  },
  async doc(db, id) {
    const p = await db.selectFrom('articles').selectAll().where('id', '=', id).where('kind', '=', PAGE_KIND).executeTakeFirst();
    if (!p || p.status !== 'published') return null;
    return { siteId: p.site_id, categoryId: null, slug: p.slug, publishedAt: null, title: p.title, text: htmlToText(p.body_html), extra: '' };
  },
  url: pageUrl,
};
