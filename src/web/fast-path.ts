// The fast path: a GET for a page already in the page cache, on a site, article and figures
// already fresh in memory, is answered before Fastify sees it — a map lookup, the live figures
// filled in, the view counted — at close to static-file speed. Anything else (a first visit
// without the reader cookie, stale figures, a miss, shutdown) falls through to Fastify, whose
// route renders, refreshes and caches, so the next request is fast again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { cachedSiteForHost } from '../sites/service.js';
import { isPersonAgent, isPrefetch, readerInCookieHeader } from '../counters/readers.js';
import { peekOwnRatingLine } from '../counters/own-rating.js';
import { cacheKey, headersFor, refill, respond } from './page.js';
import { FILLED_MS } from './page-cache.js';

export function serveFromCache(app: FastifyInstance, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || !req.url || !app.counting.open) return false;
  const site = cachedSiteForHost(req.headers.host ?? '');
  if (!site) return false;
  const t = app.pageCache.get(cacheKey(site.id, req.url));
  if (!t) return false;
  let reader: string | undefined;
  const countable = app.counting.mode === 'server' && isPersonAgent(req.headers['user-agent']) && !isPrefetch(req.headers);
  if (countable) {
    reader = readerInCookieHeader(req.headers.cookie);
    if (!reader) return false; // the slow path sets the cookie
  }
  // A reader who rated this article sees their own score: from memory, or the slow path reads it.
  const mine = t.personal && t.articleId ? peekOwnRatingLine(app.counting.live, req.headers.cookie, t.articleId) : '';
  if (mine === undefined) return false;
  const now = performance.now();
  let filled = !mine && t.filled && now - t.filled.at < FILLED_MS ? t.filled : undefined;
  if (!filled) {
    const siteFigures = app.counting.live.peekSite(site.id);
    const articleFigures = t.articleId ? app.counting.live.peekArticle(t.articleId) : undefined;
    if (!siteFigures || (t.articleId && !articleFigures)) return false;
    if (mine) {
      const own = respond(t, app.deps.clock(), siteFigures, articleFigures, mine);
      filled = { ...own, at: now, headers: headersFor(own.etag, own.body.length, true) };
    } else filled = refill(t, app.deps.clock(), siteFigures, articleFigures);
  }
  app.pageCache.fastHits++;
  if (reader) app.counting.countRead(site.id, reader, t.articleId);
  if (req.headers['if-none-match'] === filled.etag) {
    res.writeHead(304, headersFor(filled.etag));
    res.end();
  } else {
    res.writeHead(200, filled.headers);
    res.end(filled.body);
  }
  return true;
}
