// The trash (Thùng rác). Deleting an article only marks it (deleted_at, deleted_by): for 30 days
// it can be restored from the trash screen, then the scheduler (workflow/scheduler.ts) removes it
// for good with its revisions, tags and ratings. Only drafts and unpublished articles are deleted
// (accounts/policy.ts 'article.delete', which also decides who restores), so an article in the
// trash is never public: the public side (articles/queries.publishedArticles: status 'published')
// never sees one, and while it is in the trash the policy refuses every edit and workflow move.
// It keeps its slug until it is purged; a new article wanting that slug gets "-2" (backoffice-service).
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { ArticleRow } from '../db/schema.js';
import type { Actor } from '../accounts/policy.js';
import { narrowArticles, whyNot } from '../accounts/policy.js';
import { AppError } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { audit } from '../audit/log.js';
import { reindexArticle } from './search.js';
import type { SaveContext } from './backoffice-service.js';
import { articleForActor } from './backoffice-service.js';

/** How long an article stays in the trash before it is removed for good. */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** When an article deleted at `deletedAt` is removed for good (ISO). */
export function purgeAt(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + TRASH_DAYS * DAY_MS).toISOString();
}

const forbidden = (why: string) => new AppError('forbidden', 403, why);
const conflict = (why: string) => new AppError('trash_conflict', 409, why);

/**
 * Puts an article in the trash or takes it out (the same rule both ways: a draft or an unpublished
 * article, as the policy says), with one conditional UPDATE and its audit entry.
 */
async function moveTrash(db: Db, ctx: SaveContext, id: number, into: boolean): Promise<ArticleRow> {
  const current = await articleForActor(db, ctx, id);
  if (Boolean(current.deleted_at) === into) throw conflict(into ? msg.articles.trash.already : msg.articles.trash.notInTrash);
  const why = whyNot(ctx.actor, 'article.delete', current);
  if (why) throw forbidden(why);
  const at = new Date(ctx.now).toISOString();
  return atomically(db, async (trx) => {
    const update = trx.updateTable('articles').where('id', '=', id);
    const moved = into
      ? update.set({ deleted_at: at, deleted_by: ctx.actor!.userId }).where('status', '=', current.status).where('deleted_at', 'is', null)
      : update.set({ deleted_at: null, deleted_by: null, updated_at: at }).where('deleted_at', 'is not', null);
    const row = await moved.returningAll().executeTakeFirst();
    if (!row) throw conflict(msg.articles.changedMeanwhile);
    const action = into ? 'article.delete' : 'article.undelete';
    await audit(trx, { siteId: ctx.siteId, userId: ctx.actor!.userId, action, subjectType: 'article', subjectId: id, detail: { title: row.title, status: row.status }, ip: ctx.ip, at });
    return row;
  });
}

/** Moves an article to the trash. */
export const trashArticle = (db: Db, ctx: SaveContext, id: number): Promise<ArticleRow> => moveTrash(db, ctx, id, true);

/** Takes an article out of the trash, in the state it had. */
export const restoreArticle = (db: Db, ctx: SaveContext, id: number): Promise<ArticleRow> => moveTrash(db, ctx, id, false);

export const TRASH_PAGE_SIZE = 50;

/** The articles in the trash that this actor sees (a reporter their own), last deleted first. */
export async function listTrash(db: Db, actor: Actor, siteId: number, page: number) {
  const q = narrowArticles(db.selectFrom('articles').leftJoin('users', 'users.id', 'articles.deleted_by'), actor, siteId).where('articles.deleted_at', 'is not', null);
  const total = Number((await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / TRASH_PAGE_SIZE));
  const items = await q
    .select(['articles.id', 'articles.title', 'articles.status', 'articles.author_id', 'articles.deleted_at', 'users.display_name as deleted_by_name'])
    .orderBy('articles.deleted_at', 'desc')
    .orderBy('articles.id', 'desc')
    .offset((Math.min(page, pages) - 1) * TRASH_PAGE_SIZE)
    .limit(TRASH_PAGE_SIZE)
    .execute();
  return { items: items.map((i) => ({ ...i, deleted_at: i.deleted_at! })), total, page: Math.min(page, pages), pages };
}

export type TrashItem = Awaited<ReturnType<typeof listTrash>>['items'][number];

/**
 * Removes for good the articles that have been in the trash for TRASH_DAYS, with their revisions,
 * tags (and tags no article uses any more), ratings and any search entry; one audit entry each.
 * Safe on every instance at once: each article is deleted by one conditional DELETE, and only the
 * call that deleted it writes the entry. Returns the ids this call removed.
 */
export async function purgeTrash(db: Db, now: number, batch = 200): Promise<number[]> {
  const cutoff = new Date(now - TRASH_DAYS * DAY_MS).toISOString();
  const at = new Date(now).toISOString();
  const purged: number[] = [];
  for (;;) {
    const due = await db.selectFrom('articles').select(['id', 'site_id', 'title']).where('deleted_at', 'is not', null).where('deleted_at', '<=', cutoff).orderBy('id').limit(batch).execute();
    if (!due.length) return purged;
    for (const a of due) {
      const done = await atomically(db, async (trx) => {
        const tagIds = (await trx.selectFrom('article_tags').select('tag_id').where('article_id', '=', a.id).execute()).map((r) => r.tag_id);
        // Children first: both databases enforce the foreign keys (SQLite with foreign_keys = ON).
        await trx.deleteFrom('article_tags').where('article_id', '=', a.id).execute();
        await trx.deleteFrom('article_revisions').where('article_id', '=', a.id).execute();
        await trx.deleteFrom('article_ratings').where('article_id', '=', a.id).execute();
        const gone = await trx.deleteFrom('articles').where('id', '=', a.id).where('deleted_at', 'is not', null).where('deleted_at', '<=', cutoff).returning('id').executeTakeFirst();
        if (!gone) return false;
        await reindexArticle(trx, a.id);
        if (tagIds.length) {
          await trx
            .deleteFrom('tags')
            .where('id', 'in', tagIds)
            .where((eb) => eb.not(eb.exists(eb.selectFrom('article_tags').select('article_tags.tag_id').whereRef('article_tags.tag_id', '=', 'tags.id'))))
            .execute();
        }
        await audit(trx, { siteId: a.site_id, userId: null, action: 'article.purge', subjectType: 'article', subjectId: a.id, detail: { title: a.title, by: 'scheduler' }, at });
        return true;
      });
      if (done) purged.push(a.id);
    }
    if (due.length < batch) return purged;
  }
}
