// Articles in the search index (registry/sources.ts SearchSource): a published article is a document
// dated by its publication time (the search also checks that time against the clock), with its
// byline and category name indexed but not shown; any other article has none.
import type { Db } from '../db/index.js';
import type { SearchSource } from '../registry/sources.js';
import { reindex } from '../search/index.js';
import { htmlToText } from '../search/text.js';
import { articleUrl } from './presenter.js';

export const ARTICLE_KIND = 'article';

export const articleSearch: SearchSource = {
  kind: ARTICLE_KIND,
  dated: true,
  async ids(db, siteId) {
    const rows = await db.selectFrom('articles').select('id').where('site_id', '=', siteId).where('status', '=', 'published').orderBy('id').execute();
    return rows.map((r) => r.id);
  },
  async doc(db, id) {
    const a = await db
      .selectFrom('articles')
      .leftJoin('categories', 'categories.id', 'articles.category_id')
      .select(['articles.id', 'articles.site_id', 'articles.category_id', 'articles.slug', 'articles.status', 'articles.published_at', 'articles.updated_at'])
      .select(['articles.title', 'articles.summary', 'articles.body_html', 'articles.byline', 'categories.name as category_name'])
      .where('articles.id', '=', id)
      .executeTakeFirst();
    if (!a || a.status !== 'published') return null;
    return {
      siteId: a.site_id,
      categoryId: a.category_id,
      slug: a.slug,
      publishedAt: a.published_at ?? a.updated_at,
      title: a.title,
      text: `${a.summary}\n${htmlToText(a.body_html)}`,
      extra: [a.byline, a.category_name ?? ''].filter(Boolean).join(' · '),
    };
  },
  url: articleUrl,
};

/** Puts articles in the index as they are now (in the caller's transaction), or takes them out. */
export async function reindexArticle(db: Db, ids: number | readonly number[]): Promise<void> {
  await reindex(db, ARTICLE_KIND, ids);
}
