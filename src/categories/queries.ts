// Categories of news (Chính trị, Kinh tế…), nested one level or more, ordered by position.
import type { Db } from '../db/index.js';
import type { CategoryRow } from '../db/schema.js';

export async function listCategories(db: Db, siteId: number): Promise<CategoryRow[]> {
  return db.selectFrom('categories').selectAll().where('site_id', '=', siteId).orderBy('position').orderBy('id').execute();
}

export async function categoryBySlug(db: Db, siteId: number, slug: string): Promise<CategoryRow | undefined> {
  return db.selectFrom('categories').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

/** A category's id and the ids of all its descendants. */
export function withDescendants(all: CategoryRow[], id: number): number[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const c of all) if (c.parent_id === out[i] && !out.includes(c.id)) out.push(c.id);
  return out;
}

export const categoryUrl = (c: Pick<CategoryRow, 'slug'>) => `/chuyen-muc/${c.slug}`;
