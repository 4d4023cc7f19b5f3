// The fast path: a GET for a page already in the page cache, on a site, article and figures
// already fresh in memory, is answered before Fastify sees it — a map lookup, the live figures
// filled in, the view counted — at close to static-file speed. A first visit (no reader cookie,
// or a malformed one) is answered here too: its reader id comes from the route's own function
// (counting.readerFrom) with the address Fastify would give it, and the cookie the route would
// set is added to this response alone; the shared filled page and its headers stay as they are.
// Anything else (stale figures, a miss, a rater's score not in memory, shutdown) falls through
// to Fastify, whose route renders, refreshes and caches, so the next request is fast again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { FastifyInstance } from 'fastify';
import proxyAddr from '@fastify/proxy-addr';
import { cachedSiteForHost } from '../sites/service.js';
import { READER_COOKIE, isPersonAgent, isPrefetch, readerCookieOptions } from '../counters/readers.js';
import { peekOwnRatingLine } from '../counters/own-rating.js';
import { cacheKey, headersFor, refill, respond } from './page.js';
import { FILLED_MS } from '../web/page-cache.js';

// What Fastify's req.host, req.protocol and req.ip are, so both paths see one site, one scheme and
// one reader. TRUST_PROXY=1 is Fastify's `trustProxy: true`: every hop is trusted, the last
// X-Forwarded-Host/-Proto entry and the first X-Forwarded-For address win (fastify/lib/request.js).
const trustAll = () => true;
const lastEntry = (v: string) => v.slice(v.lastIndexOf(',') + 1).trim();

function hostOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-host'] : undefined;
  return forwarded ? lastEntry(String(forwarded)) : (req.headers.host ?? '');
}

function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  const forwarded = trustProxy ? req.headers['x-forwarded-proto'] : undefined;
  return forwarded ? lastEntry(String(forwarded)) === 'https' : Boolean((req.socket as TLSSocket).encrypted);
}

function ipOf(req: IncomingMessage, trustProxy: boolean): string | undefined {
  if (!trustProxy) return req.socket.remoteAddress;
  const all = proxyAddr.all(req, trustAll);
  return all[all.length - 1];
}

export function serveFromCache(app: FastifyInstance, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || !req.url || !app.counting.open) return false;
  const { trustProxy } = app.deps.config;
  const site = cachedSiteForHost(hostOf(req, trustProxy));
  if (!site) return false;
  const t = app.pageCache.get(cacheKey(site.id, req.url));
  if (!t) return false;
  let reader: string | undefined;
  let setCookie: string | undefined; // a first visit's new reader cookie
  if (app.counting.mode === 'server' && isPersonAgent(req.headers['user-agent']) && !isPrefetch(req.headers)) {
    // The cookie as the route reads it (the same parser), or an id derived as the route derives it.
    const cookie = req.headers.cookie ? app.parseCookie(req.headers.cookie)[READER_COOKIE] : undefined;
    const ip = ipOf(req, trustProxy);
    if (ip === undefined) return false; // the socket is gone: the route decides
    const r = app.counting.readerFrom(cookie, ip, req.headers['user-agent']);
    reader = r.id;
    if (r.isNew) setCookie = app.serializeCookie(READER_COOKIE, r.id, readerCookieOptions(isHttps(req, trustProxy)));
  }
  // A reader who rated this article sees their own score: from memory, or the slow path reads it.
  const mine = t.personal && t.itemId ? peekOwnRatingLine(app.counting.live, req.headers.cookie, t.itemId) : '';
  if (mine === undefined) return false;
  const now = performance.now();
  let filled = !mine && t.filled && now - t.filled.at < FILLED_MS ? t.filled : undefined;
  if (!filled) {
    const siteFigures = app.counting.live.peekSite(site.id);
    const articleFigures = t.itemId ? app.counting.live.peekArticle(t.itemId) : undefined;
    if (!siteFigures || (t.itemId && !articleFigures)) return false;
    if (mine) {
      const own = respond(t, app.deps.clock(), siteFigures, articleFigures, mine);
      filled = { ...own, at: now, headers: headersFor(own.etag, own.body.length, true) };
    } else filled = refill(t, app.deps.clock(), siteFigures, articleFigures);
  }
  app.pageCache.fastHits++;
  if (reader) app.counting.countRead(site.id, reader, t.itemId);
  if (req.headers['if-none-match'] === filled.etag) {
    const headers = headersFor(filled.etag);
    res.writeHead(304, setCookie ? headers.concat('set-cookie', setCookie) : headers);
    res.end();
  } else {
    // The shared headers are never changed: a first visit's response gets a copy with its cookie.
    res.writeHead(200, setCookie ? filled.headers.concat('set-cookie', setCookie) : filled.headers);
    res.end(filled.body);
  }
  return true;
}
