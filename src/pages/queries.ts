// Static pages (Giới thiệu, Liên hệ…), nested by parent.
import type { Db } from '../db/index.js';
import type { PageRow } from '../db/schema.js';

export const pageUrl = (p: Pick<PageRow, 'slug'>) => `/trang/${p.slug}`;

/** Every public page's footer and sidebar link to it: a site without a stored page of that
 *  address gets one made from its settings' contacts (pages/routes.tsx). */
export const CONTACT_SLUG = 'lien-he';

export async function publishedPages(db: Db, siteId: number): Promise<PageRow[]> {
  return db.selectFrom('pages').selectAll().where('site_id', '=', siteId).where('published', '=', 1).orderBy('position').orderBy('id').execute();
}

export async function publishedPageBySlug(db: Db, siteId: number, slug: string): Promise<PageRow | undefined> {
  return db.selectFrom('pages').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).where('published', '=', 1).executeTakeFirst();
}
