// The visitor figures shown in the "Thống kê truy cập" widget, read from storage:
//   Số lượt truy cập = the site's starting figure + every visit counted since;
//   Hôm nay         = visits on today's date in Asia/Ho_Chi_Minh;
//   Trực tuyến      = distinct visitors seen in the last 5 minutes.
import type { Db } from '../db/index.js';
import { ictDay } from '../vi/index.js';

export interface SiteFigures {
  total: number;
  today: number;
  online: number;
}

export const ONLINE_WINDOW_MS = 5 * 60_000;

export async function readSiteFigures(db: Db, siteId: number, visitBase: number, now: number): Promise<SiteFigures> {
  const sums = await db
    .selectFrom('site_daily_visits')
    .select((eb) => [eb.fn.coalesce(eb.fn.sum<number>('visits'), eb.lit(0)).as('all')])
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  const today = await db
    .selectFrom('site_daily_visits')
    .select('visits')
    .where('site_id', '=', siteId)
    .where('day', '=', ictDay(now))
    .executeTakeFirst();
  const online = await db
    .selectFrom('visitor_presence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', siteId)
    .where('last_seen', '>=', new Date(now - ONLINE_WINDOW_MS).toISOString())
    .executeTakeFirst();
  return { total: visitBase + Number(sums?.all ?? 0), today: Number(today?.visits ?? 0), online: Number(online?.n ?? 0) };
}
