// Star ratings: a reader rates a published item (an article) 1–5 and may change the rating; one rating per
// reader per article, the reader being known by cookie or, failing that, by a salted hash of
// network and browser (kept 30 days). The article's sum and count change in the same transaction.
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import { AppError } from '../errors/index.js';

export const NET_HASH_KEEP_MS = 30 * 24 * 3600_000;

export function parseScore(raw: unknown): number {
  const s = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^[1-5]$/.test(s)) throw new AppError('rating_score', 400, 'Điểm đánh giá phải là một số nguyên từ 1 đến 5.');
  return Number(s);
}

export interface RateInput {
  siteId: number;
  /** The published item rated: the module that offers the rating found it (counters/routes.ts RatedItems). */
  itemId: number;
  score: number;
  reader: string;
  netHash: string;
  now: number;
}

export interface RateResult {
  articleId: number;
  sum: number;
  count: number;
  /** The reader's rating before this one, if any. */
  previous: number | undefined;
}

export async function rateArticle(db: Db, input: RateInput): Promise<RateResult> {
  const nowIso = new Date(input.now).toISOString();
  const article = { id: input.itemId };

  const attempt = () =>
    atomically(db, async (trx) => {
      const existing = await trx
        .selectFrom('article_ratings')
        .select(['id', 'score', 'reader'])
        .where('article_id', '=', article.id)
        .where((eb) => eb.or([eb('reader', '=', input.reader), eb('net_hash', '=', input.netHash)]))
        .orderBy((eb) => eb.case().when('reader', '=', input.reader).then(0).else(1).end())
        .orderBy('updated_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (existing) {
        await trx.updateTable('article_ratings').set({ score: input.score, reader: input.reader, net_hash: input.netHash, updated_at: nowIso }).where('id', '=', existing.id).execute();
        await trx
          .updateTable('articles')
          .set((eb) => ({ rating_sum: eb('rating_sum', '+', input.score - existing.score) }))
          .where('id', '=', article.id)
          .execute();
      } else {
        await trx
          .insertInto('article_ratings')
          .values({ article_id: article.id, reader: input.reader, net_hash: input.netHash, score: input.score, created_at: nowIso, updated_at: nowIso })
          .execute();
        await trx
          .updateTable('articles')
          .set((eb) => ({ rating_sum: eb('rating_sum', '+', input.score), rating_count: eb('rating_count', '+', 1) }))
          .where('id', '=', article.id)
          .execute();
      }
      const totals = await trx.selectFrom('articles').select(['rating_sum', 'rating_count']).where('id', '=', article.id).executeTakeFirstOrThrow();
      return { articleId: article.id, sum: totals.rating_sum, count: totals.rating_count, previous: existing?.score };
    });
  try {
    return await attempt();
  } catch (err) {
    // Two first ratings of one reader at once: the unique (article, reader) refused one; it is now an update.
    if (/unique|duplicate/i.test(String((err as Error).message))) return attempt();
    throw err;
  }
}

/** Forget the network hashes of ratings older than 30 days (the cookie alone identifies after that). */
export async function forgetOldNetHashes(db: Db, now: number): Promise<void> {
  await db
    .updateTable('article_ratings')
    .set({ net_hash: null })
    .where('net_hash', 'is not', null)
    .where('created_at', '<', new Date(now - NET_HASH_KEEP_MS).toISOString())
    .execute();
}
