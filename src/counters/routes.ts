// Readers' requests that change figures: a star rating (a plain form post, or in place with
// JavaScript asking for JSON), and the beacon that counts a page load in beacon mode.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/index.js';
import { AppError, badRequest, notFound } from '../errors/index.js';
import { slugParam } from '../web/params.js';
import { formatScore } from '../vi/index.js';
import { parseScore, rateArticle } from './ratings.js';
import { isPersonAgent, isPrefetch, netHash } from './readers.js';
import { WindowLimiter } from './limits.js';
import { JUST_RATED, rememberRated } from './own-rating.js';

const wantsJson = (req: FastifyRequest) => /application\/json/.test(req.headers.accept ?? '');

/** A post from another site's page is refused (a light CSRF guard for public forms). */
function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.host;
  } catch {
    return false;
  }
}

/** What the module whose items are rated and counted tells the counters (articles/module.ts). */
export interface CountedItems {
  /** The published item of this site at this address's slug, or undefined. */
  ratedBySlug: (db: Db, siteId: number, slug: string, nowIso: string) => Promise<number | undefined>;
  /** The public address of the item at this slug (where a rating without JavaScript returns). */
  urlOf: (slug: string) => string;
  /** Whether this id is a published item of this site (the beacon's view goes to it). */
  isPublished: (db: Db, siteId: number, id: number, nowIso: string) => Promise<boolean>;
}

export async function counterRoutes(app: FastifyInstance, items: CountedItems) {
  const { db, clock } = app.deps;
  const ratingLimit = new WindowLimiter(10, 60_000, clock);
  const beaconLimit = new WindowLimiter(120, 60_000, clock);

  app.post<{ Params: { slug: string }; Body: { diem?: unknown } }>('/tin-tuc/:slug/danh-gia', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    if (!sameOrigin(req)) throw new AppError('cross_origin', 403, 'Yêu cầu đến từ trang khác nên không được chấp nhận.');
    if (!ratingLimit.take(req.ip)) throw new AppError('rating_flood', 429, 'Bạn đã gửi quá nhiều đánh giá. Xin vui lòng thử lại sau ít phút.');
    const score = parseScore((req.body as Record<string, unknown> | undefined)?.diem);
    const reader = app.counting.reader(req, reply);
    const itemId = await items.ratedBySlug(db, req.site.id, slug, new Date(clock()).toISOString());
    if (itemId === undefined) throw notFound('Bài viết không tồn tại hoặc đã được gỡ bỏ.');
    const r = await rateArticle(db, { siteId: req.site.id, itemId, score, reader, netHash: netHash(app.counting.secret, req.ip, req.headers['user-agent']), now: clock() });
    app.counting.live.forget([r.articleId], []);
    app.counting.live.rememberOwnRating(r.articleId, reader, score);
    rememberRated(req, reply, r.articleId);
    app.pageCache.refillItem(r.articleId); // the reader sees the new score on the page it returns to
    if (wantsJson(req)) {
      return reply.header('cache-control', 'no-store').send({ score: formatScore(r.count ? r.sum / r.count : 0), count: r.count, yours: score, changed: r.previous !== undefined });
    }
    // Back to the article, which thanks this reader (only a reader who rated it: a shared link thanks nobody).
    return reply.redirect(`${items.urlOf(slug)}?${JUST_RATED}=1#danh-gia`, 303);
  });

  // Beacon mode: {"a": articleId or 0, "l": page-load id}, sent once per page load by /static/beacon.js.
  app.post('/dem-luot-xem', async (req, reply) => {
    if (app.counting.mode !== 'beacon') throw notFound();
    if (!beaconLimit.take(req.ip)) throw new AppError('beacon_flood', 429, 'Quá nhiều yêu cầu.');
    let body: unknown = req.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        throw badRequest('Dữ liệu không hợp lệ.');
      }
    }
    const { a, l } = (body ?? {}) as { a?: unknown; l?: unknown };
    if (typeof l !== 'string' || !/^[A-Za-z0-9_-]{16,64}$/.test(l) || !Number.isInteger(a) || (a as number) < 0) throw badRequest('Dữ liệu không hợp lệ.');
    if (!isPersonAgent(req.headers['user-agent']) || isPrefetch(req.headers)) return reply.code(204).send();
    // Only a published article of this site gets the view; the visit counts anyway.
    let articleId = a as number;
    if (articleId > 0 && !(await items.isPublished(db, req.site.id, articleId, new Date(clock()).toISOString()))) articleId = 0;
    app.counting.buffer.recordHit(req.site.id, app.counting.reader(req, reply));
    app.counting.buffer.recordBeacon(`${req.site.id}:${l}`, articleId);
    return reply.code(204).header('cache-control', 'no-store').send();
  });
}
