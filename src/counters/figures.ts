// The visitor figures shown in the "Thống kê truy cập" widget:
//   Số lượt truy cập = the site's starting figure + every visit counted since;
//   Hôm nay         = visits on today's date in Asia/Ho_Chi_Minh;
//   Trực tuyến      = distinct visitors seen in the last 5 minutes (online.ts).
import type { Db } from '../db/index.js';
import { ictDay } from '../vi/index.js';
import type { OnlineStore } from './online.js';

export interface SiteFigures {
  total: number;
  today: number;
  online: number;
}

export async function readSiteFigures(db: Db, online: OnlineStore, siteId: number, visitBase: number, now: number): Promise<SiteFigures> {
  const [sums, today, onlineNow] = await Promise.all([
    db
      .selectFrom('site_daily_visits')
      .select((eb) => [eb.fn.coalesce(eb.fn.sum<number>('visits'), eb.lit(0)).as('all')])
      .where('site_id', '=', siteId)
      .executeTakeFirst(),
    db.selectFrom('site_daily_visits').select('visits').where('site_id', '=', siteId).where('day', '=', ictDay(now)).executeTakeFirst(),
    online.count(siteId, now),
  ]);
  return { total: visitBase + Number(sums?.all ?? 0), today: Number(today?.visits ?? 0), online: onlineNow };
}
