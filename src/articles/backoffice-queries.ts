// Back-office queries on articles. Every one is narrowed by the policy (`narrowArticles`): a
// reporter sees their own, editors and administrators the site's. Articles in the trash are left
// out of all of them (the trash has its own list, articles/trash.ts).
import { sql } from 'kysely';
import type { SqlBool } from 'kysely';
import type { Db } from '../db/index.js';
import type { ArticleStatus } from '../db/schema.js';
import type { Actor } from '../accounts/policy.js';
import { narrowArticles } from '../accounts/policy.js';
import { titleFilterPattern } from './titles.js';
import { tagsOf } from './queries.js';

/** How many articles this actor sees in each state. */
export async function countByStatus(db: Db, actor: Actor, siteId: number): Promise<Record<ArticleStatus, number>> {
  const rows = await narrowArticles(db.selectFrom('articles'), actor, siteId)
    .where('articles.deleted_at', 'is', null)
    .select(['articles.status as status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('articles.status')
    .execute();
  const out: Record<ArticleStatus, number> = { draft: 0, submitted: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export const BACKOFFICE_PAGE_SIZE = 20;

export interface BackofficeArticleFilter {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  /** Words of the title (whatever the case and accents). */
  text?: string;
  page: number;
  /** Only drafts an editor returned (with a comment). */
  returned?: boolean;
  /** 'updated' (newest change first) or 'queue' (oldest submission first). */
  order?: 'updated' | 'queue';
}

/** One page of the articles this actor sees, with their category and author. */
export async function listBackofficeArticles(db: Db, actor: Actor, siteId: number, f: BackofficeArticleFilter) {
  let q = narrowArticles(db.selectFrom('articles').leftJoin('categories', 'categories.id', 'articles.category_id').leftJoin('users', 'users.id', 'articles.author_id'), actor, siteId).where(
    'articles.deleted_at',
    'is',
    null,
  );
  if (f.returned) q = q.where('articles.status', '=', 'draft').where('articles.review_comment', '!=', '');
  if (f.status) q = q.where('articles.status', '=', f.status);
  if (f.categoryId) q = q.where('articles.category_id', '=', f.categoryId);
  if (f.authorId) q = q.where('articles.author_id', '=', f.authorId);
  if (f.text) {
    q = q.where(sql<SqlBool>`${sql.ref('articles.title_folded')} like ${titleFilterPattern(f.text)} escape '\\'`);
  }
  const total = Number((await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n ?? 0);
  let rows = q.select([
    'articles.id',
    'articles.title',
    'articles.slug',
    'articles.status',
    'articles.author_id',
    'articles.published_at',
    'articles.updated_at',
    'articles.review_comment',
    'categories.name as category_name',
    'users.display_name as author_name',
  ]);
  rows = f.order === 'queue' ? rows.orderBy('articles.updated_at', 'asc').orderBy('articles.id', 'asc') : rows.orderBy('articles.updated_at', 'desc').orderBy('articles.id', 'desc');
  const items = await rows
    .offset((f.page - 1) * BACKOFFICE_PAGE_SIZE)
    .limit(BACKOFFICE_PAGE_SIZE)
    .execute();
  return { items, total, pages: Math.max(1, Math.ceil(total / BACKOFFICE_PAGE_SIZE)) };
}

export type BackofficeArticleItem = Awaited<ReturnType<typeof listBackofficeArticles>>['items'][number];

/** The people who wrote articles on this site (the author filter), by name. */
export async function authorsOf(db: Db, siteId: number) {
  return db
    .selectFrom('users')
    .innerJoin('site_memberships', 'site_memberships.user_id', 'users.id')
    .select(['users.id', 'users.display_name'])
    .where('site_memberships.site_id', '=', siteId)
    .orderBy('users.display_name')
    .execute();
}

/** An article of this site, whatever its state, with its tags (or undefined). */
export async function articleOfSite(db: Db, siteId: number, id: number) {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  if (!row) return undefined;
  return { ...row, tags: (await tagsOf(db, id)).map((t) => t.name) };
}
