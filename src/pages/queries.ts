// Static pages (Giới thiệu, Liên hệ…), nested by parent: editorial items of kind 'page' (a row of
// `articles`), public while published, like articles.
import type { Db } from '../db/index.js';
import type { ItemRow } from '../db/schema.js';
import { publishedItems } from '../editorial/queries.js';

/** Pages' kind among the editorial items (articles.kind), in the search index and the audit log. */
export const PAGE_KIND = 'page';

/** A static page: an editorial item of kind 'page'. */
export type PageRow = ItemRow;

export const pageUrl = (p: Pick<PageRow, 'slug'>) => `/trang/${p.slug}`;

/** Every public page's footer and sidebar link to it: a site without a stored page of that
 *  address gets one made from its settings' contacts (pages/routes.tsx). */
export const CONTACT_SLUG = 'lien-he';

/** The site's published pages, each group of siblings in its order (position, then id). */
export async function publishedPages(db: Db, siteId: number, nowIso: string): Promise<PageRow[]> {
  return publishedItems(db, siteId, PAGE_KIND, nowIso).selectAll().orderBy('articles.position').orderBy('articles.id').execute();
}

export async function publishedPageBySlug(db: Db, siteId: number, slug: string, nowIso: string): Promise<PageRow | undefined> {
  return publishedItems(db, siteId, PAGE_KIND, nowIso).selectAll().where('articles.slug', '=', slug).executeTakeFirst();
}

/** A page of this site in any state (the back office's preview). */
export async function anyPageById(db: Db, siteId: number, id: number): Promise<PageRow | undefined> {
  return db.selectFrom('articles').selectAll().where('site_id', '=', siteId).where('kind', '=', PAGE_KIND).where('id', '=', id).executeTakeFirst();
}
