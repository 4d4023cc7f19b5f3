// The trash (Thùng rác) of editorial items, every kind: deleting an item only marks it (deleted_at,
// deleted_by; editorial/trash.ts); for 30 days it can be restored, then the scheduler (scheduler.ts)
// removes it for good with its revisions, tags and ratings. Only drafts and unpublished items are
// deleted (accounts/policy.ts 'article.delete'), so an item in the trash is never public, and while
// it is there the policy refuses every edit and workflow move. It keeps its slug until it is purged.
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import { audit } from '../audit/log.js';
import { reindex } from '../search/index.js';
import { knownSource } from '../search/sources.js';

/** How long an item stays in the trash before it is removed for good. */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** When an item deleted at `deletedAt` is removed for good (ISO). */
export function purgeAt(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + TRASH_DAYS * DAY_MS).toISOString();
}

/**
 * Removes for good the items that have been in the trash for TRASH_DAYS, with their revisions,
 * tags (and tags no item uses any more), ratings and any search entry; one audit entry each
 * (`${kind}.purge`). Safe on every instance at once: each item is deleted by one conditional DELETE,
 * and only the call that deleted it writes the entry. Its children (a page's) lose their parent.
 * Returns the ids this call removed.
 */
export async function purgeTrash(db: Db, now: number, batch = 200): Promise<number[]> {
  const cutoff = new Date(now - TRASH_DAYS * DAY_MS).toISOString();
  const at = new Date(now).toISOString();
  const purged: number[] = [];
  for (;;) {
    const due = await db.selectFrom('articles').select(['id', 'site_id', 'kind', 'title']).where('deleted_at', 'is not', null).where('deleted_at', '<=', cutoff).orderBy('id').limit(batch).execute();
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
        if (knownSource(a.kind)) await reindex(trx, a.kind, a.id);
        if (tagIds.length) {
          await trx
            .deleteFrom('tags')
            .where('id', 'in', tagIds)
            .where((eb) => eb.not(eb.exists(eb.selectFrom('article_tags').select('article_tags.tag_id').whereRef('article_tags.tag_id', '=', 'tags.id'))))
            .execute();
        }
        await audit(trx, { siteId: a.site_id, userId: null, action: `${a.kind}.purge`, subjectType: a.kind, subjectId: a.id, detail: { title: a.title, by: 'scheduler' }, at });
        return true;
      });
      if (done) purged.push(a.id);
    }
    if (due.length < batch) return purged;
  }
}
