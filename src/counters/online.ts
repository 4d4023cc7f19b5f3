// "Trực tuyến": distinct visitors seen in the last 5 minutes, shared by every instance — through
// the database (visitor_presence, written by the buffer) or, when REDIS_URL is set, a Redis
// sorted set per site (visitor → last seen), which keeps that count off the database.
import { Redis } from 'ioredis';
import type { Db } from '../db/index.js';

export const ONLINE_WINDOW_MS = 5 * 60_000;

export interface OnlineStore {
  /** Visitors seen, written after each flush. */
  record(hits: { siteId: number; visitor: string; last: number }[], now: number): Promise<void>;
  count(siteId: number, now: number): Promise<number>;
  close(): Promise<void>;
}

export function dbOnline(db: Db): OnlineStore {
  return {
    record: async () => {}, // the buffer writes visitor_presence itself
    async count(siteId, now) {
      const r = await db
        .selectFrom('visitor_presence')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('site_id', '=', siteId)
        .where('last_seen', '>=', new Date(now - ONLINE_WINDOW_MS).toISOString())
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    close: async () => {},
  };
}

/** `namespace` keeps installations (and test databases) sharing one Redis apart. */
export function redisOnline(url: string, namespace: string): OnlineStore {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  redis.on('error', () => {}); // reported by the failing command; the database keeps the counts
  const key = (siteId: number) => `loa:${namespace}:online:${siteId}`;
  return {
    async record(hits, now) {
      if (!hits.length) return;
      const m = redis.multi();
      const sites = new Set<number>();
      for (const h of hits) {
        m.zadd(key(h.siteId), 'GT', h.last, h.visitor);
        sites.add(h.siteId);
      }
      for (const s of sites) {
        m.zremrangebyscore(key(s), '-inf', now - ONLINE_WINDOW_MS);
        m.pexpire(key(s), ONLINE_WINDOW_MS * 2);
      }
      await m.exec();
    },
    count: (siteId, now) => redis.zcount(key(siteId), now - ONLINE_WINDOW_MS, '+inf'),
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
