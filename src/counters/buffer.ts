// Counting without writing on every request: views and visitor hits are gathered in memory and
// written every second in one transaction with additive updates, so counts from every instance add
// up exactly. A failed write puts its counts back; close() writes what is left (SIGTERM loses
// nothing); a kill -9 loses at most the last second, and a transaction is all or nothing.
import { sql } from 'kysely';
import type { Db, Dialect } from '../db/index.js';
import { atomically } from '../db/index.js';
import { ictDay } from '../vi/index.js';
import { forgetOldNetHashes } from './ratings.js';
import type { OnlineStore } from './online.js';

/** A visit starts when a visitor has not been seen for 30 minutes. */
export const VISIT_GAP_MS = 30 * 60_000;
/** Presence rows older than this are deleted: they can no longer continue a visit. */
const PRESENCE_KEEP_MS = VISIT_GAP_MS + 5 * 60_000;

interface Hit {
  siteId: number;
  visitor: string;
  first: number;
  last: number;
}

interface Batch {
  views: Map<number, number>;
  hits: Map<string, Hit>;
  beacons: Map<string, number>; // page-load id → article id (0 for pages that are not articles)
}

const emptyBatch = (): Batch => ({ views: new Map(), hits: new Map(), beacons: new Map() });

export interface FlushResult {
  views: number;
  visits: number;
}

export class CounterBuffer {
  private pending: Batch = emptyBatch();
  private inflight: Batch | undefined;
  /** Visitors this instance has written, with the last time written: their next hit within 30 min continues a visit. */
  private known = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<FlushResult> | undefined;
  private flushes = 0;
  /** Where "online" is shared; written after each flush (Redis), or read from visitor_presence. */
  online: OnlineStore | undefined;
  /** Called after each successful flush with the articles whose counts changed. */
  onFlushed: (itemIds: number[], siteIds: number[]) => void = () => {};

  constructor(
    private readonly db: Db,
    private readonly dialect: Dialect,
    private readonly clock: () => number,
  ) {}

  recordView(itemId: number): void {
    this.pending.views.set(itemId, (this.pending.views.get(itemId) ?? 0) + 1);
  }

  recordHit(siteId: number, visitor: string, at = this.clock()): void {
    const key = `${siteId}:${visitor}`;
    const h = this.pending.hits.get(key);
    if (h) h.last = Math.max(h.last, at);
    else this.pending.hits.set(key, { siteId, visitor, first: at, last: at });
  }

  /** Beacon mode: one count per page-load id, however often it is sent, on whichever instance. */
  recordBeacon(loadId: string, itemId: number): void {
    this.pending.beacons.set(loadId, itemId);
  }

  /** Views of an article gathered here and not yet written. */
  unflushedViews(itemId: number): number {
    return (this.pending.views.get(itemId) ?? 0) + (this.inflight?.views.get(itemId) ?? 0);
  }

  start(intervalMs = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.flush().catch(() => {
        /* counts stay pending; the next flush retries */
      });
    }, intervalMs);
    this.timer.unref();
  }

  /** Writes everything gathered so far. Concurrent calls wait for the running flush, then flush again. */
  async flush(): Promise<FlushResult> {
    while (this.flushing) await this.flushing.catch(() => undefined);
    const batch = this.pending;
    const cleanup = this.flushes++ % 60 === 0;
    if (batch.views.size === 0 && batch.hits.size === 0 && batch.beacons.size === 0 && !cleanup) return { views: 0, visits: 0 };
    this.pending = emptyBatch();
    this.inflight = batch;
    this.flushing = this.write(batch, cleanup);
    try {
      const result = await this.flushing;
      this.onFlushed([...batch.views.keys(), ...batch.beacons.values()].filter((id) => id > 0), [...new Set([...batch.hits.values()].map((h) => h.siteId))]);
      return result;
    } catch (err) {
      this.merge(batch);
      throw err;
    } finally {
      this.inflight = undefined;
      this.flushing = undefined;
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const p = this.pending;
    if (p.views.size || p.hits.size || p.beacons.size || this.flushing) await this.flush();
  }

  private merge(batch: Batch) {
    for (const [id, n] of batch.views) this.pending.views.set(id, (this.pending.views.get(id) ?? 0) + n);
    for (const [k, h] of batch.hits) {
      const p = this.pending.hits.get(k);
      if (p) {
        p.first = Math.min(p.first, h.first);
        p.last = Math.max(p.last, h.last);
      } else this.pending.hits.set(k, h);
    }
    for (const [k, a] of batch.beacons) this.pending.beacons.set(k, a);
  }

  private async write(batch: Batch, cleanup: boolean): Promise<FlushResult> {
    const now = this.clock();
    const views = new Map(batch.views);
    const hits = [...batch.hits.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const visitsByDay = new Map<string, { siteId: number; day: string; n: number }>();
    const greatest = this.dialect === 'postgres' ? 'greatest' : 'max';

    await atomically(this.db, async (trx) => {
      // Beacons: only the first sighting of a page-load id counts.
      if (batch.beacons.size) {
        const seenAt = new Date(now).toISOString();
        const inserted = await trx
          .insertInto('beacon_loads')
          .values([...batch.beacons.keys()].map((id) => ({ id, seen_at: seenAt })))
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute();
        for (const { id } of inserted) {
          const itemId = batch.beacons.get(id)!;
          if (itemId > 0) views.set(itemId, (views.get(itemId) ?? 0) + 1);
        }
      }

      for (const id of [...views.keys()].sort((a, b) => a - b)) {
        await trx
          .updateTable('articles')
          .set((eb) => ({ view_count: eb('view_count', '+', views.get(id)!) }))
          .where('id', '=', id)
          .execute();
      }

      for (const [key, h] of hits) {
        const knownLast = this.known.get(key);
        let newVisit = false;
        if (knownLast === undefined || h.first - knownLast > VISIT_GAP_MS) {
          // Not seen here lately: ask the shared record, locking the visitor's row.
          await trx
            .insertInto('visitor_presence')
            .values({ site_id: h.siteId, visitor: h.visitor, last_seen: '' })
            .onConflict((oc) => oc.columns(['site_id', 'visitor']).doNothing())
            .execute();
          let q = trx.selectFrom('visitor_presence').select('last_seen').where('site_id', '=', h.siteId).where('visitor', '=', h.visitor);
          if (this.dialect === 'postgres') q = q.forUpdate();
          const row = await q.executeTakeFirst();
          newVisit = !row?.last_seen || Date.parse(row.last_seen) < h.first - VISIT_GAP_MS;
        }
        if (newVisit) {
          const day = ictDay(h.first);
          const k = `${h.siteId}|${day}`;
          const v = visitsByDay.get(k) ?? { siteId: h.siteId, day, n: 0 };
          v.n++;
          visitsByDay.set(k, v);
        }
        await trx
          .insertInto('visitor_presence')
          .values({ site_id: h.siteId, visitor: h.visitor, last_seen: new Date(h.last).toISOString() })
          .onConflict((oc) =>
            oc.columns(['site_id', 'visitor']).doUpdateSet({ last_seen: sql<string>`${sql.raw(greatest)}(visitor_presence.last_seen, excluded.last_seen)` }),
          )
          .execute();
      }

      for (const v of [...visitsByDay.values()].sort((a, b) => a.siteId - b.siteId || (a.day < b.day ? -1 : 1))) {
        await trx
          .insertInto('site_daily_visits')
          .values({ site_id: v.siteId, day: v.day, visits: v.n })
          .onConflict((oc) => oc.columns(['site_id', 'day']).doUpdateSet((eb) => ({ visits: eb('site_daily_visits.visits', '+', eb.ref('excluded.visits')) })))
          .execute();
      }

      // Now and then: forget presence that can no longer continue a visit, and old beacon ids.
      if (cleanup) {
        await trx.deleteFrom('visitor_presence').where('last_seen', '<', new Date(now - PRESENCE_KEEP_MS).toISOString()).execute();
        await trx.deleteFrom('beacon_loads').where('seen_at', '<', new Date(now - 24 * 3600_000).toISOString()).execute();
        await forgetOldNetHashes(trx, now);
      }
    });

    for (const [key, h] of hits) this.known.set(key, Math.max(this.known.get(key) ?? 0, h.last));
    // Best effort: the database has the counts whatever happens to Redis.
    await this.online?.record(hits.map(([, h]) => h), now).catch(() => undefined);
    if (this.known.size > 50_000 || cleanup) {
      for (const [k, last] of this.known) if (now - last > VISIT_GAP_MS) this.known.delete(k);
    }
    let visits = 0;
    for (const v of visitsByDay.values()) visits += v.n;
    let viewCount = 0;
    for (const n of views.values()) viewCount += n;
    return { views: viewCount, visits };
  }
}
