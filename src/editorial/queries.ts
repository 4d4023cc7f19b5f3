// Reading editorial items (the `articles` table, every kind): what the public sees of one kind, and
// the back office's lists, each narrowed by the policy (`narrowArticles`: a reporter sees their own,
// editors and administrators the site's). Items in the trash are left out of every back-office list
// but the trash's (editorial/trash.ts).
import { sql } from 'kysely';
import type { SqlBool } from 'kysely';
import type { Db } from '../db/index.js';
import type { ArticleStatus } from '../db/schema.js';
import type { Actor } from '../accounts/policy.js';
import { narrowArticles } from '../accounts/policy.js';
import { titleFilterPattern } from '../db/titles.js';

/** The items of one kind the public sees on one site: status 'published' and a publication time
 *  that has come. Every public reader of a kind starts from this (articles/queries.publishedArticles). */
export function publishedItems(db: Db, siteId: number, kind: string, nowIso: string) {
  return db
    .selectFrom('articles')
    .where('articles.site_id', '=', siteId)
    .where('articles.kind', '=', kind)
    .where('articles.status', '=', 'published')
    .where('articles.published_at', '<=', nowIso);
}

/** How many items of this kind this actor sees in each state. */
export async function countByStatus(db: Db, actor: Actor, siteId: number, kind: string): Promise<Record<ArticleStatus, number>> {
  const rows = await narrowArticles(db.selectFrom('articles'), actor, siteId)
    .where('articles.kind', '=', kind)
    .where('articles.deleted_at', 'is', null)
    .select(['articles.status as status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('articles.status')
    .execute();
  const out: Record<ArticleStatus, number> = { draft: 0, submitted: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

/** How many items of these kinds wait for review (the navigation's badge beside "Chờ duyệt"). */
export async function waitingCount(db: Db, actor: Actor, siteId: number, kinds: readonly string[]): Promise<number> {
  if (!kinds.length) return 0;
  const row = await narrowArticles(db.selectFrom('articles'), actor, siteId)
    .where('articles.kind', 'in', kinds)
    .where('articles.deleted_at', 'is', null)
    .where('articles.status', '=', 'submitted')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const BACKOFFICE_PAGE_SIZE = 20;

export interface ItemFilter {
  /** The kinds listed (one for a kind's list; several for the review queue). */
  kinds: readonly string[];
  status?: ArticleStatus;
  /** A kind's own filter (editorial OwnListColumn): its column and value. */
  own?: { column: 'category_id'; value: number };
  authorId?: number;
  /** Words of the title (whatever the case and accents). */
  text?: string;
  page: number;
  /** Only drafts an editor returned (with a comment). */
  returned?: boolean;
  /** 'updated' (newest change first) or 'queue' (oldest submission first). */
  order?: 'updated' | 'queue';
}

/** One page of the items this actor sees, with their author. */
export async function listItems(db: Db, actor: Actor, siteId: number, f: ItemFilter) {
  let q = narrowArticles(db.selectFrom('articles').leftJoin('users', 'users.id', 'articles.author_id'), actor, siteId)
    .where('articles.kind', 'in', f.kinds.length ? f.kinds : [''])
    .where('articles.deleted_at', 'is', null);
  if (f.returned) q = q.where('articles.status', '=', 'draft').where('articles.review_comment', '!=', '');
  if (f.status) q = q.where('articles.status', '=', f.status);
  if (f.own) q = q.where(`articles.${f.own.column}`, '=', f.own.value);
  if (f.authorId) q = q.where('articles.author_id', '=', f.authorId);
  if (f.text) q = q.where(sql<SqlBool>`${sql.ref('articles.title_folded')} like ${titleFilterPattern(f.text)} escape '\\'`);
  const total = Number((await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n ?? 0);
  let rows = q.select([
    'articles.id',
    'articles.kind',
    'articles.title',
    'articles.slug',
    'articles.status',
    'articles.author_id',
    'articles.category_id',
    'articles.published_at',
    'articles.updated_at',
    'articles.review_comment',
    'users.display_name as author_name',
  ]);
  rows = f.order === 'queue' ? rows.orderBy('articles.updated_at', 'asc').orderBy('articles.id', 'asc') : rows.orderBy('articles.updated_at', 'desc').orderBy('articles.id', 'desc');
  const items = await rows
    .offset((f.page - 1) * BACKOFFICE_PAGE_SIZE)
    .limit(BACKOFFICE_PAGE_SIZE)
    .execute();
  return { items, total, pages: Math.max(1, Math.ceil(total / BACKOFFICE_PAGE_SIZE)) };
}

export type ListedItem = Awaited<ReturnType<typeof listItems>>['items'][number];

/** Every item of a nested kind this actor sees (not in the trash), in tree order: parents before
 *  their children, siblings by position then id, each with its depth. An item whose parent the
 *  actor does not see stands at the top. */
export async function itemTree(db: Db, actor: Actor, siteId: number, kind: string) {
  const rows = await narrowArticles(db.selectFrom('articles').leftJoin('users', 'users.id', 'articles.author_id'), actor, siteId)
    .where('articles.kind', '=', kind)
    .where('articles.deleted_at', 'is', null)
    .select([
      'articles.id',
      'articles.kind',
      'articles.title',
      'articles.slug',
      'articles.status',
      'articles.author_id',
      'articles.parent_id',
      'articles.position',
      'articles.published_at',
      'articles.updated_at',
      'articles.review_comment',
      'users.display_name as author_name',
    ])
    .orderBy('articles.position')
    .orderBy('articles.id')
    .execute();
  return inTreeOrder(rows);
}

export type TreeItem = Awaited<ReturnType<typeof itemTree>>[number];

/** Rows (already by position, then id) in tree order with their depth and whether they are the first or last of their siblings. */
export function inTreeOrder<T extends { id: number; parent_id: number | null }>(rows: T[]): (T & { depth: number; first: boolean; last: boolean })[] {
  const ids = new Set(rows.map((r) => r.id));
  const parentOf = (r: T) => (r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null);
  const out: (T & { depth: number; first: boolean; last: boolean })[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    const siblings = rows.filter((r) => parentOf(r) === parent && !seen.has(r.id));
    siblings.forEach((r, i) => {
      seen.add(r.id);
      out.push({ ...r, depth, first: i === 0, last: i === siblings.length - 1 });
      walk(r.id, depth + 1);
    });
  };
  walk(null, 0);
  return out;
}

/** The people who have a role on this site (the author filter), by name. */
export async function authorsOf(db: Db, siteId: number) {
  return db
    .selectFrom('users')
    .innerJoin('site_memberships', 'site_memberships.user_id', 'users.id')
    .select(['users.id', 'users.display_name'])
    .where('site_memberships.site_id', '=', siteId)
    .orderBy('users.display_name')
    .execute();
}

/** An item of this kind on this site, whatever its state (or undefined). */
export async function itemOfSite(db: Db, siteId: number, kind: string, id: number) {
  return db.selectFrom('articles').selectAll().where('id', '=', id).where('site_id', '=', siteId).where('kind', '=', kind).executeTakeFirst();
}

/** The kind of an item of this site (undefined when there is no such item). */
export async function kindOfItem(db: Db, siteId: number, id: number): Promise<string | undefined> {
  return (await db.selectFrom('articles').select('kind').where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst())?.kind;
}

/** The items of this kind on this site (any state, not in the trash, but the parent it has) that may
 *  be the parent of item `selfId`: not itself, nor one of its descendants; in tree order. */
export async function parentChoices(db: Db, siteId: number, kind: string, selfId: number | undefined, current: number | null = null) {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'parent_id'])
    .where('site_id', '=', siteId)
    .where('kind', '=', kind)
    .where((eb) => (current === null ? eb('deleted_at', 'is', null) : eb.or([eb('deleted_at', 'is', null), eb('id', '=', current)])))
    .orderBy('position')
    .orderBy('id')
    .execute();
  const tree = inTreeOrder(rows);
  if (selfId === undefined) return tree;
  const out: typeof tree = [];
  let skipBelow: number | undefined;
  for (const r of tree) {
    if (skipBelow !== undefined && r.depth > skipBelow) continue;
    skipBelow = undefined;
    if (r.id === selfId) {
      skipBelow = r.depth;
      continue;
    }
    out.push(r);
  }
  return out;
}
