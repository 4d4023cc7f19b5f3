// Sending a public page: from the page cache when it can, with the live figures filled in,
// an ETag (304 when unchanged), and the view and visit counted when a person read it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatScore, formatWeekdayDate } from '../vi/index.js';
import type { LiveKey, Template } from './page-cache.js';
import { compile, fill } from './page-cache.js';

export interface Rendered {
  html: string;
  /** The article this page shows: its view count is live and a read counts as a view. */
  articleId?: number;
}

export interface PageOptions {
  /** Cache key within the site; omit for pages that must not be cached. */
  key?: string;
  status?: number;
  render: () => Promise<Rendered>;
}

async function liveValues(req: FastifyRequest, t: Template): Promise<Record<LiveKey, string>> {
  const { live } = req.server.counting;
  const [site, article] = await Promise.all([live.site(req.site), t.articleId ? live.article(t.articleId) : undefined]);
  return {
    date: formatWeekdayDate(req.server.deps.clock()),
    total: String(site.total),
    online: String(site.online),
    today: String(site.today),
    views: String(article?.views ?? 0),
    score: formatScore(article && article.ratingCount ? article.ratingSum / article.ratingCount : 0),
    ratings: String(article?.ratingCount ?? 0),
  };
}

export async function sendPage(req: FastifyRequest, reply: FastifyReply, opts: PageOptions): Promise<FastifyReply> {
  const status = opts.status ?? 200;
  const cache = req.server.pageCache;
  const fullKey = opts.key && status === 200 ? `${req.site.id}:${opts.key}` : undefined;
  let t = fullKey ? cache.get(fullKey) : undefined;
  if (!t) {
    const r = await opts.render();
    t = compile(r.html, req.site.id, r.articleId);
    if (fullKey) cache.set(fullKey, t);
  }
  const values = await liveValues(req, t);
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache');
  if (status === 200) {
    req.server.counting.countPage(req, reply, t.articleId);
    const etag = `"${t.tag}-${t.keys.map((k) => values[k]).join('.').replace(/[^\w.,-]/g, '')}"`;
    reply.header('etag', etag);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  }
  return reply.send(fill(t, values));
}
