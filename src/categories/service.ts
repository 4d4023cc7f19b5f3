// Categories in the back office: list with article counts, add, edit, delete. Slugs are unique per
// site; a category is deleted only when no article (in any state) uses it, and its sub-categories
// then take its place under its parent. Renaming a slug also updates the menu links to the old
// address. Every change is one transaction with its audit entry ('category.*') and publicChange.
import { z } from 'zod';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { CategoryRow } from '../db/schema.js';
import { fieldsOf, formCheck, line } from '../backoffice/form.js';
import type { StaffContext } from '../backoffice/guard.js';
import { slugify } from '../vi/index.js';
import { msg } from '../messages/index.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import type { FieldErrors } from '../errors/index.js';
import { audit } from '../audit/log.js';
import { publicChange } from '../web/page-cache.js';
import { reindexCategory } from '../search/index.js';
import { categoryUrl, listCategories, withDescendants } from './queries.js';

const t = msg.settings;

export const CATEGORY_RULES = {
  name: { label: t.categoryName, max: 200, required: true },
  slug: { label: t.categorySlug, max: 80 },
  description: { label: t.categoryDescription, max: 1000 },
};
export const POSITION_MAX = 9999;

export interface CategoryInput {
  name: string;
  slug: string;
  description: string;
  parentId: number | null;
  /** undefined: after the last one of its level. */
  position: number | undefined;
}

export interface CategoryForm {
  name: string;
  slug: string;
  description: string;
  parent: string;
  position: string;
}

export interface CategoryListItem {
  category: CategoryRow;
  depth: number;
  articles: number;
}

/** The form, read and checked. The slug is made from the name when empty, and always passes slugify. */
export const categoryForm = z
  .object({
    ...fieldsOf(CATEGORY_RULES),
    parent: line().refine((p) => p === '' || /^[1-9]\d{0,9}$/.test(p), t.badCategoryParent),
    position: line().refine((p) => p === '' || /^\d{1,4}$/.test(p), t.badPosition),
  })
  .check(
    formCheck((f, add, refused) => {
      if (!refused('slug') && !refused('name') && !slugify(f.slug || f.name, CATEGORY_RULES.slug.max)) add('slug', t.badSlug);
    }),
  )
  .transform(
    (f): CategoryInput => ({
      name: f.name,
      slug: slugify(f.slug || f.name, CATEGORY_RULES.slug.max),
      description: f.description,
      parentId: f.parent === '' ? null : Number(f.parent),
      position: f.position === '' ? undefined : Number(f.position),
    }),
  );

/** The form as typed, to show it again. */
export const categoryFormOf = (typed: Record<string, string>): CategoryForm => ({
  name: typed.name ?? '',
  slug: typed.slug ?? '',
  description: typed.description ?? '',
  parent: typed.parent ?? '',
  position: typed.position ?? '',
});

/** The site's categories as a tree in display order (depth-first), with how many articles use each. */
export async function categoryList(db: Db, siteId: number): Promise<CategoryListItem[]> {
  const [all, counts] = await Promise.all([
    listCategories(db, siteId),
    db
      .selectFrom('articles')
      .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('site_id', '=', siteId)
      .where('category_id', 'is not', null)
      .groupBy('category_id')
      .execute(),
  ]);
  const count = new Map(counts.map((c) => [c.category_id, Number(c.n)]));
  const out: CategoryListItem[] = [];
  const seen = new Set<number>();
  const walk = (parentId: number | null, depth: number) => {
    for (const c of all) {
      if (c.parent_id !== parentId || seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ category: c, depth, articles: count.get(c.id) ?? 0 });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  // Orphans (a parent of another site, should never happen) are listed at the top level.
  for (const c of all) if (!seen.has(c.id)) out.push({ category: c, depth: 0, articles: count.get(c.id) ?? 0 });
  return out;
}

/** One category of this site; a 404 for another site's or none. */
export async function categoryOf(db: Db, siteId: number, id: number): Promise<CategoryRow> {
  const row = await db.selectFrom('categories').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(t.categoryNotFound);
  return row;
}

/** Who changes a category, where, from where, when (a back-office Staff is one). */
export type CategoryChange = Pick<StaffContext, 'siteId' | 'userId' | 'ip' | 'now'>;

type Result = { category: CategoryRow };

/** Problems that need the database: the parent (of this site, no cycle) and the slug's uniqueness. */
async function dbProblems(trx: Db, siteId: number, input: CategoryInput, id?: number): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (input.parentId !== null) {
    const all = await listCategories(trx, siteId);
    const ok = all.some((c) => c.id === input.parentId) && (id === undefined || !withDescendants(all, id).includes(input.parentId));
    if (!ok) errors.parent = t.badCategoryParent;
  }
  let q = trx.selectFrom('categories').select('id').where('site_id', '=', siteId).where('slug', '=', input.slug);
  if (id !== undefined) q = q.where('id', '!=', id);
  if (await q.executeTakeFirst()) errors.slug = t.slugTaken;
  return errors;
}

async function nextPosition(trx: Db, siteId: number, parentId: number | null, except?: number): Promise<number> {
  let q = trx.selectFrom('categories').select('position').where('site_id', '=', siteId);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  if (except !== undefined) q = q.where('id', '!=', except);
  const rows = await q.execute();
  return Math.min(POSITION_MAX, rows.reduce((max, r) => Math.max(max, r.position + 1), 0));
}

async function record(trx: Db, c: CategoryChange, action: string, subjectId: number, detail: Record<string, unknown>) {
  await audit(trx, { siteId: c.siteId, userId: c.userId, action, subjectType: 'category', subjectId, detail, ip: c.ip, at: new Date(c.now).toISOString() });
}

/** A unique violation lost to a concurrent insert of the same slug: the same message as the check. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return !!e && (e.code === '23505' || /UNIQUE constraint failed/.test(String(e.message)));
}

async function slugSafe<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw new FormInvalid({ slug: t.slugTaken });
    throw err;
  }
}

/** Adds a category; refused input (a taken slug, a parent not of this site) is a FormInvalid and nothing is stored. */
export async function createCategory(db: Db, c: CategoryChange, input: CategoryInput): Promise<Result> {
  return slugSafe(() =>
    atomically(db, async (trx): Promise<Result> => {
      const errors = await dbProblems(trx, c.siteId, input);
      if (Object.keys(errors).length > 0) throw new FormInvalid(errors);
      const category = await trx
        .insertInto('categories')
        .values({
          site_id: c.siteId,
          parent_id: input.parentId,
          slug: input.slug,
          name: input.name,
          description: input.description,
          position: input.position ?? (await nextPosition(trx, c.siteId, input.parentId)),
          created_at: new Date(c.now).toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await record(trx, c, 'category.create', category.id, { name: category.name, slug: category.slug, parentId: category.parent_id, position: category.position });
      await publicChange(trx, c.siteId);
      return { category };
    }),
  );
}

/** Changes a category, the same way; its menu links follow a new slug. */
export async function updateCategory(db: Db, c: CategoryChange, id: number, input: CategoryInput): Promise<Result> {
  return slugSafe(() =>
    atomically(db, async (trx): Promise<Result> => {
      const old = await categoryOf(trx, c.siteId, id);
      const errors = await dbProblems(trx, c.siteId, input, id);
      if (Object.keys(errors).length > 0) throw new FormInvalid(errors);
      const position = input.position ?? (old.parent_id === input.parentId ? old.position : await nextPosition(trx, c.siteId, input.parentId, id));
      const next = { name: input.name, slug: input.slug, description: input.description, parent_id: input.parentId, position };
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const k of Object.keys(next) as (keyof typeof next)[]) if (old[k] !== next[k]) changes[k] = { from: old[k], to: next[k] };
      if (Object.keys(changes).length === 0) return { category: old };
      const category = await trx.updateTable('categories').set(next).where('id', '=', id).where('site_id', '=', c.siteId).returningAll().executeTakeFirstOrThrow();
      if (old.name !== category.name) await reindexCategory(trx, id);
      let menuLinks = 0;
      if (old.slug !== category.slug) {
        const moved = await trx
          .updateTable('menu_items')
          .set({ url: categoryUrl(category) })
          .where('site_id', '=', c.siteId)
          .where('url', '=', categoryUrl(old))
          .executeTakeFirst();
        menuLinks = Number(moved.numUpdatedRows);
      }
      await record(trx, c, 'category.update', id, { changes, ...(menuLinks ? { menuLinks } : {}) });
      await publicChange(trx, c.siteId);
      return { category };
    }),
  );
}

/** Deletes a category no article uses (400 with the count otherwise); its sub-categories move up. */
export async function deleteCategory(db: Db, c: CategoryChange, id: number): Promise<void> {
  await atomically(db, async (trx) => {
    const category = await categoryOf(trx, c.siteId, id);
    const used = await trx
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('site_id', '=', c.siteId)
      .where('category_id', '=', id)
      .executeTakeFirstOrThrow();
    const n = Number(used.n);
    if (n > 0) throw new AppError('category_in_use', 400, t.categoryInUse(n));
    const children = await trx.updateTable('categories').set({ parent_id: category.parent_id }).where('site_id', '=', c.siteId).where('parent_id', '=', id).executeTakeFirst();
    await trx.deleteFrom('categories').where('id', '=', id).where('site_id', '=', c.siteId).execute();
    await record(trx, c, 'category.delete', id, { name: category.name, slug: category.slug, childrenMoved: Number(children.numUpdatedRows) });
    await publicChange(trx, c.siteId);
  });
}
