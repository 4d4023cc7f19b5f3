// Back-office queries on articles. Every one is narrowed by the policy (`narrowArticles`): a
// reporter sees their own, editors and administrators the site's.
import type { Db } from '../db/index.js';
import type { ArticleStatus } from '../db/schema.js';
import type { Actor } from '../accounts/policy.js';
import { narrowArticles } from '../accounts/policy.js';

/** How many articles this actor sees in each state. */
export async function countByStatus(db: Db, actor: Actor, siteId: number): Promise<Record<ArticleStatus, number>> {
  const rows = await narrowArticles(db.selectFrom('articles'), actor, siteId)
    .select(['articles.status as status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('articles.status')
    .execute();
  const out: Record<ArticleStatus, number> = { draft: 0, submitted: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}
