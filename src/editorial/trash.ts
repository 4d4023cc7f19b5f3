// Moving editorial items (every kind) to the trash and back out ("Xoá bài", "Khôi phục"), and the
// trash's list, which shows every kind. The rule both ways is the policy's 'article.delete' (a
// draft or an unpublished item); emptying the trash after 30 days is workflow/trash.ts's.
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { ItemRow } from '../db/schema.js';
import type { Actor } from '../accounts/policy.js';
import { narrowArticles, whyNot } from '../accounts/policy.js';
import { AppError } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { audit } from '../audit/log.js';
import type { EditorialKind } from '../registry/editorial.js';
import type { SaveContext } from './service.js';
import { itemForActor } from './service.js';

const forbidden = (why: string) => new AppError('forbidden', 403, why);
const conflict = (why: string) => new AppError('trash_conflict', 409, why);

/**
 * Puts an item in the trash or takes it out (the same rule both ways: a draft or an unpublished
 * item, as the policy says), with one conditional UPDATE and its audit entry (`${kind}.delete`, `.undelete`).
 */
async function moveTrash(db: Db, kind: EditorialKind, ctx: SaveContext, id: number, into: boolean): Promise<ItemRow> {
  const t = kind.strings(msg);
  const current = await itemForActor(db, kind, ctx, id);
  if (Boolean(current.deleted_at) === into) throw conflict(into ? t.trash.already : t.trash.notInTrash);
  const why = whyNot(ctx.actor, 'article.delete', current);
  if (why) throw forbidden(why);
  const at = new Date(ctx.now).toISOString();
  return atomically(db, async (trx) => {
    const update = trx.updateTable('articles').where('id', '=', id);
    const moved = into
      ? update.set({ deleted_at: at, deleted_by: ctx.actor!.userId }).where('status', '=', current.status).where('deleted_at', 'is', null)
      : update.set({ deleted_at: null, deleted_by: null, updated_at: at }).where('deleted_at', 'is not', null);
    const row = await moved.returningAll().executeTakeFirst();
    if (!row) throw conflict(t.changedMeanwhile);
    const action = into ? `${kind.kind}.delete` : `${kind.kind}.undelete`;
    await audit(trx, { siteId: ctx.siteId, userId: ctx.actor!.userId, action, subjectType: kind.kind, subjectId: id, detail: { title: row.title, status: row.status }, ip: ctx.ip, at });
    return row;
  });
}

/** Moves an item to the trash. */
export const trashItem = (db: Db, kind: EditorialKind, ctx: SaveContext, id: number): Promise<ItemRow> => moveTrash(db, kind, ctx, id, true);

/** Takes an item out of the trash, in the state it had. */
export const restoreItem = (db: Db, kind: EditorialKind, ctx: SaveContext, id: number): Promise<ItemRow> => moveTrash(db, kind, ctx, id, false);

export const TRASH_PAGE_SIZE = 50;

/** The items of these kinds in the trash that this actor sees (a reporter their own), last deleted first. */
export async function listTrash(db: Db, actor: Actor, siteId: number, kinds: readonly string[], page: number) {
  const q = narrowArticles(db.selectFrom('articles').leftJoin('users', 'users.id', 'articles.deleted_by'), actor, siteId)
    .where('articles.kind', 'in', kinds.length ? kinds : [''])
    .where('articles.deleted_at', 'is not', null);
  const total = Number((await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / TRASH_PAGE_SIZE));
  const items = await q
    .select(['articles.id', 'articles.kind', 'articles.title', 'articles.status', 'articles.author_id', 'articles.deleted_at', 'users.display_name as deleted_by_name'])
    .orderBy('articles.deleted_at', 'desc')
    .orderBy('articles.id', 'desc')
    .offset((Math.min(page, pages) - 1) * TRASH_PAGE_SIZE)
    .limit(TRASH_PAGE_SIZE)
    .execute();
  return { items: items.map((i) => ({ ...i, deleted_at: i.deleted_at! })), total, page: Math.min(page, pages), pages };
}

export type TrashItem = Awaited<ReturnType<typeof listTrash>>['items'][number];
