// Sending a public page: from the page cache when it can, with the live figures filled in,
// an ETag (304 when unchanged), and the view and visit counted when a person read it.
// `respond` is shared with the fast path (cache/fast-path.ts), which serves cached pages
// without going through Fastify.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatScore, formatWeekdayDate } from '../vi/index.js';
import type { SiteFigures } from '../counters/figures.js';
import type { ArticleFigures } from '../counters/live.js';
import type { LiveKey, Template } from '../web/page-cache.js';
import { compile, fill } from '../web/page-cache.js';
import { SECURITY_HEADERS } from '../web/security.js';
import { ownRatingLine } from '../counters/own-rating.js';

export interface Rendered {
  html: string;
  /** The editorial item this page shows (an article, a page…): its figures are live and a read counts as a view. */
  itemId?: number;
}

export interface PageOptions {
  /** The page's canonical address, its key in the cache; omit for pages that must not be cached. */
  key?: string;
  /** Back from rating without JavaScript (?da-danh-gia=1): a reader who has rated this article is thanked. */
  justRated?: boolean;
  status?: number;
  render: () => Promise<Rendered>;
}

/** The body and ETag of a template with the current figures (and `mine`, the reader's own rating's line, '' for most). */
export function respond(t: Template, now: number, site: SiteFigures, article: ArticleFigures | undefined, mine = ''): { body: Buffer; etag: string } {
  const values: Record<LiveKey, string> = {
    date: formatWeekdayDate(now),
    total: String(site.total),
    online: String(site.online),
    today: String(site.today),
    views: String(article?.views ?? 0),
    score: formatScore(article && article.ratingCount ? article.ratingSum / article.ratingCount : 0),
    ratings: String(article?.ratingCount ?? 0),
    mine,
  };
  let tag = t.tag;
  for (const k of t.keys) tag += '.' + values[k];
  return { body: fill(t, values), etag: `"${tag.replace(/[^\w.,-]/g, '')}"` };
}

const PERSONAL_CACHE = 'private, no-cache';

export const cacheKey = (siteId: number, url: string) => `${siteId}:${url}`;

/** Response headers of a filled page as a flat [name, value, …] list, made once per fill; a page
 *  of one reader's own (their rating) is `private` so no shared cache keeps it. */
export function headersFor(etag: string, length?: number, personal = false): string[] {
  const h = [...Object.entries(SECURITY_HEADERS).flat(), 'content-type', 'text/html; charset=utf-8', 'cache-control', personal ? PERSONAL_CACHE : 'no-cache', 'etag', etag];
  if (length !== undefined) h.push('content-length', String(length));
  return h;
}

/** Fills a template with the current figures and keeps the result on it, so the fast path and
 *  the routes answer the same page (and ETag) until the next fill. */
export function refill(t: Template, now: number, site: SiteFigures, article: ArticleFigures | undefined): NonNullable<Template['filled']> {
  const { body, etag } = respond(t, now, site, article);
  return (t.filled = { body, etag, at: performance.now(), headers: headersFor(etag, body.length) });
}

export async function sendPage(req: FastifyRequest, reply: FastifyReply, opts: PageOptions): Promise<FastifyReply> {
  const status = opts.status ?? 200;
  const { pageCache, counting, deps } = req.server;
  const key = opts.key && status === 200 ? cacheKey(req.site.id, opts.key) : undefined;
  let t = key ? pageCache.get(key) : undefined;
  if (!t) {
    const since = pageCache.since(req.site.id);
    const r = await opts.render();
    t = compile(r.html, req.site.id, r.itemId);
    if (key) pageCache.set(key, t, since);
  }
  const [site, article, mine] = await Promise.all([
    counting.live.site(req.site),
    t.itemId ? counting.live.article(t.itemId) : undefined,
    t.personal && t.itemId ? ownRatingLine(counting.live, req.headers.cookie, t.itemId, opts.justRated ?? false) : '',
  ]);
  // A reader's own page is never kept as the shared filled one.
  const { body, etag } = key && !mine ? refill(t, deps.clock(), site, article) : respond(t, deps.clock(), site, article, mine);
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', mine ? PERSONAL_CACHE : 'no-cache');
  if (status !== 200) return reply.send(body);
  counting.countPage(req, reply, t.itemId);
  reply.header('etag', etag);
  if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.send(body);
}
