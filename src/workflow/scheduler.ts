// Scheduled publication, and emptying the trash (articles/trash.ts purgeTrash, hourly). Every instance may run the scheduler: one conditional UPDATE moves the
// due articles from 'scheduled' to 'published', so each is published (and audited) exactly once —
// on PostgreSQL a concurrent UPDATE waits for the row lock and then no longer matches the
// condition; on SQLite writes are serialised.
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import { publicChange } from '../web/page-cache.js';
import { reindex } from '../search/index.js';
import { audit } from '../audit/log.js';
import { purgeTrash } from '../articles/trash.js';

/** How often the trash is emptied of articles past their 30 days (and once at start). */
export const PURGE_EVERY_MS = 3_600_000;

export interface Published {
  id: number;
  siteId: number;
}

/** Publishes every scheduled article whose time has come; returns those this call published. */
export async function publishDue(db: Db, now: number): Promise<Published[]> {
  const at = new Date(now).toISOString();
  return atomically(db, async (trx) => {
    const rows = await trx
      .updateTable('articles')
      .set({ status: 'published', updated_at: at })
      .where('status', '=', 'scheduled')
      .where('published_at', '<=', at)
      .returning(['id', 'site_id'])
      .execute();
    for (const r of rows) {
      await reindex(trx, 'article', r.id);
      await audit(trx, {
        siteId: r.site_id,
        userId: null,
        action: 'article.publish',
        subjectType: 'article',
        subjectId: r.id,
        detail: { from: 'scheduled', to: 'published', by: 'scheduler' },
        at,
      });
    }
    // In id order, so that two transactions never wait on each other's sites.
    for (const siteId of [...new Set(rows.map((r) => r.site_id))].sort((a, b) => a - b)) await publicChange(trx, siteId);
    return rows.map((r) => ({ id: r.id, siteId: r.site_id }));
  });
}

/** One run of the scheduler: due publications, and the trash when its last emptying is purgeEveryMs old. */
async function runOnce(db: Db, now: number, state: { lastPurge: number }, purgeEveryMs: number, onError: (err: unknown) => void) {
  await publishDue(db, now).catch(onError);
  if (now - state.lastPurge >= purgeEveryMs) {
    state.lastPurge = now;
    await purgeTrash(db, now).catch(onError);
  }
}

/**
 * Runs publishDue now and every intervalMs, and purgeTrash now and every purgeEveryMs (never two
 * runs at once on this instance; both are safe on every instance at once); the timer does not
 * keep the process alive. Returns the function that stops it.
 */
export function startScheduler(db: Db, clock: () => number, intervalMs = 15_000, onError: (err: unknown) => void = () => {}, purgeEveryMs = PURGE_EVERY_MS): () => void {
  let running = false;
  const state = { lastPurge: -Infinity };
  const tick = () => {
    if (running) return;
    running = true;
    runOnce(db, clock(), state, purgeEveryMs, onError).finally(() => (running = false));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
